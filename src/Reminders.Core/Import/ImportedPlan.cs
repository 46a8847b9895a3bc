namespace Reminders.Core.Import;

/// <summary>A plan file read without errors: its year (vigencia), its activities in file order, and how it was read.</summary>
/// <param name="Notes">What the reader decided for the administrator to check (a component taken from the file name…).</param>
/// <param name="Columns">How each table's header cells were understood.</param>
public sealed record ImportedPlan(
    int Year,
    IReadOnlyList<ImportedActivity> Activities,
    IReadOnlyList<string>? Notes = null,
    IReadOnlyList<ColumnReading>? Columns = null);
