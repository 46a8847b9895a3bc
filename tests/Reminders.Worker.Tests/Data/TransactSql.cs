using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Reminders.Worker.Tests.Data;

/// <summary>SQL Server's own T-SQL parser (ScriptDom), at the oldest version the product supports: SQL Server 2019.</summary>
internal static class TransactSql
{
    /// <summary>The syntax errors of <paramref name="sql"/> (batches separated by GO), each as "line:column message".</summary>
    public static IReadOnlyList<string> Errors(string sql)
    {
        var parser = new TSql150Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        parser.Parse(reader, out var errors);
        return errors.Select(e => $"{e.Line}:{e.Column} {e.Message}").ToList();
    }
}
