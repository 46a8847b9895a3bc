using System.Diagnostics;
using System.Globalization;
using Reminders.Bench.Calendar;

// Usage: CalendarBench [--quick]. Writes the same calendars with both writers, checks they are the same text, then
// times each in turn (three rounds, alternated): microseconds and bytes allocated per calendar, and the ratio.
var quick = args.Contains("--quick");
var calendars = SampleCalendar.Several(count: 50, events: 7);
foreach (var calendar in calendars)
{
    if (calendar.WithIcalNet() != calendar.WithWriter())
    {
        Console.Error.WriteLine("El calendario escrito difiere del de Ical.Net.");
        return 1;
    }
}

var repeat = quick ? 20 : 200;
Measure(c => c.WithIcalNet());   // warm-up: both compiled and their first allocations done before any round counts
Measure(c => c.WithWriter());
Console.WriteLine("| round | writer | µs per calendar | KiB allocated per calendar |");
Console.WriteLine("|---|---|---|---|");
for (var round = 1; round <= 3; round++)
{
    var reference = Measure(c => c.WithIcalNet());
    var product = Measure(c => c.WithWriter());
    Row(round, "Ical.Net 5.2.4 (reference)", reference);
    Row(round, "CalendarWriter (product)", product);
    Console.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"| {round} | ratio | {product.Micros / reference.Micros:P1} | {product.KiB / reference.KiB:P1} |"));
}

return 0;

(double Micros, double KiB) Measure(Func<SampleCalendar, string> write)
{
    var length = 0L;
    var bytes = GC.GetAllocatedBytesForCurrentThread();
    var clock = Stopwatch.StartNew();
    for (var i = 0; i < repeat; i++)
    {
        foreach (var calendar in calendars)
        {
            length += write(calendar).Length;
        }
    }

    clock.Stop();
    var n = (double)repeat * calendars.Count;
    GC.KeepAlive(length);
    return (clock.Elapsed.TotalMicroseconds / n, (GC.GetAllocatedBytesForCurrentThread() - bytes) / n / 1024);
}

static void Row(int round, string name, (double Micros, double KiB) result) =>
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {round} | {name} | {result.Micros:F1} | {result.KiB:F1} |"));
