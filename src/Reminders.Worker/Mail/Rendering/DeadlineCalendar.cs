using System.Globalization;
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

    /// <summary>The calendar's PRODID.</summary>
    public const string ProductId = "-//Reminders PAAC//Plazos//ES";

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

        var calendar = new CalendarWriter()
            .Line("BEGIN", "VCALENDAR")
            .Line("METHOD", "PUBLISH")
            .Text("PRODID", ProductId)
            .Line("VERSION", "2.0");
        foreach (var (item, date) in upcoming)
        {
            // Properties in the order Ical.Net writes them (by name), so the text stays the same as it was.
            var day = date!.Value;
            calendar.Line("BEGIN", "VEVENT")
                .Text("DESCRIPTION", Description(item, entity, text, day))
                .Date("DTEND", day.AddDays(1))
                .UtcTime("DTSTAMP", now)
                .Date("DTSTART", day)
                .Line("SEQUENCE", "0")
                .Text("SUMMARY", Summary(digest, item, text, day))
                .Line("TRANSP", "TRANSPARENT")
                .Text("UID", Uid(digest.Entity, item.ActivityId, day, domain))
                .Line("END", "VEVENT");
        }

        return calendar.Line("END", "VCALENDAR").ToString();
    }

    /// <summary>The item's date still ahead on <paramref name="runDate"/>: its due date, else its next cut-off; null when none.</summary>
    internal static DateOnly? Upcoming(DigestItem item, DateOnly runDate) =>
        item.Due is { } due && due >= runDate ? due
        : item.NextCutOff is { } cut && cut >= runDate ? cut
        : null;

    /// <summary>Stable per entity, activity and date, so a re-sent or later digest updates the same event.</summary>
    public static string Uid(string entity, long activityId, DateOnly date, string domain) =>
        MessageIds.Hash(string.Create(CultureInfo.InvariantCulture, $"{entity}|{activityId}|{date:yyyy-MM-dd}"))
        + "@" + domain.ToLowerInvariant();

    /// <summary>The event's title: the plan's tag, the activity's number and text, marked when the date is a cut-off.</summary>
    internal static string Summary(Digest digest, DigestItem item, MailStrings text, DateOnly date) =>
        $"{MailStrings.Tag(digest.Year)} {item.Number} {(date != item.Due ? text.CutOffLabel + ": " : "")}{item.Text}";

    internal static string Description(DigestItem item, string entity, MailStrings text, DateOnly date)
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
