namespace Reminders.Core.Import;

// Placeholder until the plan reader lands; the merge takes the reader's version.
public sealed record PlanReaderOptions
{
    public int? Year { get; init; }
}
