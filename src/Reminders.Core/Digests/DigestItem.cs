using Reminders.Core.Plans;

namespace Reminders.Core.Digests;

/// <summary>One activity row in a digest.</summary>
/// <param name="Due">The due date (for an overdue ongoing duty, the cut-off it missed); null for ongoing rows.</param>
/// <param name="Days">Days left until <paramref name="Due"/>; negative when overdue; null for ongoing rows.</param>
/// <param name="NextCutOff">For ongoing rows, the next reporting cut-off.</param>
/// <param name="CoResponsible">The other offices responsible for the same activity.</param>
public sealed record DigestItem(
    long ActivityId,
    string Component,
    ActivityNumber Number,
    string Text,
    string Product,
    DigestSection Section,
    DateOnly? Due,
    int? Days,
    DateOnly? NextCutOff,
    IReadOnlyList<string> CoResponsible);
