using System.Diagnostics;
using System.Globalization;
using Reminders.Bench;
using Reminders.Core.Calendar;
using Reminders.Core.Options;
using Reminders.Core.Planning;
using Reminders.Core.Rules;

// Plans every day of a year for a large synthetic entity and reports time per run and memory.
// Usage: dotnet run -c Release --project bench/Reminders.Bench [activities] [offices]
var activityCount = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2000;
var officeCount = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 120;
var (activities, offices) = SyntheticPlan.Create(2022, activityCount, officeCount);
var options = new RemindersOptions { Roles = new RolesOptions { Coordinator = "plan@x.gov.co", ControlInterno = "ci@x.gov.co" } }.ApplyDefaults();
var planner = new Planner(options, new BusinessCalendar(options.Calendar));
var taken = new HashSet<string>(StringComparer.Ordinal);

GC.Collect();
var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
var clock = Stopwatch.StartNew();
var runs = 0;
var messages = 0;
var slowest = TimeSpan.Zero;
for (var day = new DateOnly(2022, 1, 1); day.Year == 2022; day = day.AddDays(1))
{
    var started = clock.Elapsed;
    var result = planner.Plan(new PlanningInput(day, "Entidad", activities, offices, new EntityRoles("plan@x.gov.co", "ci@x.gov.co"), taken));
    foreach (var notification in result.Notifications)
    {
        taken.Add(notification.Key);
    }

    messages += result.Digests.Count + result.Escalations.Count;
    runs++;
    var elapsed = clock.Elapsed - started;
    slowest = elapsed > slowest ? elapsed : slowest;
}

clock.Stop();
var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"activities={activityCount} offices={officeCount} runs={runs} messages={messages} keys={taken.Count}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"total={clock.Elapsed.TotalMilliseconds:F0} ms mean={clock.Elapsed.TotalMilliseconds / runs:F2} ms/run slowest={slowest.TotalMilliseconds:F1} ms allocated={allocated / 1048576.0:F0} MiB peak-working-set={Environment.WorkingSet / 1048576.0:F0} MiB"));
