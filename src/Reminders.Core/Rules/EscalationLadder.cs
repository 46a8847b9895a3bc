using Reminders.Core.Calendar;
using Reminders.Core.Options;
using Reminders.Core.Plans;

namespace Reminders.Core.Rules;

/// <summary>
/// Escalation ladder (docs/rules.md §5): level <c>n</c> is reached when the days late (business days by default)
/// reach its <c>AfterDays</c>; each of its recipients gets one escalation per (activity, due date, level).
/// </summary>
internal sealed class EscalationLadder(RemindersOptions options, BusinessCalendar calendar)
{
    public int DaysLate(DateOnly due, DateOnly runDate) => calendar.DaysBetween(due, runDate, options.Escalation.InBusinessDays);

    /// <summary>The recipients of every level the late activity has reached, resolved to addresses.</summary>
    public IReadOnlyList<LadderRecipient> Reached(
        LateActivity late, DateOnly runDate, IReadOnlyDictionary<long, Office> offices, EntityRoles roles)
    {
        var recipients = new List<LadderRecipient>();
        foreach (var (level, rung) in LevelsReached(late, runDate))
        {
            foreach (var entry in rung.Notify)
            {
                recipients.AddRange(Resolve(level, entry, late, offices, roles)
                    .Select(r => r with { AfterDays = rung.AfterDays, InBusinessDays = options.Escalation.InBusinessDays }));
            }
        }

        return recipients;
    }

    /// <summary>Plans the pending escalation keys of a late activity and returns them as notices.</summary>
    public IEnumerable<EscalationNotice> Plan(
        LateActivity late, DateOnly runDate, IReadOnlyDictionary<long, Office> offices, EntityRoles roles, PlanBook book)
    {
        var daysLate = DaysLate(late.Due, runDate);
        foreach (var recipient in Reached(late, runDate, offices, roles))
        {
            var key = NotificationKey.Escalation(late.Activity.Id, late.Due, recipient.Level, recipient.Address);
            if (book.Add(key, NotificationKind.Escalation, late.Activity.Id, null, recipient.Address, NotificationState.Pending))
            {
                yield return new EscalationNotice(key, late, recipient, daysLate);
            }
        }
    }

    /// <summary>The reached levels whose role has no address (an office without a head, an unset coordinator…), per office.</summary>
    public IReadOnlyList<UnreachedLevel> Unreached(
        LateActivity late, DateOnly runDate, IReadOnlyDictionary<long, Office> offices, EntityRoles roles)
    {
        var unreached = new List<UnreachedLevel>();
        foreach (var (level, rung) in LevelsReached(late, runDate))
        {
            foreach (var role in rung.Notify.Select(e => EscalationRoles.Find(e ?? "")).OfType<string>().Distinct())
            {
                var missing = role switch
                {
                    EscalationRoles.OfficeHead => late.OfficeIds.Where(id => offices.TryGetValue(id, out var o) && string.IsNullOrWhiteSpace(o.HeadEmail)),
                    EscalationRoles.Coordinator when string.IsNullOrWhiteSpace(roles.Coordinator) => late.OfficeIds,
                    EscalationRoles.ControlInterno when string.IsNullOrWhiteSpace(roles.ControlInterno) => late.OfficeIds,
                    _ => [],
                };
                unreached.AddRange(missing.Select(officeId => new UnreachedLevel(level, role, officeId)));
            }
        }

        return unreached;
    }

    /// <summary>Plans one pending key per unreached level and office, so the office's digest reports it once when it is reached.</summary>
    public static void PlanUnreached(LateActivity late, IReadOnlyList<UnreachedLevel> unreached, PlanBook book)
    {
        foreach (var level in unreached)
        {
            book.Add(
                NotificationKey.EscalationUnaddressed(late.Activity.Id, level.OfficeId, late.Due, level.Level, level.Role),
                NotificationKind.EscalationUnaddressed, late.Activity.Id, level.OfficeId, null, NotificationState.Pending);
        }
    }

    /// <summary>The levels (numbered from 1) whose <c>AfterDays</c> the late activity's days late have reached.</summary>
    private IEnumerable<(int Level, EscalationLevelOptions Rung)> LevelsReached(LateActivity late, DateOnly runDate)
    {
        var daysLate = DaysLate(late.Due, runDate);
        var levels = options.Escalation.Levels;
        for (var i = 0; i < levels.Length; i++)
        {
            if (daysLate >= levels[i].AfterDays)
            {
                yield return (i + 1, levels[i]);
            }
        }
    }

    private static IEnumerable<LadderRecipient> Resolve(
        int level, string entry, LateActivity late, IReadOnlyDictionary<long, Office> offices, EntityRoles roles)
    {
        var role = EscalationRoles.Find(entry);
        switch (role)
        {
            case EscalationRoles.OfficeHead:
                foreach (var officeId in late.OfficeIds)
                {
                    if (offices.TryGetValue(officeId, out var office) && !string.IsNullOrWhiteSpace(office.HeadEmail))
                    {
                        yield return new LadderRecipient(level, office.HeadEmail.Trim(), role, officeId);
                    }
                }

                break;
            case EscalationRoles.Coordinator when !string.IsNullOrWhiteSpace(roles.Coordinator):
                yield return new LadderRecipient(level, roles.Coordinator.Trim(), role, null);
                break;
            case EscalationRoles.ControlInterno when !string.IsNullOrWhiteSpace(roles.ControlInterno):
                yield return new LadderRecipient(level, roles.ControlInterno.Trim(), role, null);
                break;
            case null when !string.IsNullOrWhiteSpace(entry):
                yield return new LadderRecipient(level, entry.Trim(), null, null);
                break;
            default:
                break;
        }
    }
}
