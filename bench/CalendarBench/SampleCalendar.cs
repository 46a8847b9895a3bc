using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Reminders.Worker.Mail.Rendering;

namespace Reminders.Bench.Calendar;

/// <summary>
/// One digest's calendar as the product writes it (src/Reminders.Worker/Mail/Rendering/DeadlineCalendar.cs): all-day
/// events with a Spanish summary and description of the shape and length a generated country gives.
/// </summary>
internal sealed class SampleCalendar
{
    private const string ProductId = "-//Reminders PAAC//Plazos//ES";
    private readonly DateTimeOffset _now;
    private readonly List<(DateOnly Day, string Uid, string Summary, string Description)> _events = [];

    private SampleCalendar(int seed, int events)
    {
        var random = new Random(seed);
        _now = new DateTimeOffset(2022, 6, 15, 12, 0, 0, TimeSpan.Zero).AddSeconds(seed);
        for (var i = 0; i < events; i++)
        {
            var day = new DateOnly(2022, 6, 15).AddDays(random.Next(0, 60));
            _events.Add((
                day,
                $"{random.NextInt64():x16}{random.Next():x8}@e.gov.co",
                $"[PAAC 2022] {random.Next(1, 6)}.{random.Next(1, 40)} Publicar el informe de seguimiento número {random.Next(1000)} del plan, con sus anexos; revisión de la oficina",
                $"Entidad {seed}\nComponente {random.Next(1, 6)}: Rendición de cuentas, participación ciudadana\nInforme publicado en la página web\nOficina de Control Interno, Oficina Asesora de Planeación\n{day.Day} de junio de 2022"));
        }
    }

    public static List<SampleCalendar> Several(int count, int events) =>
        [.. Enumerable.Range(1, count).Select(seed => new SampleCalendar(seed, events))];

    /// <summary>The product's way: <see cref="CalendarWriter"/>.</summary>
    public string WithWriter()
    {
        var calendar = new CalendarWriter()
            .Line("BEGIN", "VCALENDAR")
            .Line("METHOD", "PUBLISH")
            .Text("PRODID", ProductId)
            .Line("VERSION", "2.0");
        foreach (var (day, uid, summary, description) in _events)
        {
            calendar.Line("BEGIN", "VEVENT")
                .Text("DESCRIPTION", description)
                .Date("DTEND", day.AddDays(1))
                .UtcTime("DTSTAMP", _now)
                .Date("DTSTART", day)
                .Line("SEQUENCE", "0")
                .Text("SUMMARY", summary)
                .Line("TRANSP", "TRANSPARENT")
                .Text("UID", uid)
                .Line("END", "VEVENT");
        }

        return calendar.Line("END", "VCALENDAR").ToString();
    }

    /// <summary>The reference: Ical.Net's object model and serializer, as the product wrote it before.</summary>
    public string WithIcalNet()
    {
        var calendar = new Ical.Net.Calendar { ProductId = ProductId, Method = "PUBLISH" };
        var stamp = new CalDateTime(_now.UtcDateTime);
        foreach (var (day, uid, summary, description) in _events)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = uid,
                DtStamp = stamp,
                DtStart = new CalDateTime(day),
                DtEnd = new CalDateTime(day.AddDays(1)),
                Summary = summary,
                Description = description,
                Transparency = "TRANSPARENT",
            });
        }

        var serialized = new CalendarSerializer().SerializeToString(calendar) ?? "";
        return serialized.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);
    }
}
