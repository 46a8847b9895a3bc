namespace Reminders.Core.Plans;

/// <summary>The stable names of <see cref="Cadence"/> used in JSON output and storage.</summary>
public static class CadenceNames
{
    public static string ToName(this Cadence cadence) => cadence switch
    {
        Cadence.Monthly => "monthly",
        Cadence.Quarterly => "quarterly",
        Cadence.FourMonthly => "four-monthly",
        Cadence.HalfYearly => "half-yearly",
        _ => throw new ArgumentOutOfRangeException(nameof(cadence), cadence, null),
    };

    public static Cadence? Parse(string? name) => name switch
    {
        null or "" => null,
        "monthly" => Cadence.Monthly,
        "quarterly" => Cadence.Quarterly,
        "four-monthly" => Cadence.FourMonthly,
        "half-yearly" => Cadence.HalfYearly,
        _ => throw new FormatException($"Unknown cadence '{name}'."),
    };

    /// <summary>Length of one cadence slot in months.</summary>
    public static int Months(this Cadence cadence) => (int)cadence;
}
