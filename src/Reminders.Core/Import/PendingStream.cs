namespace Reminders.Core.Import;

/// <summary>
/// Hands the activity rows <see cref="SheetParser"/> has finished to a consumer as <see cref="PlanBatch"/>es while the rest
/// of the file is read (docs/architecture.md, "Import"). A row is finished once a row of another sub-component follows it
/// (a merged name cell may still add to its sub-component's name until then) or the table ends. Its date is read with a
/// provisional year through the reader's own <c>ReadDates</c>, so a batch holds exactly what the whole read returns for
/// those rows when the year is the same; errors and notes found here are dropped (the whole read reports them).
/// </summary>
internal sealed class PendingStream(int? givenYear, Func<PlanBatch, bool> consumer, string file)
{
    /// <summary>Rows a batch holds at least (but the last): enough that a batch is worth a statement.</summary>
    internal const int BatchRows = 2000;

    private readonly SpanishDateCache dates = new();
    private readonly List<ImportedActivity> handed = [];
    private int? year = givenYear;
    private int sent;
    private bool stopped;
    private bool noted;

    /// <summary>After each row is added: hands over the finished rows once there are <see cref="BatchRows"/> of them.</summary>
    public void Added(List<PendingActivity> pending)
    {
        var last = pending.Count - 1;
        if (last - sent >= BatchRows && !ReferenceEquals(pending[last].Group, pending[last - 1].Group))
        {
            Send(pending, last);
        }
    }

    /// <summary>Every row read: hands over what is left.</summary>
    public void End(List<PendingActivity> pending)
    {
        if (pending.Count > sent)
        {
            Send(pending, pending.Count);
        }
    }

    private void Send(List<PendingActivity> pending, int end)
    {
        if (stopped)
        {
            return;
        }

        var rows = pending.GetRange(sent, end - sent);
        sent = end;
        year ??= PlanReader.MostNamedYear(pending.GetRange(0, end), dates);
        if (year is not { } provisional || !Plans.PlanYears.Contains(provisional))
        {
            stopped = true;
            return;
        }

        var notes = new ComponentFallback(null, file);
        var activities = PlanReader.ReadDates(rows, provisional, new ErrorCollector(file), notes, dates, out _);
        noted |= notes.Notes.Count > 0;
        stopped = activities.Count != rows.Count || !consumer(new PlanBatch(provisional, activities));
        if (!stopped)
        {
            handed.AddRange(activities);
        }
    }

    /// <summary>
    /// The activities of all <paramref name="rows"/> rows as the whole read's own date step gives them for the plan's
    /// <paramref name="planYear"/>, when the batches already hold them: every row handed over, read with that year, and none
    /// that made a note (the whole read's notes are its own); otherwise null, and the whole read reads every date again.
    /// The date step is a pure function of the row and the year, so the reader need not wait for it twice.
    /// </summary>
    public List<ImportedActivity>? AllRead(int rows, int? planYear) =>
        !stopped && !noted && sent == rows && year is { } read && read == planYear ? handed : null;
}
