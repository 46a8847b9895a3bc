using System.Globalization;
using System.Text.RegularExpressions;

namespace Reminders.Core.Import;

/// <summary>
/// Dates written with month names: a day, a month or a range of either, in any of the orders plans use.
/// A range is due at its end; a month without a day is due on its last day.
/// </summary>
internal static partial class SpanishDateText
{
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal) { "de", "del", "desde", "el" };
    private static readonly HashSet<string> RangeWords = new(StringComparer.Ordinal) { "al", "a", "y", "hasta", "-" };

    /// <summary>Reads folded text (lower case, no accents, single spaces).</summary>
    public static SpanishDate Parse(string folded, int? planYear)
    {
        var tokens = Tokenize(folded);
        while (tokens is { Count: > 0 } && tokens[0].Kind == TokenKind.Separator && tokens[0].Text != "-")
        {
            tokens.RemoveAt(0); // "A 31 de diciembre", "Hasta el 30 de junio"
        }

        if (tokens is null || tokens.Count == 0)
        {
            return SpanishDate.Unreadable;
        }

        if (tokens.All(t => t.Kind != TokenKind.Separator || t.Text == "-")
            && Fragment.TryRead(tokens.Where(t => t.Kind != TokenKind.Separator).ToList(), out var single)
            && single.Month is not null)
        {
            return Resolve(single, single.Year, planYear);
        }

        for (var i = 1; i < tokens.Count - 1; i++)
        {
            if (tokens[i].Kind != TokenKind.Separator
                || !Fragment.TryRead(tokens.Take(i).Where(t => t.Kind != TokenKind.Separator).ToList(), out var start)
                || !Fragment.TryRead(tokens.Skip(i + 1).Where(t => t.Kind != TokenKind.Separator).ToList(), out var end))
            {
                continue;
            }

            var endMonth = end.Month ?? start.Month;
            var startMonth = start.Month ?? endMonth;
            if (endMonth is null || (end.Month is null && end.Day is null) || (start.Month is null && start.Day is null))
            {
                continue;
            }

            var yearSeen = end.Year ?? start.Year;
            var startYear = start.Year ?? yearSeen ?? planYear;
            if (start.Day is { } startDay && startYear is { } knownStartYear
                && SpanishDates.Build(knownStartYear, startMonth!.Value, startDay).Status == SpanishDateStatus.Impossible)
            {
                return new SpanishDate(SpanishDateStatus.Impossible, null, yearSeen);
            }

            return Resolve(end with { Month = endMonth }, yearSeen, planYear);
        }

        return SpanishDate.Unreadable;
    }

    private static SpanishDate Resolve(Fragment date, int? yearSeen, int? planYear)
    {
        if ((date.Year ?? yearSeen ?? planYear) is not { } year)
        {
            return new SpanishDate(SpanishDateStatus.NeedsYear, null, null);
        }

        var month = date.Month!.Value;
        var day = date.Day ?? DateTime.DaysInMonth(year, month);
        return SpanishDates.Build(year, month, day) with { YearSeen = yearSeen };
    }

    private static List<Token>? Tokenize(string folded)
    {
        var spaced = Punctuation().Replace(folded, " ");
        spaced = Ordinal().Replace(spaced, "$1 ");
        spaced = spaced.Replace("-", " - ", StringComparison.Ordinal).Replace("/", " - ", StringComparison.Ordinal);
        var tokens = new List<Token>();
        foreach (var word in spaced.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (Ignored.Contains(word))
            {
                continue;
            }

            if (RangeWords.Contains(word))
            {
                tokens.Add(new Token(TokenKind.Separator, word, 0));
            }
            else if (word.All(char.IsAsciiDigit) && word.Length is 1 or 2 or 4)
            {
                var value = int.Parse(word, NumberStyles.None, CultureInfo.InvariantCulture);
                tokens.Add(new Token(word.Length == 4 ? TokenKind.Year : TokenKind.Day, word, value));
            }
            else if (SpanishMonths.TryParse(word, out var month))
            {
                tokens.Add(new Token(TokenKind.Month, word, month));
            }
            else
            {
                return null;
            }
        }

        return tokens;
    }

    [GeneratedRegex(@"[.,;:()°º]")]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"\b(\d{1,2})(?:o|er)\b")]
    private static partial Regex Ordinal();

    private enum TokenKind
    {
        Day,
        Month,
        Year,
        Separator,
    }

    private sealed record Token(TokenKind Kind, string Text, int Value);

    /// <summary>One end of a date: day, month and year, each optional (<c>22</c>, <c>abril</c>, <c>28 abril 2017</c>).</summary>
    private sealed record Fragment(int? Day, int? Month, int? Year)
    {
        public static bool TryRead(List<Token> tokens, out Fragment fragment)
        {
            var kinds = string.Concat(tokens.Select(t => t.Kind switch
            {
                TokenKind.Day => 'D',
                TokenKind.Month => 'M',
                TokenKind.Year => 'Y',
                _ => '?',
            }));
            int Value(TokenKind kind) => tokens.First(t => t.Kind == kind).Value;
            fragment = kinds switch
            {
                "D" => new Fragment(Value(TokenKind.Day), null, null),
                "M" => new Fragment(null, Value(TokenKind.Month), null),
                "DY" => new Fragment(Value(TokenKind.Day), null, Value(TokenKind.Year)),
                "MY" => new Fragment(null, Value(TokenKind.Month), Value(TokenKind.Year)),
                "DM" or "MD" => new Fragment(Value(TokenKind.Day), Value(TokenKind.Month), null),
                "DMY" or "MDY" => new Fragment(Value(TokenKind.Day), Value(TokenKind.Month), Value(TokenKind.Year)),
                _ => null!,
            };
            return fragment is not null;
        }
    }
}
