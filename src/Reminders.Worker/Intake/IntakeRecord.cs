namespace Reminders.Worker.Intake;

/// <summary>One message the intake read, as <c>reminders intake list</c> shows it; the field names are the JSON contract.</summary>
public sealed class IntakeRecord
{
    public long Id { get; set; }

    public string MessageId { get; set; } = "";

    public string Sender { get; set; } = "";

    public string Subject { get; set; } = "";

    /// <summary><see cref="IntakeOutcome.Recorded"/>, <see cref="IntakeOutcome.Rejected"/> or <see cref="IntakeOutcome.Ignored"/>.</summary>
    public string Outcome { get; set; } = "";

    /// <summary>Why it was rejected or ignored (Spanish), or what was recorded.</summary>
    public string? Reason { get; set; }

    public long? ActivityId { get; set; }

    /// <summary>When, UTC, <c>2022-02-03T15:04:05.000Z</c>.</summary>
    public string ProcessedAt { get; set; } = "";
}
