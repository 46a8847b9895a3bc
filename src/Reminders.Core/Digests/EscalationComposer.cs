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
            var items = group
                .GroupBy(n => (n.Late.Activity.Id, n.Late.Due))
                .Select(g => Item(g.MaxBy(n => n.Recipient.Level)!, offices))
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
