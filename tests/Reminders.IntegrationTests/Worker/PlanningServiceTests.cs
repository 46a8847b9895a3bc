using Microsoft.Extensions.Time.Testing;
using Reminders.IntegrationTests.Infrastructure;
using Reminders.Worker.Data;
using Reminders.Worker.Planning;
using Reminders.Core.Plans;
using Reminders.Worker.Outbox;

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

        Assert.Equal(0, first.MessageCount);
        Assert.Equal(0, first.Notifications);
        Assert.Empty(await worker.Outbox.ListAsync(null, Ct));
        Assert.Empty(await worker.Outbox.TakenKeysAsync([activity], Ct));

        await worker.Get<OfficeStore>().SetAsync(Entity, [new OfficeChange(Office, ["planeacion.oficina@ejemplo.gov.co"])], Ct);
        var second = await worker.Get<PlanningService>().PlanAsync(March1.AddDays(1), record: true, null, Ct);

        // A recorded run keeps counts only; its message is read back from the outbox.
        Assert.Equal(1, second.MessageCount);
        var message = Assert.Single(await worker.Outbox.ListAsync(null, Ct));
        Assert.Equal(["planeacion.oficina@ejemplo.gov.co"], message.To);
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

        Assert.Equal(1, Assert.IsType<PlanningRun>(otherRun).MessageCount);
        Assert.Equal(0, run.MessageCount);
        Assert.Equal(0, run.Notifications);
        var recorded = Assert.Single(await worker.Outbox.ListAsync(null, Ct));
        Assert.Equal(["planeacion.oficina@ejemplo.gov.co"], recorded.To);
        Assert.Equal([$"due|{activity}|{office}|2022-03-31|30"], await worker.Outbox.TakenKeysAsync([activity], Ct));
    }

    [Fact]
    public async Task A_preview_returns_the_messages_and_their_counts_and_records_nothing_then_a_run_records_them()
    {
        using var worker = new InProcessWorker(directory);
        var (planning, communications) = await ImportTwoOfficesAsync(worker);

        var preview = await worker.Get<PlanningService>().PlanAsync(March1, record: false, null, Ct);

        // 1.1 is 30 days from its due date; 1.2 (due Wednesday 23 February) is late: first notice (its week-9 reminder
        // superseded) and, four business days late, the first escalation level to the office head.
        Assert.Equal((false, 3, 1), (preview.Recorded, preview.Notifications, preview.Superseded));
        Assert.Equal(
            [(MessageKind.Digest, "Planeación"), (MessageKind.Digest, "Comunicaciones"), (MessageKind.Escalation, null)],
            preview.Messages.Select(m => (m.Entry.Kind, m.Entry.Office)).OrderBy(m => m.Kind).ThenByDescending(m => m.Office, StringComparer.Ordinal));
        Assert.Empty(await worker.Outbox.ListAsync(null, Ct));
        Assert.Empty(await worker.Outbox.TakenKeysAsync([planning.Activity, communications.Activity], Ct));

        var run = await worker.Get<PlanningService>().PlanAsync(March1, record: true, null, Ct);

        Assert.Equal((true, 3, 1), (run.Recorded, run.Notifications, run.Superseded));
        Assert.Equal(3, (await worker.Outbox.ListAsync(OutboxState.Pending, Ct)).Count);
        Assert.Equal([($"overdue|{communications.Activity}|{communications.Office}|2022-02-23|2022-W09", "2022-03-01")], await worker.Outbox.SupersededAsync(Ct));
        Assert.Equal(
            new[]
            {
                $"due|{planning.Activity}|{planning.Office}|2022-03-31|30",
                $"escalation|{communications.Activity}|2022-02-23|L1|jefe.comunicaciones@ejemplo.gov.co",
                $"overdue|{communications.Activity}|{communications.Office}|2022-02-23|2022-W09",
                $"overdue|{communications.Activity}|{communications.Office}|2022-02-23|first",
            },
            (await worker.Outbox.TakenKeysAsync([planning.Activity, communications.Activity], Ct)).Order(StringComparer.Ordinal));
        Assert.Equal((0, 0), ((await worker.Get<PlanningService>().PlanAsync(March1, record: true, null, Ct)).MessageCount, (await worker.Outbox.ListAsync(null, Ct)).Count - 3));
    }

    [Fact]
    public async Task Digests_and_escalations_carry_their_rows_recipients_and_subjects()
    {
        using var worker = new InProcessWorker(directory);
        await ImportTwoOfficesAsync(worker);

        var run = await worker.Get<PlanningService>().PlanAsync(March1, record: false, null, Ct);

        var digest = run.Messages.Single(m => m.Entry.Office == "Comunicaciones");
        Assert.Equal((MessageKind.Digest, "Alcaldía de Ejemplo", new DateOnly(2022, 3, 1)), (digest.Entry.Kind, digest.Entry.Entity, digest.Entry.RunDate));
        Assert.Equal(["comunicaciones@ejemplo.gov.co"], digest.Entry.To);
        Assert.Empty(digest.Entry.Cc); // the head gets the escalation about the same activity instead of a copy
        Assert.Equal("[PAAC 2022] 1 vencida — Comunicaciones (Alcaldía de Ejemplo)", digest.Entry.Subject);
        Assert.Equal(digest.Entry.Subject, digest.Message.Subject);
        Assert.Equal(["III 1.2"], digest.Entry.Items.Select(i => i.Activity));
        Assert.Equal([new MessageItem("1.2", "III", "overdue", "2022-02-23", -6)], digest.Entry.Items);
        Assert.NotEmpty(digest.Entry.Mime);

        var dueSoon = run.Messages.Single(m => m.Entry.Office == "Planeación");
        Assert.Equal([new MessageItem("1.1", "III", "due-soon", "2022-03-31", 30)], dueSoon.Entry.Items);

        var escalation = run.Messages.Single(m => m.Entry.Kind == MessageKind.Escalation);
        Assert.Equal(["jefe.comunicaciones@ejemplo.gov.co"], escalation.Entry.To);
        Assert.Empty(escalation.Entry.Cc);
        Assert.Equal("[PAAC 2022] Escalamiento: 1 actividad vencida de Comunicaciones (Alcaldía de Ejemplo)", escalation.Entry.Subject);
        Assert.Equal(["III 1.2"], escalation.Entry.Items.Select(i => i.Activity));
        Assert.Equal([new MessageItem("1.2", "III", "overdue", "2022-02-23", -6)], escalation.Entry.Items);
    }

    [Fact]
    public async Task An_ongoing_duty_is_listed_in_the_ongoing_section_without_a_due_date()
    {
        using var worker = new InProcessWorker(directory);
        await worker.Get<PlanStore>().ImportAsync(Entity, Plans.Of(Plans.Activity("1.3", "PERMANENTE", Office)), "plan.tsv", dryRun: false, Ct);
        await worker.Get<OfficeStore>().SetAsync(Entity, [new OfficeChange(Office, ["planeacion.oficina@ejemplo.gov.co"])], Ct);

        var run = await worker.Get<PlanningService>().PlanAsync(March1, record: false, null, Ct);

        Assert.Equal([new MessageItem("1.3", "III", "ongoing", null, null)], Assert.Single(run.Messages).Entry.Items);
    }

    [Fact]
    public async Task A_preview_for_one_office_shows_only_its_digest_and_no_escalation()
    {
        using var worker = new InProcessWorker(directory);
        await ImportTwoOfficesAsync(worker);

        var run = await worker.Get<PlanningService>().PlanAsync(March1, record: false, "Comunicaciones", Ct);

        Assert.Equal([(MessageKind.Digest, "Comunicaciones")], run.Messages.Select(m => (m.Entry.Kind, m.Entry.Office)));
    }

    [Fact]
    public async Task A_template_in_the_data_folders_templates_directory_replaces_the_built_in_one()
    {
        Directory.CreateDirectory(Path.Combine(directory, "plantillas"));
        await File.WriteAllTextAsync(Path.Combine(directory, "plantillas", "digest.es.txt.liquid"), "Texto propio de la entidad.", Ct);
        using var worker = new InProcessWorker(directory, new Dictionary<string, string?> { ["Mail:TemplatesDirectory"] = "plantillas" });
        await ImportTwoOfficesAsync(worker);

        var run = await worker.Get<PlanningService>().PlanAsync(March1, record: false, "Comunicaciones", Ct);

        Assert.Equal("Texto propio de la entidad.", Assert.Single(run.Messages).Message.TextBody);
    }

    public void Dispose() => TempDirectory.Delete(directory);

    private static async Task<((long Activity, long Office) Planning, (long Activity, long Office) Communications)> ImportTwoOfficesAsync(InProcessWorker worker)
    {
        await worker.Get<PlanStore>().ImportAsync(
            Entity, Plans.Of(Plans.Activity("1.1", "2022-03-31", Office), Plans.Activity("1.2", "2022-02-23", "Comunicaciones")), "plan.tsv", dryRun: false, Ct);
        await worker.Get<OfficeStore>().SetAsync(Entity,
        [
            new OfficeChange(Office, ["planeacion.oficina@ejemplo.gov.co"], "jefe.planeacion@ejemplo.gov.co"),
            new OfficeChange("Comunicaciones", ["comunicaciones@ejemplo.gov.co"], "jefe.comunicaciones@ejemplo.gov.co"),
        ], Ct);
        var activities = await worker.Get<ActivityStore>().LoadAsync(new ActivityFilter(), Ct);
        var offices = await worker.Get<OfficeStore>().ListAsync(Entity, Ct);
        return (
            (activities.Single(a => a.Number.ToString() == "1.1").Id, offices.Single(o => o.Name == Office).Id),
            (activities.Single(a => a.Number.ToString() == "1.2").Id, offices.Single(o => o.Name == "Comunicaciones").Id));
    }

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
