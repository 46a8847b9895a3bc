namespace Reminders.Core.Import;

/// <summary>What an import did (or, in a dry run, would do): activities by outcome, as <c>III 1.4</c>, and offices created.</summary>
public sealed record ImportReport(
    string Entity,
    int Year,
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Changed,
    IReadOnlyList<string> Removed,
    IReadOnlyList<string> Unchanged,
    IReadOnlyList<string> OfficesCreated,
    bool DryRun);
