namespace Reminders.Worker.Intake;

/// <summary>What the intake did with a message, as stored and as <c>reminders intake list</c> shows it.</summary>
public static class IntakeOutcome
{
    /// <summary>A valid reply: the completion or progress was recorded and confirmed; moved to the processed folder.</summary>
    public const string Recorded = "recorded";

    /// <summary>Nothing changed; the sender was told why; moved to the rejected folder.</summary>
    public const string Rejected = "rejected";

    /// <summary>Automatic mail (an out-of-office answer, a bounce): nothing changed, no answer; moved to the rejected folder.</summary>
    public const string Ignored = "ignored";
}
