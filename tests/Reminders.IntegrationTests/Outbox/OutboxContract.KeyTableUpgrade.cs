using Dapper;
using Reminders.Core.Rules;
using Reminders.IntegrationTests.Infrastructure;
using Reminders.Worker.Data;
using Reminders.Worker.Outbox;

namespace Reminders.IntegrationTests.Outbox;

public abstract partial class OutboxContract
{
    private const string KeysByActivity = "0011_notification_keys_by_activity.sql";

    [Fact]
    public async Task Upgrading_to_keys_kept_by_activity_keeps_every_recorded_key_and_still_refuses_it_twice()
    {
        using var db = await CreateAsync();
        MigrateUpTo(db, KeysByActivity);
        await new PlanStore(db.Connections, time).ImportAsync(
            Entity, Plans.Of(Plans.Activity("1.1", "2022-01-31", "Planeación"), Plans.Activity("1.2", "2022-01-31", "Planeación")), "plan.tsv", dryRun: false, Ct);
        var activities = (await new ActivityStore(db.Connections, time).LoadAsync(new ActivityFilter(), Ct)).Select(a => a.Id).Order().ToList();
        var office = Assert.Single(await new OfficeStore(db.Connections).ListAsync(Entity, Ct)).Id;
        await using (var connection = await db.Connections.OpenAsync(Ct))
        {
            // The keys as the table before 0011 held them: a row id, the kind, office, recipient and creation time.
            foreach (var (key, activity, state) in new[]
            {
                ($"due|{activities[1]}|{office}|2022-01-31|15", activities[1], "pending"),
                ($"due|{activities[0]}|{office}|2022-01-31|15", activities[0], "superseded"),
                ($"escalation|{activities[0]}|2022-01-31|L1|jefe@x.gov.co", activities[0], "pending"),
            })
            {
                await connection.ExecuteAsync(
                    "INSERT INTO notifications (notification_key, kind, activity_id, office_id, recipient, state, message_id, run_date, created_at) "
                    + "VALUES (@Key, 'DueSoon', @Activity, @Office, NULL, @State, NULL, '2022-01-14', '2022-01-14T12:00:00.000Z')",
                    new { Key = key, Activity = activity, Office = office, State = state });
            }
        }

        Assert.Equal([KeysByActivity], db.Migrate());

        var outbox = new OutboxStore(db.Connections, time);
        Assert.Equal(
            [$"due|{activities[0]}|{office}|2022-01-31|15", $"escalation|{activities[0]}|2022-01-31|L1|jefe@x.gov.co"],
            (await outbox.TakenKeysAsync([activities[0]], Ct)).Order(StringComparer.Ordinal));
        Assert.Equal([$"due|{activities[1]}|{office}|2022-01-31|15"], await outbox.TakenKeysAsync([activities[1]], Ct));
        Assert.Equal([($"due|{activities[0]}|{office}|2022-01-31|15", "2022-01-14")], await outbox.SupersededAsync(Ct));

        var again = new PlannedNotification($"due|{activities[1]}|{office}|2022-01-31|15", NotificationKind.DueSoon, activities[1], office, null, NotificationState.Pending);
        await Assert.ThrowsAsync<DuplicateKeyException>(() => outbox.RecordAsync([], [again], RunDate, Ct));
        var next = again with { Key = $"due|{activities[1]}|{office}|2022-01-31|7" };
        await outbox.RecordAsync([], [next], RunDate, Ct);
        Assert.Equal(2, (await outbox.TakenKeysAsync([activities[1]], Ct)).Count);
    }

    /// <summary>Brings a new database to the schema just before <paramref name="script"/>, as an installation of an older version has it.</summary>
    private static void MigrateUpTo(DatabaseTarget db, string script)
    {
        var result = db.Migrator().Engine(Migrator.ScriptsFor(db.Options.Provider).Where(s => string.CompareOrdinal(s.Name, script) < 0)).PerformUpgrade();
        Assert.True(result.Successful, result.Error?.Message);
    }
}
