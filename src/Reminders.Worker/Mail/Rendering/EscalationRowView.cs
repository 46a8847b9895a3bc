namespace Reminders.Worker.Mail.Rendering;

/// <summary>One late activity in an escalation as templates see it.</summary>
/// <param name="Offices">The responsible offices, comma-separated.</param>
/// <param name="LateSince">The due date (or missed cut-off) written out.</param>
/// <param name="DaysLateText">"3 días" / "3 days".</param>
internal sealed record EscalationRowView(
    string Number,
    string Component,
    string Activity,
    string Offices,
    string LateSince,
    int DaysLate,
    string DaysLateText,
    int Level)
{
    /// <summary>The level reached, in words: "vencida hace 10 días hábiles o más".</summary>
    public string LevelText { get; init; } = "";
}
