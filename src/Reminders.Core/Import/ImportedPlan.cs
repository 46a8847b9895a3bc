namespace Reminders.Core.Import;

/// <summary>A plan file read without errors: its year (vigencia), its activities in file order, and notes on how it was read.</summary>
/// <param name="Notes">What the reader decided for the administrator to check (a component taken from the file name…).</param>
public sealed record ImportedPlan(int Year, IReadOnlyList<ImportedActivity> Activities, IReadOnlyList<string>? Notes = null);
