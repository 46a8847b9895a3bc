using Reminders.Core.Plans;
using Reminders.Core.Rules;

namespace Reminders.Core.Digests;

/// <summary>Builds at most one escalation per recipient per run, covering every activity that reached a level for them.</summary>
internal static class EscalationComposer
{
    public const string Language = "es";

    public static IReadOnlyList<Escalation> Compose(
        PlanningInput input, IReadOnlyDictionary<long, Office> offices, IReadOnlyList<EscalationNotice> notices)
    {
        var escalations = new List<Escalation>();
        foreach (var group in notices.GroupBy(n => n.Recipient.Address, StringComparer.OrdinalIgnoreCase))
        {
            var first = group.First();
            var items = HighestLevels(group)
                .Select(n => Item(n, offices))
                .OrderBy(i => i.LateSince)
                .ThenBy(i => i.Component, StringComparer.Ordinal)
                .ThenBy(i => i.Number)
                .ToList();
            escalations.Add(new Escalation(
                NotificationKey.EscalationMessage(input.Entity, first.Recipient.Address, input.RunDate),
                input.Entity,
                group.Max(n => n.Late.Activity.Year),
                input.RunDate,
                first.Recipient.Address,
                first.Recipient.Role,
                HeadedOffice(first, offices)?.Language ?? Language,
                items,
                [.. group.Select(n => n.Key)])
            {
                ReplyTo = string.IsNullOrWhiteSpace(input.Roles.Coordinator) ? null : input.Roles.Coordinator.Trim(),
                Office = HeadedOffice(first, offices)?.Name,
            });
        }

        return [.. escalations.OrderBy(e => e.Recipient, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>
    /// For each (activity, due date) of a recipient's notices, in the order they first appear, the notice of the highest level
    /// reached (the first of them on a tie).
    /// </summary>
    private static List<EscalationNotice> HighestLevels(IEnumerable<EscalationNotice> notices)
    {
        var highest = new List<EscalationNotice>();
        var index = new Dictionary<(long Activity, DateOnly Due), int>();
        foreach (var notice in notices)
        {
            if (!index.TryGetValue((notice.Late.Activity.Id, notice.Late.Due), out var at))
            {
                index.Add((notice.Late.Activity.Id, notice.Late.Due), highest.Count);
                highest.Add(notice);
            }
            else if (notice.Recipient.Level > highest[at].Recipient.Level)
            {
                highest[at] = notice;
            }
        }

        return highest;
    }

    /// <summary>An office head reads about their own office, in its language.</summary>
    private static Office? HeadedOffice(EscalationNotice notice, IReadOnlyDictionary<long, Office> offices) =>
        notice.Recipient.OfficeId is { } id && offices.TryGetValue(id, out var office) ? office : null;

    private static EscalationItem Item(EscalationNotice notice, IReadOnlyDictionary<long, Office> offices)
    {
        var activity = notice.Late.Activity;
        return new EscalationItem(
            activity.Id,
            activity.Component,
            activity.Number,
            activity.Text,
            [.. notice.Late.OfficeIds.Select(id => offices[id].Name)],
            notice.Late.Due,
            notice.DaysLate,
            notice.Recipient.Level)
        {
            LevelAfterDays = notice.Recipient.AfterDays,
            InBusinessDays = notice.Recipient.InBusinessDays,
        };
    }
}
