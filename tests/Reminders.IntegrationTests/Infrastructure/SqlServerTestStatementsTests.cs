using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Reminders.IntegrationTests.Infrastructure;

/// <summary>
/// The T-SQL the SQL Server runs of this suite send themselves (test databases, the deploy script as the least-privilege
/// test prepares it) is parsed by SQL Server's own parser in every run, since no SQL Server runs in CI.
/// </summary>
public sealed class SqlServerTestStatementsTests
{
    [Fact]
    public void Creating_and_dropping_a_test_database_and_login_parse_as_T_SQL()
    {
        const string Name = "reminders_test_0123456789abcdef";

        Assert.Empty(Errors(SqlServerServer.CreateDatabaseSql(Name)));
        Assert.Empty(Errors(SqlServerServer.DropDatabaseSql(Name)));
        Assert.Empty(Errors(SqlServerServer.DropLoginSql(Name)));
    }

    [Fact]
    public void The_schema_changes_the_service_login_must_be_refused_parse_as_T_SQL()
    {
        Assert.All(Service.LeastPrivilegeTests.SchemaChanges, ddl => Assert.Empty(Errors(ddl)));
    }

    [Fact]
    public void A_statement_with_a_syntax_error_is_reported()
    {
        Assert.NotEmpty(Errors("CREATE DATABASE [x"));
    }

    [Fact]
    public void The_deploy_script_prepared_for_a_test_parses_as_T_SQL_batch_by_batch_with_unique_names()
    {
        var script = File.ReadAllText(Path.Combine(Repository.Root, "deploy", "sql", "sqlserver", "create-database.sql"));

        var batches = SqlServerDeployScript.Batches(script, "abc123", "Rm-x-aA1!", "Rm-y-aA1!");

        Assert.Equal(4, batches.Count);
        Assert.All(batches, batch => Assert.Empty(Errors(batch)));
        Assert.Contains("CREATE LOGIN reminders_app_abc123 WITH PASSWORD = N'Rm-y-aA1!'", batches[0], StringComparison.Ordinal);
        Assert.Contains("CREATE DATABASE reminders_abc123;", batches[1], StringComparison.Ordinal);
        Assert.Contains("USE reminders_abc123;", batches[2], StringComparison.Ordinal);
        Assert.DoesNotContain("$(", string.Concat(batches), StringComparison.Ordinal);
    }

    private static IReadOnlyList<string> Errors(string sql)
    {
        var parser = new TSql150Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        parser.Parse(reader, out var errors);
        return [.. errors.Select(e => $"{e.Line}:{e.Column} {e.Message}")];
    }
}
