namespace Reminders.Core.Plans;

/// <summary>A stored plan activity with its state, as the rules see it.</summary>
public sealed record Activity(
    long Id,
    string Entity,
    int Year,
    string Component,
    string SubComponent,
    ActivityNumber Number,
    string Text,
    string Product,
    Schedule Schedule,
    ActivityState State,
    DateOnly? CompletedOn,
    string? Evidence,
    IReadOnlyList<long> OfficeIds,
    IReadOnlyList<ProgressReport> Progress);
