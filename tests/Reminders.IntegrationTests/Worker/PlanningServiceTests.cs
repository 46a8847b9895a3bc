using Microsoft.Extensions.Time.Testing;
using Reminders.IntegrationTests.Infrastructure;
using Reminders.Worker.Data;
using Reminders.Worker.Planning;

namespace Reminders.IntegrationTests.Worker;

/// <summary>The planning run in process, on a real SQLite file: what it records, and what it leaves for later.</summary>
public sealed class PlanningServiceTests : IDisposable
{
    private const string Entity = "Alcaldía de Ejemplo";
    private const string Office = "Planeación";
    private static readonly DateOnly March1 = new(2022, 3, 1);

    private readonly string directory = TempDirectory.Create();

    [Fact]
    public async Task The_keys_of_a_digest_with_no_recipient_stay_free_until_the_office_has_an_address()
    {
        // No coordinator to fall back on, and the office has no address yet.
        using var worker = new InProcessWorker(directory, new Dictionary<string, string?> { ["Reminders:Roles:Coordinator"] = "" });
        var (activity, office) = await ImportAsync(worker);

        var first = await worker.Get<PlanningService>().PlanAsync(March1, record: true, null, Ct);

        Assert.Empty(first.Messages);
        Assert.Equal(0, first.Notifications);
        Assert.Empty(await worker.Outbox.ListAsync(null, Ct));
        Assert.Empty(await worker.Outbox.TakenKeysAsync([activity], Ct));

        await worker.Get<OfficeStore>().SetAsync(Entity, [new OfficeChange(Office, ["planeacion.oficina@ejemplo.gov.co"])], Ct);
        var second = await worker.Get<PlanningService>().PlanAsync(March1.AddDays(1), record: true, null, Ct);

        var message = Assert.Single(second.Messages);
        Assert.Equal(["planeacion.oficina@ejemplo.gov.co"], message.Entry.To);
        Assert.Equal([$"due|{activity}|{office}|2022-03-31|30"], message.Entry.NotificationKeys);
        Assert.Equal([$"due|{activity}|{office}|2022-03-31|30"], await worker.Outbox.TakenKeysAsync([activity], Ct));
    }

    [Fact]
    public async Task A_run_whose_keys_another_instance_recorded_first_plans_again_and_adds_nothing()
    {
        using var other = new InProcessWorker(directory);
        var (activity, office) = await ImportAsync(other);
        await other.Get<OfficeStore>().SetAsync(Entity, [new OfficeChange(Office, ["planeacion.oficina@ejemplo.gov.co"])], Ct);
        PlanningRun? otherRun = null;

        // This instance reads the free keys, then (at its first look at the clock, before recording) the other one records them.
        var clock = new InterleavingClock();
        using var worker = new InProcessWorker(directory, time: clock);
        clock.Next = () => otherRun = other.Get<PlanningService>().PlanAsync(March1, record: true, null, Ct).GetAwaiter().GetResult();
        var run = await worker.Get<PlanningService>().PlanAsync(March1, record: true, null, Ct);

        Assert.Single(Assert.IsType<PlanningRun>(otherRun).Messages);
        Assert.Empty(run.Messages);
        Assert.Equal(0, run.Notifications);
        var recorded = Assert.Single(await worker.Outbox.ListAsync(null, Ct));
        Assert.Equal(["planeacion.oficina@ejemplo.gov.co"], recorded.To);
        Assert.Equal([$"due|{activity}|{office}|2022-03-31|30"], await worker.Outbox.TakenKeysAsync([activity], Ct));
    }

    public void Dispose() => TempDirectory.Delete(directory);

    private static async Task<(long Activity, long Office)> ImportAsync(InProcessWorker worker)
    {
        await worker.Get<PlanStore>().ImportAsync(Entity, Plans.Of(Plans.Activity("1.1", "2022-03-31", Office)), "plan.tsv", dryRun: false, Ct);
        var activity = Assert.Single(await worker.Get<ActivityStore>().LoadAsync(new ActivityFilter(), Ct));
        var office = Assert.Single(await worker.Get<OfficeStore>().ListAsync(Entity, Ct));
        return (activity.Id, office.Id);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A fake clock that runs <see cref="Next"/> (once) the next time it is read.</summary>
    private sealed class InterleavingClock() : FakeTimeProvider(new DateTimeOffset(2022, 3, 1, 12, 0, 0, TimeSpan.Zero))
    {
        private Action? next;

        public Action? Next { set => next = value; }

        public override DateTimeOffset GetUtcNow()
        {
            Interlocked.Exchange(ref next, null)?.Invoke();
            return base.GetUtcNow();
        }
    }
}
