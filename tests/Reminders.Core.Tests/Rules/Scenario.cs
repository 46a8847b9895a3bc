using System.Globalization;
using Reminders.Core.Calendar;
using Reminders.Core.Options;
using Reminders.Core.Planning;
using Reminders.Core.Plans;
using Reminders.Core.Rules;

namespace Reminders.Core.Tests.Rules;

/// <summary>An entity with three offices, its activities and its outbox keys, planned day by day.</summary>
internal sealed class Scenario
{
    public const string Entity = "Alcaldía de Ejemplo";
    public const string Coordinator = "planeacion@ejemplo.gov.co";
    public const string ControlInterno = "controlinterno@ejemplo.gov.co";

    public RemindersOptions Options { get; } = new RemindersOptions().ApplyDefaults();

    public List<Office> Offices { get; } =
    [
        Office(1, "Oficina Comunicaciones", "comunicaciones@ejemplo.gov.co", "jefe.comunicaciones@ejemplo.gov.co"),
        Office(2, "Gobierno Digital", "gobiernodigital@ejemplo.gov.co", "jefe.gobiernodigital@ejemplo.gov.co"),
        Office(3, "Secretaría de Planeación", "planeacion.oficina@ejemplo.gov.co", null),
    ];

    public List<Activity> Activities { get; } = [];

    public HashSet<string> Taken { get; } = new(StringComparer.Ordinal);

    public EntityRoles Roles { get; set; } = new(Coordinator, ControlInterno);

    public static DateOnly D(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static Office Office(long id, string name, string? email, string? head) =>
        new(id, Entity, name, [], email is null ? [] : [email], head, "es");

    public static Activity Dated(long id, string due, params long[] offices) =>
        Make(id, Schedule.On(D(due)), offices);

    public static Activity Ongoing(long id, Cadence? cadence, params long[] offices) =>
        Make(id, Schedule.Ongoing(cadence), offices);

    public Scenario With(params Activity[] activities)
    {
        Activities.AddRange(activities);
        return this;
    }

    /// <summary>Plans the day and records every planned key in the outbox, as the worker does.</summary>
    public PlanningResult Plan(string day) => Plan(D(day));

    public PlanningResult Plan(DateOnly day)
    {
        var result = new Planner(Options, new BusinessCalendar(Options.Calendar))
            .Plan(new PlanningInput(day, Entity, Activities, Offices, Roles, Taken));
        Taken.UnionWith(result.Notifications.Select(n => n.Key));
        return result;
    }

    /// <summary>Plans every day from <paramref name="from"/> to <paramref name="to"/> and returns the pending keys per day that had any.</summary>
    public Dictionary<string, string[]> PlanDays(string from, string to)
    {
        var days = new Dictionary<string, string[]>();
        for (var day = D(from); day <= D(to); day = day.AddDays(1))
        {
            var pending = Pending(Plan(day));
            if (pending.Length > 0)
            {
                days[day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)] = pending;
            }
        }

        return days;
    }

    public static string[] Pending(PlanningResult result) =>
        [.. result.Notifications.Where(n => n.State == NotificationState.Pending).Select(n => n.Key)];

    public static string[] Superseded(PlanningResult result) =>
        [.. result.Notifications.Where(n => n.State == NotificationState.Superseded).Select(n => n.Key)];

    private static Activity Make(long id, Schedule schedule, long[] offices) =>
        new(id, Entity, 2022, "III", "Información de calidad", new ActivityNumber(1, (int)id), $"Actividad {id}", $"Producto {id}",
            schedule, ActivityState.Open, null, null, offices, []);
}
