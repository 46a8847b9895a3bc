using System.Text.RegularExpressions;

namespace Reminders.Worker.Tests.Data;

/// <summary>
/// The SQL statements written as string literals in the product's C# sources: every literal (plain, verbatim, raw,
/// interpolated) that starts with a statement keyword. Interpolation holes become the identifier <c>x</c> (the code
/// only interpolates table and column names). A literal followed by <c>+</c> is a fragment of a composed statement.
/// </summary>
internal static partial class SourceSql
{
    public static IEnumerable<(string File, string Sql, bool IsFragment)> In(string sourceRoot)
    {
        foreach (var file in Directory.EnumerateFiles(sourceRoot, "*.cs", SearchOption.AllDirectories))
        {
            var code = File.ReadAllText(file);
            var relative = Path.GetRelativePath(sourceRoot, file);
            var rest = code;
            foreach (var match in RawLiteral().Matches(code).Cast<Match>())
            {
                rest = rest.Replace(match.Value, "\"\"", StringComparison.Ordinal);
                if (Statement(match, code) is { } found)
                {
                    yield return (relative, found.Sql, found.IsFragment);
                }
            }

            foreach (var match in PlainLiteral().Matches(rest).Cast<Match>())
            {
                if (Statement(match, rest) is { } found)
                {
                    yield return (relative, found.Sql, found.IsFragment);
                }
            }
        }
    }

    private static (string Sql, bool IsFragment)? Statement(Match match, string code)
    {
        var text = match.Groups["text"].Value;
        if (match.Groups["dollar"].Success)
        {
            text = Hole().Replace(text, "x");
        }

        var sql = text.Trim();
        if (!Keyword().IsMatch(sql))
        {
            return null;
        }

        var after = code[(match.Index + match.Length)..].TrimStart();
        return (sql, after.StartsWith('+'));
    }

    [GeneratedRegex("(?<dollar>\\$)?\"\"\"(?<text>.*?)\"\"\"", RegexOptions.Singleline)]
    private static partial Regex RawLiteral();

    [GeneratedRegex("(?<dollar>\\$)?@?\"(?<text>(?:[^\"\\\\\\n]|\\\\.)*)\"")]
    private static partial Regex PlainLiteral();

    [GeneratedRegex("\\{[^{}]*\\}")]
    private static partial Regex Hole();

    [GeneratedRegex("^(SELECT|INSERT|UPDATE|DELETE|MERGE|WITH)\\s")]
    private static partial Regex Keyword();
}
