namespace Reminders.Core.Import;

/// <summary>The outcome of reading a plan file: the plan, or every error found (never both).</summary>
public sealed record PlanReadResult(ImportedPlan? Plan, IReadOnlyList<ImportError> Errors)
{
    public bool Succeeded => Plan is not null && Errors.Count == 0;
}
