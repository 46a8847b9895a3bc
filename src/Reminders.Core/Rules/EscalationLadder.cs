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

    /// <summary>
    /// The recipients of every level the late activity has reached (<paramref name="daysLate"/> from <see cref="DaysLate"/>),
    /// resolved to addresses: level by level, each level's entries in order, an office head per responsible office.
    /// </summary>
    public IReadOnlyList<LadderRecipient> Reached(
        LateActivity late, int daysLate, IReadOnlyDictionary<long, Office> offices, EntityRoles roles)
    {
        var recipients = new List<LadderRecipient>();
        var levels = options.Escalation.Levels;
        for (var i = 0; i < levels.Length; i++)
        {
            if (daysLate >= levels[i].AfterDays)
            {
                foreach (var entry in levels[i].Notify)
                {
                    Resolve(i + 1, levels[i].AfterDays, entry, late, offices, roles, recipients);
                }
            }
        }

        return recipients;
    }

    /// <summary>Plans the pending escalation keys of the <paramref name="reached"/> recipients and adds each new one as a notice.</summary>
    public static void Plan(LateActivity late, IReadOnlyList<LadderRecipient> reached, int daysLate, PlanBook book, List<EscalationNotice> notices)
    {
        foreach (var recipient in reached)
        {
            var key = NotificationKey.Escalation(late.Activity.Id, late.Due, recipient.Level, recipient.Address);
            if (book.Add(key, NotificationKind.Escalation, late.Activity.Id, null, recipient.Address, NotificationState.Pending))
            {
                notices.Add(new EscalationNotice(key, late, recipient, daysLate));
            }
        }
    }

    /// <summary>The reached levels whose role has no address (an office without a head, an unset coordinator…), per office.</summary>
    public IReadOnlyList<UnreachedLevel> Unreached(
        LateActivity late, int daysLate, IReadOnlyDictionary<long, Office> offices, EntityRoles roles)
    {
        var unreached = new List<UnreachedLevel>();
        var levels = options.Escalation.Levels;
        var seen = new List<string>(EscalationRoles.All.Count);
        for (var i = 0; i < levels.Length; i++)
        {
            if (daysLate < levels[i].AfterDays)
            {
                continue;
            }

            // Each role once per level, in the order the level names them.
            seen.Clear();
            foreach (var entry in levels[i].Notify)
            {
                if (EscalationRoles.Find(entry ?? "") is not { } role || seen.Contains(role))
                {
                    continue;
                }

                seen.Add(role);
                foreach (var officeId in late.OfficeIds)
                {
                    var missing = role switch
                    {
                        EscalationRoles.OfficeHead => offices.TryGetValue(officeId, out var o) && string.IsNullOrWhiteSpace(o.HeadEmail),
                        EscalationRoles.Coordinator => string.IsNullOrWhiteSpace(roles.Coordinator),
                        EscalationRoles.ControlInterno => string.IsNullOrWhiteSpace(roles.ControlInterno),
                        _ => false,
                    };
                    if (missing)
                    {
                        unreached.Add(new UnreachedLevel(i + 1, role, officeId));
                    }
                }
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

    private void Resolve(
        int level, int afterDays, string entry, LateActivity late, IReadOnlyDictionary<long, Office> offices, EntityRoles roles,
        List<LadderRecipient> recipients)
    {
        var role = EscalationRoles.Find(entry);
        switch (role)
        {
            case EscalationRoles.OfficeHead:
                foreach (var officeId in late.OfficeIds)
                {
                    if (offices.TryGetValue(officeId, out var office) && !string.IsNullOrWhiteSpace(office.HeadEmail))
                    {
                        recipients.Add(Recipient(level, afterDays, office.HeadEmail.Trim(), role, officeId));
                    }
                }

                break;
            case EscalationRoles.Coordinator when !string.IsNullOrWhiteSpace(roles.Coordinator):
                recipients.Add(Recipient(level, afterDays, roles.Coordinator.Trim(), role, null));
                break;
            case EscalationRoles.ControlInterno when !string.IsNullOrWhiteSpace(roles.ControlInterno):
                recipients.Add(Recipient(level, afterDays, roles.ControlInterno.Trim(), role, null));
                break;
            case null when !string.IsNullOrWhiteSpace(entry):
                recipients.Add(Recipient(level, afterDays, entry.Trim(), null, null));
                break;
            default:
                break;
        }
    }

    private LadderRecipient Recipient(int level, int afterDays, string address, string? role, long? officeId) =>
        new(level, address, role, officeId) { AfterDays = afterDays, InBusinessDays = options.Escalation.InBusinessDays };
}
