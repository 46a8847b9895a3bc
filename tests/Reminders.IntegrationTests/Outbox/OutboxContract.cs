using Microsoft.Extensions.Time.Testing;
using Reminders.Core.Rules;
using Reminders.IntegrationTests.Infrastructure;
using Reminders.Worker.Data;
using Reminders.Worker.Outbox;

namespace Reminders.IntegrationTests.Outbox;

/// <summary>The outbox contract (docs/rules.md §2, §10) every provider must keep; one subclass per provider runs it for real.</summary>
public abstract partial class OutboxContract
{
    private const string Entity = "Alcaldía de Prueba";
    private static readonly DateOnly RunDate = new(2022, 1, 28);

    private readonly FakeTimeProvider time = new(new DateTimeOffset(2022, 1, 28, 12, 0, 0, TimeSpan.Zero));

    protected abstract Task<DatabaseTarget> CreateAsync();

    [Fact]
    public async Task Recording_a_notification_key_twice_throws_and_leaves_the_first_record_intact()
    {
        using var db = await CreateAsync();
        var (outbox, activity, office) = await SetUpAsync(db);
        await outbox.RecordAsync([Entry("m1", "k1")], [Key("k1", activity, office)], RunDate, Ct);

        await Assert.ThrowsAsync<DuplicateKeyException>(() =>
            outbox.RecordAsync([Entry("m2", "k2", "k1")], [Key("k2", activity, office), Key("k1", activity, office)], RunDate, Ct));

        var message = Assert.Single(await outbox.ListAsync(null, Ct));
        Assert.Equal("Asunto m1", message.Subject);
        Assert.Equal(["k1"], (await outbox.TakenKeysAsync([activity], Ct)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Taken_keys_are_those_of_the_activities_asked_for_however_many_are_asked()
    {
        using var db = await CreateAsync();
        var (outbox, activity, office) = await SetUpAsync(db);
        await outbox.RecordAsync([Entry("m1", "k1", "k2")], [Key("k1", activity, office), Key("k2", activity, office)], RunDate, Ct);
        long[] others = [.. Enumerable.Range(1, 1200).Select(i => activity + i)];

        Assert.Equal(["k1", "k2"], (await outbox.TakenKeysAsync([.. others, activity], Ct)).Order(StringComparer.Ordinal));
        Assert.Empty(await outbox.TakenKeysAsync(others, Ct));
        Assert.Empty(await outbox.TakenKeysAsync([], Ct));
    }

    [Fact]
    public async Task A_group_of_entities_in_one_transaction_is_kept_whole_with_every_key_pointing_at_its_message()
    {
        using var db = await CreateAsync();
        var (outbox, activity, office) = await SetUpAsync(db);
        string[] keys = [.. Enumerable.Range(1, 25).Select(i => $"k{i:00}")];

        await using (var group = await outbox.BeginAsync(Ct))
        {
            // 25 keys: more than one multi-row INSERT on every provider, and a shorter last one.
            await group.RecordAsync([Entry("m1", keys)], [.. keys.Select(k => Key(k, activity, office))], RunDate, "Entidad A", Ct);
            await group.RecordAsync([Entry("m2", "k99")], [Key("k99", activity, office)], RunDate, "Entidad B", Ct);
            await group.AddRunAsync(RunDate, "Entidad C", "failed", 0, "FormatException: fecha", Ct);
            await group.CommitAsync(Ct);
        }

        var messages = await outbox.ListAsync(null, Ct);
        Assert.Equal(["Asunto m1", "Asunto m2"], messages.Select(m => m.Subject));
        await using var connection = await db.Connections.OpenAsync(Ct);
        var links = (await Dapper.SqlMapper.QueryAsync<(string Key, long? Message)>(connection,
            "SELECT notification_key, message_id FROM notifications ORDER BY notification_key")).ToList();
        Assert.Equal([.. keys.Select(k => (k, (long?)messages[0].Id)), ("k99", messages[1].Id)], links);
        var runs = await new PlanningRunStore(db.Connections, time).LatestAsync(10, Ct);
        Assert.Equal(
            [("Entidad C", "failed", 0), ("Entidad B", "planned", 1), ("Entidad A", "planned", 1)],
            runs.Select(r => (r.Entity, r.Outcome, r.Messages)));
    }

    [Fact]
    public async Task A_key_taken_before_a_group_transaction_writes_it_throws_and_nothing_of_the_group_is_kept()
    {
        using var db = await CreateAsync();
        var (outbox, activity, office) = await SetUpAsync(db);
        await outbox.RecordAsync([Entry("m0", "k0")], [Key("k0", activity, office)], RunDate, Ct);

        await using (var group = await outbox.BeginAsync(Ct))
        {
            await group.RecordAsync([Entry("m1", "k1")], [Key("k1", activity, office)], RunDate, "Entidad A", Ct);
            await Assert.ThrowsAsync<DuplicateKeyException>(() =>
                group.RecordAsync([Entry("m2", "k2", "k0")], [Key("k2", activity, office), Key("k0", activity, office)], RunDate, "Entidad B", Ct));
        }

        Assert.Equal(["Asunto m0"], (await outbox.ListAsync(null, Ct)).Select(m => m.Subject));
        Assert.Equal(["k0"], (await outbox.TakenKeysAsync([activity], Ct)).Order(StringComparer.Ordinal));
        Assert.Empty(await new PlanningRunStore(db.Connections, time).LatestAsync(10, Ct));
    }

    [Fact]
    public async Task Concurrent_claims_by_two_instances_never_get_the_same_message()
    {
        using var db = await CreateAsync();
        var (outbox, activity, office) = await SetUpAsync(db);
        const int Count = 40;
        await outbox.RecordAsync(
            [.. Enumerable.Range(1, Count).Select(i => Entry($"m{i}", $"k{i}"))],
            [.. Enumerable.Range(1, Count).Select(i => Key($"k{i}", activity, office))], RunDate, Ct);
        var other = new OutboxStore(db.Connections, time);

        var claims = await Task.WhenAll(
            Task.Run(() => outbox.ClaimAsync("instance-a", TimeSpan.FromMinutes(15), Count, _ => false, Ct), Ct),
            Task.Run(() => other.ClaimAsync("instance-b", TimeSpan.FromMinutes(15), Count, _ => false, Ct), Ct));

        var a = claims[0].Select(c => c.Id).ToList();
        var b = claims[1].Select(c => c.Id).ToList();
        Assert.Empty(a.Intersect(b));
        Assert.Equal(Count, a.Count + b.Count);
        Assert.Empty(await outbox.ClaimAsync("instance-c", TimeSpan.FromMinutes(15), Count, _ => false, Ct));
    }

    [Fact]
    public async Task Four_instances_claiming_in_small_batches_until_the_outbox_is_empty_never_get_the_same_message()
    {
        using var db = await CreateAsync();
        var (outbox, activity, office) = await SetUpAsync(db);
        const int Count = 90;
        await outbox.RecordAsync(
            [.. Enumerable.Range(1, Count).Select(i => Entry($"m{i}", $"k{i}"))],
            [.. Enumerable.Range(1, Count).Select(i => Key($"k{i}", activity, office))], RunDate, Ct);

        // Each instance claims batches of 7 in a loop on its own store, as DeliveryService does, until nothing is left.
        var claimers = Enumerable.Range(1, 4).Select(n => Task.Run(async () =>
        {
            var store = new OutboxStore(db.Connections, time);
            var mine = new List<long>();
            while (await store.ClaimAsync($"instance-{n}", TimeSpan.FromMinutes(15), 7, _ => false, Ct) is { Count: > 0 } batch)
            {
                Assert.True(batch.Count <= 7, $"A batch of {batch.Count} messages was claimed with a limit of 7.");
                mine.AddRange(batch.Select(c => c.Id));
            }

            return mine;
        }, Ct));
        var claims = await Task.WhenAll(claimers);

        var all = claims.SelectMany(c => c).ToList();
        Assert.Equal(Count, all.Count);
        Assert.Equal(Count, all.Distinct().Count());
        Assert.Equal((await outbox.ListAsync(null, Ct)).Select(r => r.Id).Order(), all.Order());
    }

    [Fact]
    public async Task A_batch_claim_returns_the_oldest_due_messages_with_their_bytes_and_attempts()
    {
        using var db = await CreateAsync();
        var (outbox, activity, office) = await SetUpAsync(db);
        await outbox.RecordAsync(
            [Entry("m1", "k1"), Entry("m2", "k2"), Entry("m3", "k3")], [Key("k1", activity, office), Key("k2", activity, office), Key("k3", activity, office)], RunDate, Ct);
        var ids = (await outbox.ListAsync(null, Ct)).Select(r => r.Id).Order().ToList();

        var first = await outbox.ClaimAsync("a", TimeSpan.FromMinutes(15), 2, _ => false, Ct);
        var second = await outbox.ClaimAsync("b", TimeSpan.FromMinutes(15), 2, _ => false, Ct);

        Assert.Equal(ids[..2], first.Select(c => c.Id));
        Assert.Equal([ids[2]], second.Select(c => c.Id));
        Assert.All(first.Concat(second), c =>
        {
            Assert.Equal([1, 2, 3], StoredMime.Expand(c.Stored, c.Compression));
            Assert.Equal(0, c.Attempts);
        });
    }

    [Fact]
    public async Task Outcomes_recorded_together_leave_each_message_as_its_own_outcome_says()
    {
        using var db = await CreateAsync();
        var (outbox, activity, office) = await SetUpAsync(db);
        await outbox.RecordAsync(
            [Entry("m1", "k1"), Entry("m2", "k2"), Entry("m3", "k3"), Entry("m4", "k4")],
            [Key("k1", activity, office), Key("k2", activity, office), Key("k3", activity, office), Key("k4", activity, office)], RunDate, Ct);
        var ids = (await outbox.ClaimAsync("a", TimeSpan.FromMinutes(15), 10, _ => false, Ct)).Select(c => c.Id).Order().ToList();

        await outbox.RecordOutcomesAsync(
            [
                new MessageOutcome(ids[0], OutboxState.Sent, "250 OK"),
                new MessageOutcome(ids[1], OutboxState.Sent, "250 OK", "x@y.gov.co: 550 no existe"),
                new MessageOutcome(ids[2], OutboxState.Pending, "421 ocupado", NextAttempt: time.GetUtcNow().AddMinutes(2)),
                new MessageOutcome(ids[3], OutboxState.Failed, "550 rechazado", "z@y.gov.co: 550"),
            ],
            Ct);

        var rows = (await outbox.ListAsync(null, Ct)).OrderBy(r => r.Id).ToList();
        Assert.Equal(
            [(OutboxState.Sent, 1, (string?)null, (string?)null), (OutboxState.Sent, 1, null, "x@y.gov.co: 550 no existe"), (OutboxState.Pending, 1, "421 ocupado", null), (OutboxState.Failed, 1, "550 rechazado", "z@y.gov.co: 550")],
            rows.Select(r => (r.State, r.Attempts, r.Error, r.Refused)));
        Assert.All(rows.Take(2), r => Assert.NotNull(r.SentAt));
        Assert.Empty(await outbox.ClaimAsync("a", TimeSpan.FromMinutes(15), 10, _ => false, Ct));
        time.Advance(TimeSpan.FromMinutes(3));
        Assert.Equal([ids[2]], (await outbox.ClaimAsync("b", TimeSpan.FromMinutes(15), 10, _ => false, Ct)).Select(c => c.Id));
    }

    [Fact]
    public async Task Groups_recorded_over_one_outcome_connection_are_each_committed_at_once_and_it_opens_once()
    {
        using var db = await CreateAsync();
        var (outbox, activity, office) = await SetUpAsync(db);
        await outbox.RecordAsync(
            [Entry("m1", "k1"), Entry("m2", "k2"), Entry("m3", "k3")],
            [Key("k1", activity, office), Key("k2", activity, office), Key("k3", activity, office)], RunDate, Ct);
        var ids = (await outbox.ClaimAsync("a", TimeSpan.FromMinutes(15), 10, _ => false, Ct)).Select(c => c.Id).Order().ToList();

        await using var outcomes = outbox.OutcomeConnection();
        await outcomes.RecordAsync([new MessageOutcome(ids[0], OutboxState.Sent, "250 OK"), new MessageOutcome(ids[1], OutboxState.Failed, "550 rechazado")], Ct);
        // Committed before the connection closes: another connection sees the first group.
        Assert.Equal(
            [OutboxState.Sent, OutboxState.Failed, OutboxState.Pending],
            (await outbox.ListAsync(null, Ct)).OrderBy(r => r.Id).Select(r => r.State));
        await outcomes.RecordAsync([new MessageOutcome(ids[2], OutboxState.Sent, "250 OK")], Ct);

        Assert.Equal(
            [OutboxState.Sent, OutboxState.Failed, OutboxState.Sent],
            (await outbox.ListAsync(null, Ct)).OrderBy(r => r.Id).Select(r => r.State));
        Assert.Equal(1, outcomes.Opened);
    }

    [Fact]
    public async Task A_message_goes_through_retry_failed_requeued_and_sent()
    {
        using var db = await CreateAsync();
        var (outbox, activity, office) = await SetUpAsync(db);
        await outbox.RecordAsync([Entry("m1", "k1")], [Key("k1", activity, office)], RunDate, Ct);
        var id = Assert.Single(await outbox.ClaimAsync("a", TimeSpan.FromMinutes(15), 10, _ => false, Ct)).Id;

        await outbox.MarkRetryAsync(id, "421 ocupado", time.GetUtcNow().AddMinutes(2), Ct);
        Assert.Empty(await outbox.ClaimAsync("a", TimeSpan.FromMinutes(15), 10, _ => false, Ct));
        time.Advance(TimeSpan.FromMinutes(3));
        var retried = Assert.Single(await outbox.ClaimAsync("a", TimeSpan.FromMinutes(15), 10, _ => false, Ct));
        Assert.Equal((id, 1), (retried.Id, retried.Attempts));

        await outbox.MarkFailedAsync(id, "550 buzón inexistente", "x@y.gov.co: 550", Ct);
        var failed = Assert.Single(await outbox.ListAsync(OutboxState.Failed, Ct));
        Assert.Equal(("550 buzón inexistente", 2), (failed.Error, failed.Attempts));
        Assert.Empty(await outbox.ClaimAsync("a", TimeSpan.FromMinutes(15), 10, _ => false, Ct));

        Assert.Equal(1, await outbox.RetryAsync(id, Ct));
        Assert.Single(await outbox.ClaimAsync("a", TimeSpan.FromMinutes(15), 10, _ => false, Ct));
        await outbox.MarkSentAsync(id, "250 OK", null, Ct);

        var sent = Assert.Single(await outbox.ListAsync(OutboxState.Sent, Ct));
        Assert.Null(sent.Error);
        Assert.NotNull(sent.SentAt);
        Assert.Empty(await outbox.ClaimAsync("a", TimeSpan.FromMinutes(15), 10, _ => false, Ct));
    }

    [Fact]
    public async Task A_claim_whose_lease_expired_can_be_taken_again()
    {
        using var db = await CreateAsync();
        var (outbox, activity, office) = await SetUpAsync(db);
        await outbox.RecordAsync([Entry("m1", "k1")], [Key("k1", activity, office)], RunDate, Ct);
        var id = Assert.Single(await outbox.ClaimAsync("crashed", TimeSpan.FromMinutes(5), 10, _ => false, Ct)).Id;

        Assert.Empty(await outbox.ClaimAsync("other", TimeSpan.FromMinutes(5), 10, _ => false, Ct));
        time.Advance(TimeSpan.FromMinutes(6));

        Assert.Equal(id, Assert.Single(await outbox.ClaimAsync("other", TimeSpan.FromMinutes(5), 10, _ => false, Ct)).Id);
    }

    [Fact]
    public async Task A_claim_held_by_a_provably_dead_owner_is_taken_over_at_once_and_a_living_ones_is_not()
    {
        using var db = await CreateAsync();
        var (outbox, activity, office) = await SetUpAsync(db);
        await outbox.RecordAsync([Entry("m1", "k1"), Entry("m2", "k2")], [Key("k1", activity, office), Key("k2", activity, office)], RunDate, Ct);
        var killed = Assert.Single(await outbox.ClaimAsync("killed", TimeSpan.FromMinutes(15), 1, _ => false, Ct)).Id;
        var living = Assert.Single(await outbox.ClaimAsync("living", TimeSpan.FromMinutes(15), 1, _ => false, Ct)).Id;

        var taken = await outbox.ClaimAsync("restarted", TimeSpan.FromMinutes(15), 10, owner => owner == "killed", Ct);

        Assert.Equal([killed], taken.Select(m => m.Id));
        Assert.NotEqual(killed, living);
        Assert.Empty(await outbox.ClaimAsync("another", TimeSpan.FromMinutes(15), 10, owner => owner == "killed", Ct));
    }

    [Fact]
    public async Task A_claim_that_free_messages_fill_leaves_a_dead_owners_claims_and_asks_about_no_owner()
    {
        using var db = await CreateAsync();
        var (outbox, activity, office) = await SetUpAsync(db);
        await outbox.RecordAsync(
            [Entry("m1", "k1"), Entry("m2", "k2"), Entry("m3", "k3")], [Key("k1", activity, office), Key("k2", activity, office), Key("k3", activity, office)], RunDate, Ct);
        var ids = (await outbox.ListAsync(null, Ct)).Select(r => r.Id).Order().ToList();
        Assert.Equal([ids[0]], (await outbox.ClaimAsync("killed", TimeSpan.FromMinutes(15), 1, _ => false, Ct)).Select(m => m.Id));
        var asked = new List<string?>();

        var full = await outbox.ClaimAsync("restarted", TimeSpan.FromMinutes(15), 1, owner => { asked.Add(owner); return owner == "killed"; }, Ct);

        // One free message fills the claim: the owners of live claims are not looked at (one query fewer per batch).
        Assert.Equal([ids[1]], full.Select(m => m.Id));
        Assert.Empty(asked);

        var rest = await outbox.ClaimAsync("restarted", TimeSpan.FromMinutes(15), 10, owner => { asked.Add(owner); return owner == "killed"; }, Ct);

        // Free messages do not fill this one: the dead owner's claim is taken over too.
        Assert.Equal([ids[0], ids[2]], rest.Select(m => m.Id).Order());
        Assert.Contains("killed", asked);
    }

    [Fact]
    public async Task Giving_back_claims_leaves_a_message_another_instance_holds_to_it()
    {
        using var db = await CreateAsync();
        var (outbox, activity, office) = await SetUpAsync(db);
        await outbox.RecordAsync([Entry("m1", "k1"), Entry("m2", "k2")], [Key("k1", activity, office), Key("k2", activity, office)], RunDate, Ct);
        var mine = Assert.Single(await outbox.ClaimAsync("a", TimeSpan.FromMinutes(15), 1, _ => false, Ct)).Id;
        var theirs = Assert.Single(await outbox.ClaimAsync("b", TimeSpan.FromMinutes(15), 1, _ => false, Ct)).Id;

        await outbox.ReleaseAsync("a", [mine, theirs], Ct);

        Assert.Equal([mine], (await outbox.ClaimAsync("c", TimeSpan.FromMinutes(15), 10, _ => false, Ct)).Select(m => m.Id));
    }

    [Fact]
    public async Task A_claim_takes_the_messages_due_longest_first()
    {
        using var db = await CreateAsync();
        var (outbox, activity, office) = await SetUpAsync(db);
        await outbox.RecordAsync(
            [Entry("m1", "k1"), Entry("m2", "k2"), Entry("m3", "k3")], [Key("k1", activity, office), Key("k2", activity, office), Key("k3", activity, office)], RunDate, Ct);
        var ids = (await outbox.ClaimAsync("a", TimeSpan.FromMinutes(15), 10, _ => false, Ct)).Select(c => c.Id).Order().ToList();
        // The first message is retried after the second: it is due later.
        await outbox.RecordOutcomesAsync(
            [
                new MessageOutcome(ids[0], OutboxState.Pending, "421 ocupado", NextAttempt: time.GetUtcNow().AddMinutes(4)),
                new MessageOutcome(ids[1], OutboxState.Pending, "421 ocupado", NextAttempt: time.GetUtcNow().AddMinutes(2)),
                new MessageOutcome(ids[2], OutboxState.Pending, "421 ocupado", NextAttempt: time.GetUtcNow().AddMinutes(8)),
            ],
            Ct);
        time.Advance(TimeSpan.FromMinutes(5));

        var claimed = await outbox.ClaimAsync("b", TimeSpan.FromMinutes(15), 1, _ => false, Ct);

        Assert.Equal([ids[1]], claimed.Select(c => c.Id));
        Assert.Equal([ids[0]], (await outbox.ClaimAsync("b", TimeSpan.FromMinutes(15), 10, _ => false, Ct)).Select(c => c.Id));
    }

    [Fact]
    public async Task Outcomes_are_recorded_in_this_processs_turn_at_writing_the_database()
    {
        using var db = await CreateAsync();
        var (outbox, activity, office) = await SetUpAsync(db);
        await outbox.RecordAsync([Entry("m1", "k1")], [Key("k1", activity, office)], RunDate, Ct);
        var id = Assert.Single(await outbox.ClaimAsync("a", TimeSpan.FromMinutes(15), 10, _ => false, Ct)).Id;

        Task recording;
        using (await db.Connections.TakeWriteTurnAsync(Ct))
        {
            recording = outbox.RecordOutcomesAsync([new MessageOutcome(id, OutboxState.Sent, "250 OK")], Ct);
            if (db.Connections.Provider == DatabaseProvider.Sqlite)
            {
                // SQLite's calls complete at once: without turns the recording would have ended here, or met SQLite's
                // busy handler (sleeps) behind another write of this process. It waits for the turn held here instead. A
                // database server takes concurrent writers itself.
                Assert.False(recording.IsCompleted, "the outcome was recorded while this process held its turn to write");
            }
        }

        await recording;
        Assert.Equal(OutboxState.Sent, Assert.Single(await outbox.ListAsync(null, Ct)).State);
    }

    [Fact]
    public async Task Retry_by_id_requeues_only_that_failed_message_and_without_an_id_every_failed_one()
    {
        using var db = await CreateAsync();
        var (outbox, activity, office) = await SetUpAsync(db);
        await outbox.RecordAsync([Entry("m1", "k1"), Entry("m2", "k2"), Entry("m3", "k3")], [Key("k1", activity, office), Key("k2", activity, office), Key("k3", activity, office)], RunDate, Ct);
        var ids = (await outbox.ClaimAsync("a", TimeSpan.FromMinutes(15), 10, _ => false, Ct)).Select(c => c.Id).Order().ToList();
        foreach (var id in ids)
        {
            await outbox.MarkFailedAsync(id, "550 rechazado", null, Ct);
        }

        Assert.Equal(1, await outbox.RetryAsync(ids[1], Ct));
        Assert.Equal([OutboxState.Failed, OutboxState.Pending, OutboxState.Failed], (await outbox.ListAsync(null, Ct)).Select(r => r.State));
        Assert.Equal(0, await outbox.RetryAsync(ids[1], Ct));

        Assert.Equal(2, await outbox.RetryAsync(null, Ct));
        Assert.All(await outbox.ListAsync(null, Ct), r => Assert.Equal((OutboxState.Pending, 0), (r.State, r.Attempts)));
    }

    [Fact]
    public async Task Listing_by_state_shows_only_that_state_with_numbers_and_activities()
    {
        using var db = await CreateAsync();
        var (outbox, activity, office) = await SetUpAsync(db);
        await outbox.RecordAsync([Entry("m1", "k1"), Entry("m2", "k2")], [Key("k1", activity, office), Key("k2", activity, office)], RunDate, Ct);
        var first = (await outbox.ClaimAsync("a", TimeSpan.FromMinutes(15), 1, _ => false, Ct)).Single().Id;
        await outbox.MarkSentAsync(first, "250 OK", null, Ct);

        var sent = Assert.Single(await outbox.ListAsync(OutboxState.Sent, Ct));
        var pending = Assert.Single(await outbox.ListAsync(OutboxState.Pending, Ct));
        Assert.Equal(("Asunto m1", "Asunto m2"), (sent.Subject, pending.Subject));
        Assert.Equal(["1.1"], sent.Items);
        Assert.Equal(["III 1.1"], sent.Activities);
        Assert.Equal((MessageKind.Digest, Entity, "Planeación", "2022-01-28"), (sent.Kind, sent.Entity, sent.Office, sent.RunDate));
        Assert.Equal(["planeacion@x.gov.co"], sent.To);
        Assert.Empty(sent.Cc);
        Assert.Equal(2, (await outbox.ListAsync(null, Ct)).Count);
    }

    [Fact]
    public async Task Superseded_keys_are_listed_with_their_run_date_and_stay_taken()
    {
        using var db = await CreateAsync();
        var (outbox, activity, office) = await SetUpAsync(db);

        await outbox.RecordAsync([Entry("m1", "k1")], [Key("k1", activity, office), new PlannedNotification("k0", NotificationKind.DueSoon, activity, office, null, NotificationState.Superseded)], RunDate, Ct);

        Assert.Equal([("k0", "2022-01-28")], await outbox.SupersededAsync(Ct));
        Assert.Equal(["k0", "k1"], (await outbox.TakenKeysAsync([activity], Ct)).Order(StringComparer.Ordinal));

        // Each key records the message that carries it (none for a superseded key), for audits.
        var message = Assert.Single(await outbox.ListAsync(null, Ct)).Id;
        await using var connection = await db.Connections.OpenAsync(Ct);
        var links = (await Dapper.SqlMapper.QueryAsync<(string Key, long? Message)>(connection,
            "SELECT notification_key, message_id FROM notifications ORDER BY notification_key")).ToList();
        Assert.Equal([("k0", (long?)null), ("k1", message)], links);
    }

    [Fact]
    public async Task Every_column_of_a_key_is_recorded_as_given()
    {
        using var db = await CreateAsync();
        var (outbox, activity, office) = await SetUpAsync(db);
        PlannedNotification[] keys =
        [
            new("z-último \"clave\" \\ 1", NotificationKind.OverdueFirst, activity, office, "Jefe <jefe@x.gov.co>", NotificationState.Pending),
            new("a-segunda", NotificationKind.Escalation, activity, null, null, NotificationState.Superseded),
            new("m-tercera", NotificationKind.DueSoon, activity, office, null, NotificationState.Pending),
        ];

        await outbox.RecordAsync([Entry("m1", "z-último \"clave\" \\ 1", "m-tercera")], keys, RunDate, Ct);

        var message = Assert.Single(await outbox.ListAsync(null, Ct)).Id;
        await using var connection = await db.Connections.OpenAsync(Ct);
        var rows = (await Dapper.SqlMapper.QueryAsync<(long Activity, string Key, string State, long? Message, string RunDate)>(connection,
            "SELECT activity_id, notification_key, state, message_id, run_date FROM notifications ORDER BY notification_key")).ToList();
        Assert.Equal(
            [
                (activity, "a-segunda", "superseded", null, "2022-01-28"),
                (activity, "m-tercera", "pending", (long?)message, "2022-01-28"),
                (activity, "z-último \"clave\" \\ 1", "pending", message, "2022-01-28"),
            ],
            rows);
    }

    [Fact]
    public async Task The_taken_keys_are_those_of_the_activities_asked_for_however_many_are_asked()
    {
        using var db = await CreateAsync();
        db.Migrate();
        await new PlanStore(db.Connections, time).ImportAsync(
            Entity, Plans.Of(Plans.Activity("1.1", "2022-01-31", "Planeación"), Plans.Activity("1.2", "2022-01-31", "Planeación")), "plan.tsv", dryRun: false, Ct);
        var activities = (await new ActivityStore(db.Connections, time).LoadAsync(new ActivityFilter(), Ct)).OrderBy(a => a.Id).ToList();
        var office = Assert.Single(await new OfficeStore(db.Connections).ListAsync(Entity, Ct)).Id;
        var outbox = new OutboxStore(db.Connections, time);
        await outbox.RecordAsync([Entry("m1", "a1", "b1", "b2")], [Key("a1", activities[0].Id, office), Key("b1", activities[1].Id, office), Key("b2", activities[1].Id, office)], RunDate, Ct);

        // 1.2 among 700 ids with no activity: more than one chunk of a list expanded into parameters.
        long[] many = [.. Enumerable.Range(1, 700).Select(i => 1_000_000L + i).Append(activities[1].Id)];
        Assert.Equal(["b1", "b2"], (await outbox.TakenKeysAsync(many, Ct)).Order(StringComparer.Ordinal));
        Assert.Equal(["a1"], (await outbox.TakenKeysAsync([activities[0].Id], Ct)).Order(StringComparer.Ordinal));
        Assert.Empty(await outbox.TakenKeysAsync([], Ct));
    }

    private async Task<(OutboxStore Outbox, long Activity, long Office)> SetUpAsync(DatabaseTarget db)
    {
        db.Migrate();
        await new PlanStore(db.Connections, time).ImportAsync(Entity, Plans.Of(Plans.Activity("1.1", "2022-01-31", "Planeación")), "plan.tsv", dryRun: false, Ct);
        var activity = Assert.Single(await new ActivityStore(db.Connections, time).LoadAsync(new ActivityFilter(), Ct));
        var office = Assert.Single(await new OfficeStore(db.Connections).ListAsync(Entity, Ct));
        return (new OutboxStore(db.Connections, time), activity.Id, office.Id);
    }

    private static OutboxMessage Entry(string key, params string[] notificationKeys) => new(
        key, MessageKind.Digest, Entity, "Planeación", ["planeacion@x.gov.co"], [], $"Asunto {key}", RunDate, [new MessageItem("1.1", "III", "due-soon", null, null)], notificationKeys, [1, 2, 3]);

    private static PlannedNotification Key(string key, long activity, long office) =>
        new(key, NotificationKind.DueSoon, activity, office, null, NotificationState.Pending);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
