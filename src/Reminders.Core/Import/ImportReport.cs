namespace Reminders.Core.Import;

/// <summary>What an import did (or, in a dry run, would do): activities by outcome, as <c>III 1.4</c>, and offices created.</summary>
/// <param name="Renumbered">Activities of a table without numbers whose number changed because one was inserted, removed or moved
/// before them (<c>III 1.2 → 1.3</c>); each is also in <paramref name="Changed"/> or <paramref name="Unchanged"/>.</param>
/// <param name="Activities">The activities as stored, their offices split against the entity's known offices.</param>
public sealed record ImportReport(
    string Entity,
    int Year,
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Changed,
    IReadOnlyList<string> Removed,
    IReadOnlyList<string> Unchanged,
    IReadOnlyList<string> OfficesCreated,
    bool DryRun,
    IReadOnlyList<ImportedActivity>? Activities = null,
    IReadOnlyList<string>? Renumbered = null);
