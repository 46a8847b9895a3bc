using System.Globalization;
using Reminders.Core.Calendar;
using Reminders.Core.Options;
using Reminders.Core.Plans;
using Reminders.Core.Reports;
using Reminders.Core.Tests.Import;

namespace Reminders.Core.Tests.Reports;

/// <summary>
/// The sample plan (19 dated activities, all due by 31 March 2022, and the ongoing 3.7) with chosen outcomes:
/// 1.1 done on 28 Jan (on time), 2.3 on its due date 25 Feb, 1.4 on 10 Feb (late), 2.4 on 1 Mar (late), 3.6 on 15 Jun
/// (late), 1.5 on 20 Sep (late), 3.2 on 10 Jan 2023 (late, before the closing deadline), 3.1 cancelled on 15 Mar;
/// progress on 3.7 on 10 Feb and 5 Sep (none between May and August).
/// </summary>
internal static class SampleFollowUp
{
    public const string Entity = "Alcaldía de Ejemplo";

    public static readonly Dictionary<long, string> OfficeNamesById = new()
    {
        [1] = "Secretaría de Planeación",
        [2] = "Oficina Comunicaciones",
        [3] = "Gobierno Digital",
        [4] = "Control Interno",
    };

    public static readonly Dictionary<string, string> ComponentNames = new(StringComparer.Ordinal) { ["III"] = "Rendición de Cuentas" };

    public static RemindersOptions NewOptions() => new RemindersOptions().ApplyDefaults();

    public static FollowUpCalendar Dates => new(NewOptions(), new BusinessCalendar());

    public static DateOnly D(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static List<Activity> Activities()
    {
        var plan = PlanFiles.Read(PlanFiles.SampleBytes, PlanFiles.SampleName).Plan!;
        var ids = OfficeNamesById.ToDictionary(o => o.Value, o => o.Key, StringComparer.Ordinal);
        var activities = plan.Activities.Select((a, i) => new Activity(
            i + 1, Entity, plan.Year, a.Component, a.SubComponentName, a.Number, a.Text, a.Product, a.Schedule,
            ActivityState.Open, null, null, [.. a.Offices.Select(o => ids[o])], [])).ToList();

        Set(activities, "1.1", ActivityState.Done, "2022-01-28");
        Set(activities, "2.3", ActivityState.Done, "2022-02-25");
        Set(activities, "1.4", ActivityState.Done, "2022-02-10");
        Set(activities, "2.4", ActivityState.Done, "2022-03-01");
        Set(activities, "3.6", ActivityState.Done, "2022-06-15");
        Set(activities, "1.5", ActivityState.Done, "2022-09-20");
        Set(activities, "3.2", ActivityState.Done, "2023-01-10");
        Set(activities, "3.1", ActivityState.Cancelled, "2022-03-15");
        var ongoing = activities.FindIndex(a => a.Number.ToString() == "3.7");
        activities[ongoing] = activities[ongoing] with
        {
            Progress = [new ProgressReport(D("2022-02-10"), "Seguimiento de compromisos de enero", null), new ProgressReport(D("2022-09-05"), "Informe de agosto", "https://ejemplo.gov.co/3-7")],
        };
        return activities;
    }

    public static FollowUpReport At(string cutOff) => Build(Dates.AtCutOff(D(cutOff)));

    public static FollowUpReport Final() => Build(Dates.Final(2022));

    private static FollowUpReport Build(FollowUpEdition edition) =>
        FollowUpBuilder.Build(Entity, edition, Activities(), OfficeNamesById, ComponentNames);

    private static void Set(List<Activity> activities, string number, ActivityState state, string on)
    {
        var index = activities.FindIndex(a => a.Number.ToString() == number);
        activities[index] = activities[index] with { State = state, CompletedOn = D(on), Evidence = $"Evidencia {number}" };
    }
}
