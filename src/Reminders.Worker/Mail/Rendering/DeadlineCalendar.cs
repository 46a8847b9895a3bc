using System.Globalization;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Reminders.Core.Digests;

namespace Reminders.Worker.Mail.Rendering;

/// <summary>The <c>plazos.ics</c> attachment: each dated item of a digest as an all-day event on its due date.</summary>
internal static class DeadlineCalendar
{
    public const string FileName = "plazos.ics";

    /// <summary>The calendar text, or null when the digest has no dated item.</summary>
    public static string? Build(Digest digest, string entity, MailStrings text, DateTimeOffset now)
    {
        var dated = digest.Items.Where(i => i.Due is not null).ToList();
        if (dated.Count == 0)
        {
            return null;
        }

        var calendar = new Ical.Net.Calendar { ProductId = "-//Reminders PAAC//Plazos//ES", Method = "PUBLISH" };
        var stamp = new CalDateTime(now.UtcDateTime);
        foreach (var item in dated)
        {
            var due = item.Due!.Value;
            calendar.Events.Add(new CalendarEvent
            {
                Uid = Uid(digest.Entity, item.ActivityId, due),
                DtStamp = stamp,
                DtStart = new CalDateTime(due),
                DtEnd = new CalDateTime(due.AddDays(1)),
                Summary = $"{MailStrings.Tag(digest.Year)} {item.Number} {item.Text}",
                Description = Description(item, entity, text),
                Transparency = "TRANSPARENT",
            });
        }

        return new CalendarSerializer().SerializeToString(calendar);
    }

    /// <summary>Stable per entity, activity and due date, so a re-sent or later digest updates the same event.</summary>
    public static string Uid(string entity, long activityId, DateOnly due) =>
        MessageIds.Hash(string.Create(CultureInfo.InvariantCulture, $"{entity}|{activityId}|{due:yyyy-MM-dd}"))
        + "@" + MessageIds.Domain;

    private static string Description(DigestItem item, string entity, MailStrings text)
    {
        var lines = new List<string> { entity, item.Component, item.Product };
        if (item.CoResponsible.Count > 0)
        {
            lines.Add(string.Join(", ", item.CoResponsible));
        }

        lines.Add(text.Date(item.Due!.Value));
        return string.Join("\n", lines.Where(l => !string.IsNullOrWhiteSpace(l)));
    }
}
