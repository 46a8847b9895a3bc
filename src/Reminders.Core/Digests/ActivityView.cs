using Reminders.Core.Plans;
using Reminders.Core.Rules;

namespace Reminders.Core.Digests;

/// <summary>How an open activity stands on a run, as its offices' digests list it.</summary>
/// <param name="Section">The digest section, or null when the activity is not listed (due beyond the horizon).</param>
/// <param name="Escalated">Recipients of the ladder levels reached, copied on overdue digests.</param>
/// <param name="Unreached">Reached levels whose recipient is not set, reported in the offices' digests.</param>
internal sealed record ActivityView(
    Activity Activity,
    IReadOnlyList<long> OfficeIds,
    DigestSection? Section,
    DateOnly? Due,
    int? Days,
    DateOnly? NextCutOff,
    IReadOnlyList<LadderRecipient> Escalated,
    IReadOnlyList<UnreachedLevel>? Unreached = null)
{
    public IReadOnlyList<UnreachedLevel> Unreached { get; } = Unreached ?? [];
}
