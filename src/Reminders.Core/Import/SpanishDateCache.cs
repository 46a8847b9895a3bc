namespace Reminders.Core.Import;

/// <summary>
/// <see cref="SpanishDates.Parse"/> remembered for one file: a plan of thousands of rows names a few hundred distinct dates,
/// each read two or three times (for the plan year, then for the activity). At most 10,000 are kept.
/// </summary>
internal sealed class SpanishDateCache
{
    private readonly Dictionary<(string Text, int? Year), SpanishDate> read = [];

    public SpanishDate Parse(string text, int? planYear)
    {
        if (read.TryGetValue((text, planYear), out var date))
        {
            return date;
        }

        date = SpanishDates.Parse(text, planYear);
        if (read.Count < 10_000)
        {
            read[(text, planYear)] = date;
        }

        return date;
    }
}
