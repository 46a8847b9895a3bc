using Reminders.Core.Import;

namespace Reminders.Worker.Cli;

/// <summary>The documented JSON of <c>import --json</c>: the changes, and how the file was read (notes, columns, activities).</summary>
public sealed record ImportJson(
    string? Entity,
    int? Year,
    bool DryRun,
    int Added,
    int Changed,
    int Removed,
    int Unchanged,
    IReadOnlyList<string> AddedActivities,
    IReadOnlyList<string> ChangedActivities,
    IReadOnlyList<string> RemovedActivities,
    IReadOnlyList<string> RenumberedActivities,
    IReadOnlyList<string> OfficesCreated,
    IReadOnlyList<ImportErrorJson> Errors,
    IReadOnlyList<string> Notes,
    IReadOnlyList<ColumnReading> Columns,
    IReadOnlyList<ImportActivityJson> Activities)
{
    public static ImportJson From(ImportReport report, IReadOnlyList<ImportError> errors, ImportedPlan? plan = null) => new(
        report.Entity, report.Year, report.DryRun, report.Added.Count, report.Changed.Count, report.Removed.Count, report.Unchanged.Count,
        report.Added, report.Changed, report.Removed, report.Renumbered ?? [], report.OfficesCreated, errors.Select(ImportErrorJson.From).ToList(),
        plan?.Notes ?? [], plan?.Columns ?? [], (report.Activities ?? plan?.Activities)?.Select(ImportActivityJson.From).ToList() ?? []);

    public static ImportJson Failed(IReadOnlyList<ImportError> errors) =>
        new(null, null, false, 0, 0, 0, 0, [], [], [], [], [], errors.Select(ImportErrorJson.From).ToList(), [], [], []);
}
