using Reminders.Core.Plans;
using Reminders.Core.Rules;

namespace Reminders.Core.Digests;

/// <summary>
/// Builds one digest per office that has a pending notification on the run. It lists all the office's open
/// items (overdue, due within the horizon, ongoing), so it is complete, and copies the recipients of the
/// escalation levels its overdue activities reached.
/// </summary>
internal static class DigestComposer
{
    public static IReadOnlyList<Digest> Compose(
        PlanningInput input,
        IReadOnlyDictionary<long, Office> offices,
        IReadOnlyList<ActivityView> views,
        IReadOnlyList<PlannedNotification> notifications)
    {
        var pendingByOffice = notifications
            .Where(n => n.State == NotificationState.Pending && n.OfficeId is not null)
            .GroupBy(n => n.OfficeId!.Value);

        // Each office's listed views, in the views' order, found in one pass rather than one pass per office.
        var listedByOffice = new Dictionary<long, List<ActivityView>>();
        foreach (var view in views)
        {
            if (view.Section is null)
            {
                continue;
            }

            foreach (var officeId in view.OfficeIds)
            {
                if (!listedByOffice.TryGetValue(officeId, out var list))
                {
                    list = [];
                    listedByOffice.Add(officeId, list);
                }

                if (list.Count == 0 || !ReferenceEquals(list[^1], view))
                {
                    list.Add(view);
                }
            }
        }

        var digests = new List<Digest>();
        foreach (var pending in pendingByOffice)
        {
            var office = offices[pending.Key];
            var listed = listedByOffice.TryGetValue(office.Id, out var found) ? found : [];
            var to = Recipients(office, input.Roles);
            var missing = Missing(office, listed);
            var year = listed.Count > 0 ? listed.Max(v => v.Activity.Year) : input.RunDate.Year;
            digests.Add(new Digest(
                NotificationKey.DigestMessage(input.Entity, office.Id, input.RunDate),
                input.Entity,
                year,
                input.RunDate,
                office,
                to,
                CopyTo(office, listed, to, missing.Count > 0 ? input.Roles.Coordinator : null),
                Unaddressed: !office.HasAddress,
                [.. listed.Select(v => Item(v, office.Id, offices))
                    .OrderBy(i => i.Section)
                    .ThenBy(i => i.Due ?? i.NextCutOff ?? DateOnly.MaxValue)
                    .ThenBy(i => i.Component, StringComparer.Ordinal)
                    .ThenBy(i => i.Number)],
                [.. pending.Select(n => n.Key)],
                missing)
            {
                Progress = Reports.OfficeProgress.Of(input.Activities, office.Id, year, input.RunDate),
                ReplyTo = Blank(input.Roles.Coordinator),
            });
        }

        return [.. digests.OrderBy(d => d.Office.Name, StringComparer.Ordinal).ThenBy(d => d.Office.Id)];
    }

    /// <summary>
    /// One message per person per run about the same activities: a supervisor who gets an escalation on this run is
    /// not also copied on a digest that lists any of the escalated activities.
    /// </summary>
    public static IReadOnlyList<Digest> WithoutCopiesToEscalated(IReadOnlyList<Digest> digests, IReadOnlyList<Escalation> escalations)
    {
        if (escalations.Count == 0)
        {
            return digests;
        }

        // Who is escalated about each activity, gathered once for every digest to look its items up.
        var escalatedAbout = new Dictionary<long, List<string>>();
        foreach (var escalation in escalations)
        {
            foreach (var item in escalation.Items)
            {
                if (!escalatedAbout.TryGetValue(item.ActivityId, out var recipients))
                {
                    recipients = [];
                    escalatedAbout.Add(item.ActivityId, recipients);
                }

                recipients.Add(escalation.Recipient);
            }
        }

        return [.. digests.Select(digest =>
        {
            if (digest.Cc.Count == 0)
            {
                return digest;
            }

            var escalated = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var item in digest.Items)
            {
                if (escalatedAbout.TryGetValue(item.ActivityId, out var recipients))
                {
                    escalated.UnionWith(recipients);
                }
            }

            return digest.Cc.Any(escalated.Contains) ? digest with { Cc = [.. digest.Cc.Where(a => !escalated.Contains(a))] } : digest;
        })];
    }

    private static string? Blank(string? address) => string.IsNullOrWhiteSpace(address) ? null : address.Trim();

    /// <summary>The office's addresses; without any, the coordinator's ("sin destinatario").</summary>
    private static IReadOnlyList<string> Recipients(Office office, EntityRoles roles) =>
        office.HasAddress ? office.Emails
        : string.IsNullOrWhiteSpace(roles.Coordinator) ? []
        : [roles.Coordinator.Trim()];

    /// <summary>The escalated supervisors, and the coordinator when a reached level has no recipient (so someone can set it).</summary>
    private static IReadOnlyList<string> CopyTo(Office office, IReadOnlyList<ActivityView> listed, IReadOnlyList<string> to, string? coordinator) =>
        [.. listed
            .Where(v => v.Section == DigestSection.Overdue)
            .SelectMany(v => v.Escalated)
            .Where(r => r.OfficeId is null || r.OfficeId == office.Id)
            .Select(r => r.Address)
            .Concat(string.IsNullOrWhiteSpace(coordinator) ? [] : [coordinator.Trim()])
            .Where(a => !to.Contains(a, StringComparer.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)];

    private static IReadOnlyList<MissingEscalation> Missing(Office office, IReadOnlyList<ActivityView> listed) =>
        [.. listed
            .Where(v => v.Section == DigestSection.Overdue)
            .SelectMany(v => v.Unreached.Where(u => u.OfficeId == office.Id)
                .Select(u => new MissingEscalation(v.Activity.Id, v.Activity.Component, v.Activity.Number, u.Level, u.Role)))
            .OrderBy(m => m.Component, StringComparer.Ordinal)
            .ThenBy(m => m.Number)
            .ThenBy(m => m.Level)];

    private static DigestItem Item(ActivityView view, long officeId, IReadOnlyDictionary<long, Office> offices)
    {
        var activity = view.Activity;
        return new DigestItem(
            activity.Id,
            activity.Component,
            activity.Number,
            activity.Text,
            activity.Product,
            view.Section!.Value,
            view.Due,
            view.Days,
            view.NextCutOff,
            [.. view.OfficeIds.Where(id => id != officeId).Select(id => offices[id].Name)]);
    }
}
