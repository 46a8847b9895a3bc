namespace Reminders.Worker.Mail.Rendering;

/// <summary>One row of a digest section as templates see it (<c>{{ row.number }}</c>, <c>{{ row.status }}</c>…).</summary>
/// <param name="Due">The due date written out ("31 de enero de 2022"); empty for ongoing rows.</param>
/// <param name="NextCutOff">For ongoing rows, the next cut-off written out; empty otherwise.</param>
/// <param name="Status">"vencida hace 3 días", "vence mañana", "próximo corte: 30 de abril de 2022"…</param>
/// <param name="CoResponsible">The other responsible offices, comma-separated; empty when none.</param>
/// <param name="Countdown">The badge: "vencida hace 3 días", "vence en 7 días", "corte en 10 días".</param>
internal sealed record DigestRowView(
    string Number,
    string Component,
    string Activity,
    string Product,
    string Due,
    string NextCutOff,
    string Status,
    string CoResponsible,
    string Countdown)
{
    /// <summary>The <c>mailto:</c> link that reports the activity done; empty when replies are not configured.</summary>
    public string DoneLink { get; init; } = "";

    /// <summary>The <c>mailto:</c> link that reports progress; empty when replies are not configured.</summary>
    public string ProgressLink { get; init; } = "";

    /// <summary>The subject a plain-text reader writes to report the activity done; empty when replies are not configured.</summary>
    public string DoneSubject { get; init; } = "";
}
