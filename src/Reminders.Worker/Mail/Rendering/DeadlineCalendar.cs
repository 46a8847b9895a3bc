using System.Globalization;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Reminders.Core.Digests;

namespace Reminders.Worker.Mail.Rendering;

/// <summary>
/// The <c>plazos.ics</c> attachment: each upcoming date of a digest (due dates from the run date on, and ongoing duties'
/// next cut-offs) as an all-day event. Past dates are left out: a calendar holding one past event reads as a stale
/// invitation. Lines end in CRLF as RFC 5545 requires.
/// </summary>
internal static class DeadlineCalendar
{
    public const string FileName = "plazos.ics";

    /// <summary>The calendar text, or null when the digest has no upcoming date.</summary>
    public static string? Build(Digest digest, string entity, MailStrings text, DateTimeOffset now, string domain)
    {
        var upcoming = digest.Items
            .Select(i => (Item: i, Date: Upcoming(i, digest.RunDate)))
            .Where(d => d.Date is not null)
            .ToList();
        if (upcoming.Count == 0)
        {
            return null;
        }

        var calendar = new Ical.Net.Calendar { ProductId = "-//Reminders PAAC//Plazos//ES", Method = "PUBLISH" };
        var stamp = new CalDateTime(now.UtcDateTime);
        foreach (var (item, date) in upcoming)
        {
            var day = date!.Value;
            var cutOff = day != item.Due;
            calendar.Events.Add(new CalendarEvent
            {
                Uid = Uid(digest.Entity, item.ActivityId, day, domain),
                DtStamp = stamp,
                DtStart = new CalDateTime(day),
                DtEnd = new CalDateTime(day.AddDays(1)),
                Summary = $"{MailStrings.Tag(digest.Year)} {item.Number} {(cutOff ? text.CutOffLabel + ": " : "")}{item.Text}",
                Description = Description(item, entity, text, day),
                Transparency = "TRANSPARENT",
            });
        }

        var serialized = new CalendarSerializer().SerializeToString(calendar) ?? "";
        return serialized.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);
    }

    /// <summary>The item's date still ahead on <paramref name="runDate"/>: its due date, else its next cut-off; null when none.</summary>
    private static DateOnly? Upcoming(DigestItem item, DateOnly runDate) =>
        item.Due is { } due && due >= runDate ? due
        : item.NextCutOff is { } cut && cut >= runDate ? cut
        : null;

    /// <summary>Stable per entity, activity and date, so a re-sent or later digest updates the same event.</summary>
    public static string Uid(string entity, long activityId, DateOnly date, string domain) =>
        MessageIds.Hash(string.Create(CultureInfo.InvariantCulture, $"{entity}|{activityId}|{date:yyyy-MM-dd}"))
        + "@" + domain.ToLowerInvariant();

    private static string Description(DigestItem item, string entity, MailStrings text, DateOnly date)
    {
        var lines = new List<string> { entity, item.Component, item.Product };
        if (item.CoResponsible.Count > 0)
        {
            lines.Add(string.Join(", ", item.CoResponsible));
        }

        lines.Add(text.Date(date));
        return string.Join("\n", lines.Where(l => !string.IsNullOrWhiteSpace(l)));
    }
}
