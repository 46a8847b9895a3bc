using Reminders.Worker.Data;
using Reminders.Worker.Planning;

namespace Reminders.Worker.Tests.Planning;

/// <summary>
/// The planning of entities ahead of the recorder: its two bounds, its order and its faults. Each entity's planning is a
/// task the test completes by hand (no threads, no sleeps): completing one runs what follows it before returning.
/// </summary>
public sealed class EntitiesAheadTests
{
    private static readonly IReadOnlyList<EntityRow> Entities =
        [.. Enumerable.Range(1, 8).Select(i => new EntityRow(i, $"Entidad {i}", null, null))];

    private readonly List<string> started = [];
    private readonly Dictionary<string, TaskCompletionSource<string>> planning = [];
    private readonly Dictionary<string, CancellationToken> tokens = [];

    /// <summary>Whether a planning ends as soon as it is cancelled (as the product's does) or only when the test ends it.</summary>
    private bool endsWhenCancelled = true;

    private Task<string> Plan(EntityRow entity, CancellationToken cancellationToken)
    {
        started.Add(entity.Name);
        tokens[entity.Name] = cancellationToken;
        var done = new TaskCompletionSource<string>();
        planning[entity.Name] = done;
        if (endsWhenCancelled)
        {
            cancellationToken.Register(() => done.TrySetCanceled(cancellationToken));
        }

        return done.Task;
    }

    private void Finish(int entity) => planning[$"Entidad {entity}"].SetResult($"plan {entity}");

    private static string[] Names(params int[] entities) => [.. entities.Select(i => $"Entidad {i}")];

    [Fact]
    public async Task A_planner_that_finishes_starts_the_next_entity_before_the_recorder_takes_one_until_the_window_is_full()
    {
        await using var ahead = new EntitiesAhead<string>(Entities, Plan, planners: 2, window: 4, TestContext.Current.CancellationToken);

        Assert.Equal(Names(1, 2), started);

        // Nothing taken yet (the recorder is waiting for a commit): each finished entity frees a planner for the next one.
        Finish(2);
        Assert.Equal(Names(1, 2, 3), started);
        Finish(1);
        Assert.Equal(Names(1, 2, 3, 4), started);

        // Four started and none taken: the window is full, so a free planner waits.
        Finish(3);
        Assert.Equal(Names(1, 2, 3, 4), started);
        Assert.Equal(1, ahead.Running);

        // Taking one makes room for one more.
        var (entity, planned) = ahead.Take();
        Assert.Equal("Entidad 1", entity.Name);
        Assert.Equal("plan 1", await planned);
        Assert.Equal(Names(1, 2, 3, 4, 5), started);
        Assert.Equal(2, ahead.Running);
    }

    [Fact]
    public async Task No_more_than_the_planners_are_planned_at_once_however_much_room_the_window_has()
    {
        await using var ahead = new EntitiesAhead<string>(Entities, Plan, planners: 2, window: 8, TestContext.Current.CancellationToken);

        ahead.Take();
        ahead.Take();
        ahead.Take();

        Assert.Equal(Names(1, 2), started);
        Assert.Equal(2, ahead.Running);
    }

    [Fact]
    public async Task Entities_are_taken_in_the_lists_order_whatever_order_they_finish_in()
    {
        await using var ahead = new EntitiesAhead<string>(Entities, Plan, planners: 3, window: 8, TestContext.Current.CancellationToken);
        Finish(3);
        Finish(2);
        Finish(5);
        Finish(4);
        Finish(1);
        Finish(6);
        Finish(8);
        Finish(7);

        var taken = new List<(string, string)>();
        foreach (var _ in Entities)
        {
            var (entity, planned) = ahead.Take();
            taken.Add((entity.Name, await planned));
        }

        Assert.Equal([.. Enumerable.Range(1, 8).Select(i => ($"Entidad {i}", $"plan {i}"))], taken);
    }

    [Fact]
    public async Task An_entity_taken_before_it_started_is_started_once_a_planner_is_free_and_handed_over_when_planned()
    {
        await using var ahead = new EntitiesAhead<string>(Entities, Plan, planners: 1, window: 1, TestContext.Current.CancellationToken);
        var (first, firstPlanned) = ahead.Take();
        var (second, secondPlanned) = ahead.Take();

        Assert.Equal(("Entidad 1", "Entidad 2"), (first.Name, second.Name));
        Assert.Equal(Names(1), started);
        Assert.False(secondPlanned.IsCompleted);

        Finish(1);
        Assert.Equal(Names(1, 2), started);
        Finish(2);
        Assert.Equal(("plan 1", "plan 2"), (await firstPlanned, await secondPlanned));
    }

    [Fact]
    public async Task An_entity_that_fails_fails_only_at_its_own_turn_and_the_others_are_still_planned()
    {
        await using var ahead = new EntitiesAhead<string>(
            Entities,
            (entity, token) => entity.Name == "Entidad 2" ? throw new InvalidOperationException("fecha imposible") : Plan(entity, token),
            planners: 2,
            window: 4,
            TestContext.Current.CancellationToken);

        // The failure freed its planner at once.
        Assert.Equal(Names(1, 3), started);
        Finish(1);
        Finish(3);

        Assert.Equal("plan 1", await ahead.Take().Planned);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => ahead.Take().Planned);
        Assert.Equal("fecha imposible", error.Message);
        Assert.Equal("plan 3", await ahead.Take().Planned);
    }

    [Fact]
    public async Task Disposing_cancels_the_entities_being_planned_waits_for_them_and_starts_no_other()
    {
        endsWhenCancelled = false;
        var ahead = new EntitiesAhead<string>(Entities, Plan, planners: 2, window: 4, TestContext.Current.CancellationToken);
        ahead.Take();
        ahead.Take();
        var (_, notStarted) = ahead.Take();

        var disposing = ahead.DisposeAsync().AsTask();

        Assert.True(tokens["Entidad 1"].IsCancellationRequested);
        Assert.True(tokens["Entidad 2"].IsCancellationRequested);
        Assert.False(disposing.IsCompleted);
        Finish(1);
        Assert.False(disposing.IsCompleted);
        planning["Entidad 2"].SetCanceled(tokens["Entidad 2"]);
        await disposing;

        Assert.Equal(Names(1, 2), started);
        Assert.True(notStarted.IsCanceled);
    }
}
