using Dapper;
using Reminders.Core.Rules;
using Reminders.IntegrationTests.Infrastructure;
using Reminders.Worker.Data;
using Reminders.Worker.Outbox;

namespace Reminders.IntegrationTests.Outbox;

public abstract partial class OutboxContract
{
    [Fact]
    public async Task Every_message_and_key_of_a_run_reads_back_as_recorded()
    {
        using var db = await CreateAsync();
        db.Migrate();
        await new PlanStore(db.Connections, time).ImportAsync(Entity, Plans.Of(Plans.Activity("1.1", "2022-01-31", "Planeación")), "plan.tsv", dryRun: false, Ct);
        var activity = Assert.Single(await new ActivityStore(db.Connections, time).LoadAsync(new ActivityFilter(), Ct)).Id;
        // An address longer than a short key's buffer, accents, a message without copies or office, another with both.
        var recipient = new string('j', 240) + "ñ@entidad.gov.co";
        var messages = new[]
        {
            new OutboxMessage("m-escalamiento", MessageKind.Escalation, Entity, null, [recipient], [], "Escalamiento: «Gestión» vencida", RunDate,
                [new MessageItem("1.1", "I", "overdue", "2022-01-10", -4)], [$"escalation|{activity}|2022-01-10|L1|{recipient}"], [7, 8, 9]),
            new OutboxMessage("m-resumen", MessageKind.Digest, Entity, "Planeación", ["planeacion@x.gov.co"], ["jefe@x.gov.co", "control@x.gov.co"],
                "Resumen", RunDate, [new MessageItem("1.1", "I", "due-soon", "2022-01-31", 3)], [$"due|{activity}|1|2022-01-31|7"], [1]),
        };
        PlannedNotification Planned(string key, NotificationState state) => new(key, NotificationKind.DueSoon, activity, null, null, state);
        var keys = new[]
        {
            Planned($"escalation|{activity}|2022-01-10|L1|{recipient}", NotificationState.Pending),
            Planned($"due|{activity}|1|2022-01-31|15", NotificationState.Superseded),
            Planned($"due|{activity}|1|2022-01-31|7", NotificationState.Pending),
        };

        await new OutboxStore(db.Connections, time).RecordAsync(messages, keys, RunDate, Ct);

        await using var connection = await db.Connections.OpenAsync(Ct);
        var stored = (await connection.QueryAsync<(string Key, string? Office, string To, string Cc, string Subject, byte[] Mime)>(
            """
            SELECT m.message_key, m.office, m.recipients_to, m.recipients_cc, m.subject, b.mime
            FROM outbox_messages m JOIN outbox_bodies b ON b.message_id = m.id ORDER BY m.message_key
            """)).ToList();
        Assert.Equal(
            [("m-escalamiento", null, recipient, "", "Escalamiento: «Gestión» vencida", [7, 8, 9]),
             ("m-resumen", "Planeación", "planeacion@x.gov.co", "jefe@x.gov.co;control@x.gov.co", "Resumen", [1])],
            stored.Select(m => (m.Key, m.Office, m.To, m.Cc, m.Subject, m.Mime)));
        var recorded = (await connection.QueryAsync<(long Activity, string Key, string State, string? Message, string RunDate)>(
            """
            SELECT n.activity_id, n.notification_key, n.state, m.message_key, n.run_date
            FROM notifications n LEFT JOIN outbox_messages m ON m.id = n.message_id ORDER BY n.notification_key
            """)).ToList();
        Assert.Equal(
            [(activity, $"due|{activity}|1|2022-01-31|15", "superseded", null, "2022-01-28"),
             (activity, $"due|{activity}|1|2022-01-31|7", "pending", "m-resumen", "2022-01-28"),
             (activity, $"escalation|{activity}|2022-01-10|L1|{recipient}", "pending", "m-escalamiento", "2022-01-28")],
            recorded);
    }
}
