namespace Reminders.Core.Import;

/// <summary>A plan file read without errors: its year (vigencia) and its activities in file order.</summary>
public sealed record ImportedPlan(int Year, IReadOnlyList<ImportedActivity> Activities);
