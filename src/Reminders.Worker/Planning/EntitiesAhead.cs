using Reminders.Worker.Data;

namespace Reminders.Worker.Planning;

/// <summary>
/// Plans a run's entities ahead of the one being recorded (<see cref="PlanningService"/>), in two bounds: at most
/// <c>planners</c> entities being planned at once (one per core: more only share the cores and keep each entity's
/// transient objects alive longer), and at most <c>window</c> entities started and not yet taken, planned or still being
/// planned (what waits for the recorder is compact: compressed messages and keys). A planner that finishes starts the
/// next entity itself, so planning goes on while the recorder waits for a commit, within the window.
/// <see cref="Take"/> hands the entities out in the list's order, whatever order they finish in; an entity's fault is its
/// own task's, met when it is taken. Disposing stops starting entities and waits for those being planned.
/// </summary>
internal sealed class EntitiesAhead<T> : IAsyncDisposable
{
    private readonly IReadOnlyList<EntityRow> entities;
    private readonly Func<EntityRow, CancellationToken, Task<T>> plan;
    private readonly int planners;
    private readonly int window;
    private readonly TaskCompletionSource<T>?[] slots;
    private readonly HashSet<Task> planning = [];
    private readonly CancellationTokenSource stop;
    private readonly Lock gate = new();
    private int started;
    private int taken;
    private int running;
    private bool stopped;

    /// <param name="plan">Plans one entity; called under this object's lock on the caller's or a finishing planner's thread, so it must return at once (<c>Task.Run</c>).</param>
    public EntitiesAhead(
        IReadOnlyList<EntityRow> entities, Func<EntityRow, CancellationToken, Task<T>> plan, int planners, int window, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(planners, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, planners);
        this.entities = entities;
        this.plan = plan;
        this.planners = planners;
        this.window = window;
        slots = new TaskCompletionSource<T>?[entities.Count];
        stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Pump();
    }

    /// <summary>Entities started and not yet finished (for tests of the bounds).</summary>
    internal int Running
    {
        get
        {
            lock (gate)
            {
                return running;
            }
        }
    }

    /// <summary>Entities started so far (for tests of the bounds).</summary>
    internal int Started
    {
        get
        {
            lock (gate)
            {
                return started;
            }
        }
    }

    /// <summary>The next entity in the list's order and its planning (started now if it was not yet).</summary>
    public (EntityRow Entity, Task<T> Planned) Take()
    {
        int index;
        TaskCompletionSource<T> slot;
        lock (gate)
        {
            if (taken >= entities.Count)
            {
                throw new InvalidOperationException("Every entity was taken.");
            }

            index = taken++;
            slot = Slot(index);
            if (index < started)
            {
                slots[index] = null;
            }
        }

        Pump();
        return (entities[index], slot.Task);
    }

    /// <summary>Starts entities while both bounds allow.</summary>
    private void Pump()
    {
        while (true)
        {
            Task<T> task;
            TaskCompletionSource<T> slot;
            lock (gate)
            {
                if (stopped || started >= entities.Count || running >= planners || started - taken >= window)
                {
                    return;
                }

                var index = started++;
                running++;
                slot = Slot(index);
                if (index < taken)
                {
                    slots[index] = null;
                }

                // Started under the gate, so that disposing waits for every entity started (plan returns at once).
                try
                {
                    task = plan(entities[index], stop.Token);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    task = Task.FromException<T>(e);
                }

                planning.Add(task);
            }

            task.ContinueWith(
                (done, state) => Finished(done, (TaskCompletionSource<T>)state!),
                slot,
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }
    }

    /// <summary>A planner is free: the next entity may start before this one's result is handed on.</summary>
    private void Finished(Task<T> done, TaskCompletionSource<T> slot)
    {
        lock (gate)
        {
            running--;
            planning.Remove(done);
        }

        Pump();
        slot.TrySetFromTask(done);
    }

    /// <summary>The slot of entity <paramref name="index"/>, created by whichever of taking or starting comes first (under the gate).</summary>
    private TaskCompletionSource<T> Slot(int index) =>
        slots[index] ??= new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);

    public async ValueTask DisposeAsync()
    {
        Task[] pending;
        lock (gate)
        {
            stopped = true;
            pending = [.. planning];

            // Entities taken but never started end as cancelled rather than never.
            for (var i = started; i < taken; i++)
            {
                slots[i]?.TrySetCanceled();
            }
        }

        await stop.CancelAsync().ConfigureAwait(false);
        foreach (var task in pending)
        {
            await task.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        stop.Dispose();
    }
}
