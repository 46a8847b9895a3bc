namespace Reminders.Core.Import;

/// <summary>Spanish month names and their usual abbreviations, folded (lower case, no accents).</summary>
internal static class SpanishMonths
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["enero"] = 1, ["ene"] = 1,
        ["febrero"] = 2, ["feb"] = 2,
        ["marzo"] = 3, ["mar"] = 3,
        ["abril"] = 4, ["abr"] = 4,
        ["mayo"] = 5, ["may"] = 5,
        ["junio"] = 6, ["jun"] = 6,
        ["julio"] = 7, ["jul"] = 7,
        ["agosto"] = 8, ["ago"] = 8,
        ["septiembre"] = 9, ["setiembre"] = 9, ["sep"] = 9, ["sept"] = 9, ["set"] = 9,
        ["octubre"] = 10, ["oct"] = 10,
        ["noviembre"] = 11, ["nov"] = 11,
        ["diciembre"] = 12, ["dic"] = 12,
    };

    /// <summary>Finds the month (1-12) named by a folded word such as <c>enero</c>, <c>setiembre</c> or <c>ene</c>.</summary>
    public static bool TryParse(string foldedWord, out int month) => Months.TryGetValue(foldedWord, out month);
}
