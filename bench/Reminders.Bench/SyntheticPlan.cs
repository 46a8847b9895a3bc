using Reminders.Core.Plans;

namespace Reminders.Bench;

/// <summary>A large, deterministic plan: dated activities spread over the year, some ongoing, some shared by two offices.</summary>
internal static class SyntheticPlan
{
    public static (IReadOnlyList<Activity> Activities, IReadOnlyList<Office> Offices) Create(int year, int activityCount, int officeCount)
    {
        var offices = Enumerable.Range(1, officeCount)
            .Select(i => new Office(i, "Entidad", $"Oficina {i}", [], [$"oficina{i}@x.gov.co"], $"jefe{i}@x.gov.co", "es"))
            .ToList();
        var random = new Random(2022);
        var activities = new List<Activity>(activityCount);
        for (var i = 0; i < activityCount; i++)
        {
            var schedule = i % 10 == 0
                ? Schedule.Ongoing()
                : Schedule.On(new DateOnly(year, 1, 1).AddDays(random.Next(15, 360)));
            var first = (i % officeCount) + 1;
            IReadOnlyList<long> owners = i % 7 == 0 ? [first, (first % officeCount) + 1] : [first];
            activities.Add(new Activity(
                i + 1, "Entidad", year, "III", "Sub", new ActivityNumber((i / 20) + 1, (i % 20) + 1), $"Actividad {i}", "Producto",
                schedule, ActivityState.Open, null, null, owners, []));
        }

        return (activities, offices);
    }
}
