using System.Threading.Channels;
using Reminders.Core.Import;

namespace Reminders.Worker.Data;

/// <summary>
/// Stores an imported plan in one transaction (<see cref="PlanImport"/>): upserts components, sub-components, offices and
/// activities keyed by (entity, year, component, number) — or by their text when the file numbers none
/// (<see cref="ActivityMatcher"/>) —, keeps their state and history, and marks activities missing from the file removed.
/// The activities and their office links are written by <see cref="PlanWriter"/> in few statements; while the file is still
/// being read, the sub-components it has finished can be stored already (docs/benchmarks.md, "Import").
/// </summary>
public sealed class PlanStore(ConnectionFactory connections, TimeProvider time)
{
    public async Task<ImportReport> ImportAsync(string entity, ImportedPlan plan, string source, bool dryRun, CancellationToken cancellationToken)
    {
        await using var import = await PlanImport.OpenAsync(connections, Now(), entity, cancellationToken).ConfigureAwait(false);
        var planId = await import.PlanAsync(plan.Year, source).ConfigureAwait(false);
        var activities = await import.PrepareOfficesAsync(plan.Activities).ConfigureAwait(false);
        foreach (var component in activities.GroupBy(a => a.Component))
        {
            var componentId = await import.ComponentAsync(planId, component.Key, component.First().ComponentName).ConfigureAwait(false);
            await import.StoreComponentAsync(componentId, component.ToList()).ConfigureAwait(false);
        }

        return await import.FinishAsync(entity, plan.Year, activities, dryRun).ConfigureAwait(false);
    }

    /// <summary>
    /// Reads a plan file with <paramref name="read"/> (<see cref="PlanReader.Read(Stream, string, PlanReaderOptions?, Func{PlanBatch, bool}?)"/>,
    /// given the consumer of its batches) on a thread of its own while the sub-components it has finished are stored, all
    /// in one transaction that a refusal anywhere in the file rolls back (docs/architecture.md, "Import"): the report, or
    /// the read's errors and no report. The file's errors come first, as when it was read before anything else: the
    /// <paramref name="entity"/> is asked for while the file is read, and its error or a failed write is raised only for a
    /// file without errors.
    /// </summary>
    public async Task<(PlanReadResult Read, ImportReport? Report)> ImportWhileReadingAsync(
        Func<Func<PlanBatch, bool>, PlanReadResult> read, Func<Task<string>> entity, string source, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(entity);
        // Two batches ahead at most: the reader waits for the writer rather than holding the file's rows twice.
        var batches = Channel.CreateBounded<PlanBatch>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // Its own thread: the reader blocks while the writer is two batches behind, which a pool thread should not.
        var reading = Task.Factory.StartNew(
            () => ReadInto(read, batches.Writer, stop.Token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            var name = await entity().ConfigureAwait(false);
            return await ImportAsync(name, batches.Reader, reading, source, dryRun, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception)
        {
            var result = await StopAsync(stop, reading).ConfigureAwait(false);
            if (!result.Succeeded)
            {
                return (result, null);
            }

            throw;
        }
        finally
        {
            await StopAsync(stop, reading).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Imports a plan while <paramref name="reading"/> still reads it (<see cref="PlanReader.Read(Stream, string, PlanReaderOptions?, Func{PlanBatch, bool}?)"/>),
    /// in the same one transaction: the activities of each component that held none are inserted as their
    /// <paramref name="batches"/> arrive; once the file is read, the other components are matched and stored whole as
    /// <see cref="ImportAsync(string, ImportedPlan, string, bool, CancellationToken)"/> does. When the file is refused,
    /// everything is rolled back and the read's errors returned (no report); when the read's year or activities are not
    /// the batches' (a file whose first dates name another year than most), everything is rolled back and the plan
    /// imported again, whole. So the outcome is always the same as reading first and storing after.
    /// </summary>
    private async Task<(PlanReadResult Read, ImportReport? Report)> ImportAsync(
        string entity, ChannelReader<PlanBatch> batches, Task<PlanReadResult> reading, string source, bool dryRun, CancellationToken cancellationToken)
    {
        int? year = null;
        // The batches' activities with their offices split, in file order: the plan's, when its year is theirs.
        var streamed = new List<ImportedActivity>();
        var newComponents = new HashSet<string>(StringComparer.Ordinal);
        var import = await PlanImport.OpenAsync(connections, Now(), entity, cancellationToken).ConfigureAwait(false);
        try
        {
            long planId = 0;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            await foreach (var batch in batches.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                if (year is null)
                {
                    year = batch.Year;
                    planId = await import.PlanAsync(batch.Year, source).ConfigureAwait(false);
                }

                var activities = await import.PrepareOfficesAsync(batch.Activities).ConfigureAwait(false);
                foreach (var component in activities.GroupBy(a => a.Component))
                {
                    var componentId = await import.ComponentAsync(planId, component.Key, component.First().ComponentName).ConfigureAwait(false);
                    if (seen.Add(component.Key) && await import.IsEmptyAsync(componentId).ConfigureAwait(false))
                    {
                        newComponents.Add(component.Key);
                    }

                    if (newComponents.Contains(component.Key))
                    {
                        await import.InsertNewAsync(componentId, [.. component]).ConfigureAwait(false);
                    }
                }

                streamed.AddRange(activities);
            }

            var read = await reading.ConfigureAwait(false);
            if (read.Plan is not { } plan)
            {
                return (read, null);
            }

            if (year != plan.Year || streamed.Count != plan.Activities.Count)
            {
                await import.DisposeAsync().ConfigureAwait(false);
                import = null;
                return (read, await ImportAsync(entity, plan, source, dryRun, cancellationToken).ConfigureAwait(false));
            }

            foreach (var component in streamed.GroupBy(a => a.Component))
            {
                if (newComponents.Contains(component.Key))
                {
                    import.ReportAdded(component);
                }
                else
                {
                    var componentId = await import.ComponentAsync(planId, component.Key, component.First().ComponentName).ConfigureAwait(false);
                    await import.StoreComponentAsync(componentId, component.ToList()).ConfigureAwait(false);
                }
            }

            return (read, await import.FinishAsync(entity, plan.Year, streamed, dryRun).ConfigureAwait(false));
        }
        finally
        {
            if (import is not null)
            {
                await import.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static PlanReadResult ReadInto(Func<Func<PlanBatch, bool>, PlanReadResult> read, ChannelWriter<PlanBatch> batches, CancellationToken stop)
    {
        try
        {
            return read(batch =>
            {
                try
                {
                    batches.WriteAsync(batch, stop).AsTask().GetAwaiter().GetResult();
                    return true;
                }
                catch (Exception ex) when (ex is OperationCanceledException or ChannelClosedException)
                {
                    return false;
                }
            });
        }
        finally
        {
            batches.TryComplete();
        }
    }

    /// <summary>Tells the reader nobody takes its batches any more and waits for its result.</summary>
    private static async Task<PlanReadResult> StopAsync(CancellationTokenSource stop, Task<PlanReadResult> reading)
    {
        await stop.CancelAsync().ConfigureAwait(false);
        return await reading.ConfigureAwait(false);
    }

    private string Now() => Text.Timestamp(time.GetUtcNow());
}
