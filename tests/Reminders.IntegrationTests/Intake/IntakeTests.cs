using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Reminders.IntegrationTests.Infrastructure;
using Reminders.IntegrationTests.Smtp;
using Reminders.Worker.Data;
using Reminders.Worker.Delivery;
using Reminders.Worker.Intake;

namespace Reminders.IntegrationTests.Intake;

/// <summary>
/// The intake job against a real IMAP server (Dovecot) and the real SMTP test server (aiosmtpd): replies delivered to the
/// mailbox by IMAP APPEND, read by <see cref="IntakeMailbox"/>, answers delivered through the outbox over SMTP.
/// </summary>
public sealed partial class IntakeTests(IntakePlan plan) : IClassFixture<IntakePlan>
{
    private const string Intake = "respuestas.paac@ejemplo.gov.co";
    private const string Secret = "secreto-de-prueba-de-al-menos-32-caracteres";
    private const string Planeacion = "planeacion@ejemplo.gov.co";
    private static readonly DateOnly Tuesday = new(2022, 2, 22);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_reply_through_the_digest_link_marks_the_activity_done_with_its_evidence_confirms_it_and_stops_its_reminders()
    {
        await using var run = await IntakeRun.StartAsync(plan, Ct);
        await run.Worker.SendNowAsync(Tuesday, Ct);
        var toOffice = run.Smtp.Received().Select(m => m.Parse()).Where(m => m.To.Mailboxes.Any(a => a.Address == Planeacion)).ToList();
        var subject = Assert.Single(toOffice.SelectMany(LinkSubjects), s => s.StartsWith("Cumplimiento 2.4 ", StringComparison.Ordinal));
        var sentBefore = run.Smtp.Received().Count;

        await run.Imap.DeliverAsync(Reply(Planeacion, "RE: " + subject, "respuesta-1@ejemplo.gov.co",
            "Adjunto el informe publicado:\r\nhttps://ejemplo.gov.co/informe-2-4.pdf\r\n\r\n"
            + "El mar, 22 feb 2022 a las 7:00, PAAC <paac@ejemplo.gov.co> escribió:\r\n> Enlace a la evidencia:\r\n> https://citado.example/no-cuenta\r\n"), Ct);
        var result = await run.ReadAsync(Ct);

        Assert.Equal(new Reminders.Worker.Intake.IntakeRun(1, 1, 0, 0), result);
        var activity = await run.ActivityAsync(SampleFiles.Entity, "2.4");
        Assert.Equal("done", activity.State);
        Assert.Equal("2022-02-22", activity.CompletedOn);
        Assert.Equal("https://ejemplo.gov.co/informe-2-4.pdf — Adjunto el informe publicado:", activity.Evidence);
        var (_, changes) = await run.Worker.Get<ActivityStore>().HistoryAsync(new ActivityFilter(Id: activity.Id), Tuesday, Ct);
        var change = Assert.Single(changes);
        Assert.Equal(("cumplida", Planeacion, "correo <respuesta-1@ejemplo.gov.co>"), (change.Change, change.Actor, change.Source));

        var answer = Assert.Single(run.Smtp.Received().Skip(sentBefore)).Parse();
        Assert.Equal([Planeacion], answer.To.Mailboxes.Select(m => m.Address));
        Assert.Equal("Registrado: RE: " + subject, answer.Subject);
        Assert.Equal("auto-replied", answer.Headers[HeaderId.AutoSubmitted]);
        Assert.Equal("respuesta-1@ejemplo.gov.co", answer.InReplyTo);
        Assert.Contains("Registramos el cumplimiento de la actividad III 2.4 de Secretaría de Planeación, el 22 de febrero de 2022", answer.TextBody, StringComparison.Ordinal);
        Assert.Contains("Evidencia: https://ejemplo.gov.co/informe-2-4.pdf", answer.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("citado.example", answer.TextBody, StringComparison.Ordinal);
        Assert.Equal(["RE: " + subject], await run.Imap.SubjectsAsync("Procesados", Ct));
        Assert.Empty(await run.Imap.SubjectsAsync("INBOX", Ct));

        // Two days later (the 1-day lead before 25 February) the office is still reminded of 2.5 and 2.6, not of 2.4.
        await run.Worker.SendNowAsync(new DateOnly(2022, 2, 24), Ct);
        var digests = (await run.Worker.Outbox.ListAsync(null, Ct)).Where(m => m.Kind == Reminders.Worker.Outbox.MessageKind.Digest && m.Entity == SampleFiles.Entity && m.Office == "Secretaría de Planeación").ToList();
        Assert.Contains("2.4", digests.Single(m => m.RunDate == "2022-02-22").Items);
        var thursday = digests.Single(m => m.RunDate == "2022-02-24").Items;
        Assert.Contains("2.5", thursday);
        Assert.DoesNotContain("2.4", thursday);
    }

    [Fact]
    public async Task A_forged_token_changes_nothing_and_is_answered_with_the_reason()
    {
        await using var run = await IntakeRun.StartAsync(plan, Ct);
        var activity = await run.ActivityAsync(SampleFiles.Entity, "2.4");
        var office = await run.OfficeIdAsync(SampleFiles.Entity, "Secretaría de Planeación");

        var answer = await run.RejectedAsync(Planeacion, $"Cumplimiento 2.4 [paac:{activity.Id}-{office}-0123456789abcdef01234567]", Ct);

        Assert.Contains("el código del asunto no corresponde a esa actividad y oficina", answer, StringComparison.Ordinal);
        await run.AssertUnchangedAsync(SampleFiles.Entity, "2.4");
    }

    [Fact]
    public async Task A_token_moved_to_another_activity_changes_neither_and_is_answered_with_the_reason()
    {
        await using var run = await IntakeRun.StartAsync(plan, Ct);
        var done = await run.ActivityAsync(SampleFiles.Entity, "2.4");
        var other = await run.ActivityAsync(SampleFiles.Entity, "2.5");
        var office = await run.OfficeIdAsync(SampleFiles.Entity, "Secretaría de Planeación");
        var token = Token(SampleFiles.Entity, office, done.Id);

        var answer = await run.RejectedAsync(Planeacion, $"Cumplimiento 2.5 [paac:{other.Id}-{office}-{token}]", Ct);

        Assert.Contains("el código del asunto no corresponde a esa actividad y oficina", answer, StringComparison.Ordinal);
        await run.AssertUnchangedAsync(SampleFiles.Entity, "2.4");
        await run.AssertUnchangedAsync(SampleFiles.Entity, "2.5");
    }

    [Fact]
    public async Task A_reply_from_another_offices_address_changes_nothing_and_is_answered_with_the_reason()
    {
        await using var run = await IntakeRun.StartAsync(plan, Ct);
        var activity = await run.ActivityAsync(SampleFiles.Entity, "2.4");
        var office = await run.OfficeIdAsync(SampleFiles.Entity, "Secretaría de Planeación");

        var answer = await run.RejectedAsync("tic@ejemplo.gov.co", $"Cumplimiento 2.4 [paac:{activity.Id}-{office}-{Token(SampleFiles.Entity, office, activity.Id)}]", Ct);

        Assert.Contains("su dirección (tic@ejemplo.gov.co) no está registrada como correo de Secretaría de Planeación ni de su jefe", answer, StringComparison.Ordinal);
        await run.AssertUnchangedAsync(SampleFiles.Entity, "2.4");
    }

    [Fact]
    public async Task A_reply_about_another_entitys_activity_changes_nothing_and_is_answered_with_the_reason()
    {
        await using var run = await IntakeRun.StartAsync(plan, Ct);
        var theirs = await run.ActivityAsync(IntakePlan.OtherEntity, "2.4");
        var office = await run.OfficeIdAsync(SampleFiles.Entity, "Secretaría de Planeación");

        // A token the service could have signed for this office; the activity is not of its entity.
        var answer = await run.RejectedAsync(Planeacion, $"Cumplimiento 2.4 [paac:{theirs.Id}-{office}-{Token(SampleFiles.Entity, office, theirs.Id)}]", Ct);

        Assert.Contains("la actividad del asunto es de otra entidad", answer, StringComparison.Ordinal);
        await run.AssertUnchangedAsync(IntakePlan.OtherEntity, "2.4");
    }

    [Fact]
    public async Task A_reply_without_evidence_changes_nothing_and_asks_for_it()
    {
        await using var run = await IntakeRun.StartAsync(plan, Ct);
        var activity = await run.ActivityAsync(SampleFiles.Entity, "2.4");
        var office = await run.OfficeIdAsync(SampleFiles.Entity, "Secretaría de Planeación");

        var answer = await run.RejectedAsync(
            Planeacion, $"Cumplimiento 2.4 [paac:{activity.Id}-{office}-{Token(SampleFiles.Entity, office, activity.Id)}]", Ct,
            "Cumplimiento de la actividad 2.4: texto\r\n\r\nEnlace a la evidencia (o una nota sobre lo realizado):\r\n\r\n\r\nNo cambie el asunto: identifica la actividad y su oficina.\r\n");

        Assert.Contains("el mensaje no trae evidencia", answer, StringComparison.Ordinal);
        await run.AssertUnchangedAsync(SampleFiles.Entity, "2.4");
    }

    [Fact]
    public async Task A_report_on_an_activity_already_done_changes_nothing_and_says_since_when()
    {
        await using var run = await IntakeRun.StartAsync(plan, Ct);
        var activity = await run.ActivityAsync(SampleFiles.Entity, "2.4");
        var office = await run.OfficeIdAsync(SampleFiles.Entity, "Secretaría de Planeación");
        await run.Worker.Get<ActivityStore>().SetStateAsync(
            new ActivityFilter(Id: activity.Id), Reminders.Core.Plans.ActivityState.Done, new DateOnly(2022, 2, 21), "https://ejemplo.gov.co/antes", Ct);

        var answer = await run.RejectedAsync(Planeacion, $"Cumplimiento 2.4 [paac:{activity.Id}-{office}-{Token(SampleFiles.Entity, office, activity.Id)}]", Ct);

        Assert.Contains("la actividad ya estaba registrada como cumplida el 21 de febrero de 2022", answer, StringComparison.Ordinal);
        Assert.Equal("https://ejemplo.gov.co/antes", (await run.ActivityAsync(SampleFiles.Entity, "2.4")).Evidence);
    }

    [Fact]
    public async Task An_automatic_answer_is_moved_aside_without_any_answer()
    {
        await using var run = await IntakeRun.StartAsync(plan, Ct);
        var activity = await run.ActivityAsync(SampleFiles.Entity, "2.4");
        var office = await run.OfficeIdAsync(SampleFiles.Entity, "Secretaría de Planeación");
        var reply = Reply(Planeacion, $"Fuera de la oficina: Cumplimiento 2.4 [paac:{activity.Id}-{office}-{Token(SampleFiles.Entity, office, activity.Id)}]",
            "ausente-1@ejemplo.gov.co", "Estoy fuera de la oficina hasta el lunes. https://ejemplo.gov.co/agenda\r\n");
        reply.Headers.Add(HeaderId.AutoSubmitted, "auto-replied");

        await run.Imap.DeliverAsync(reply, Ct);
        var result = await run.ReadAsync(Ct);

        Assert.Equal(new Reminders.Worker.Intake.IntakeRun(1, 0, 0, 1), result);
        Assert.Empty(run.Smtp.Received());
        Assert.Empty(await run.Worker.Outbox.ListAsync(null, Ct));
        await run.AssertUnchangedAsync(SampleFiles.Entity, "2.4");
        Assert.Single(await run.Imap.SubjectsAsync("Rechazados", Ct));
        var listed = Assert.Single(await run.Worker.Get<IntakeStore>().LatestAsync(10, Ct));
        Assert.Equal(("ignored", "respuesta automática (Auto-Submitted: auto-replied)"), (listed.Outcome, listed.Reason));
    }

    [Fact]
    public async Task The_same_message_delivered_twice_is_recorded_once_and_answered_once()
    {
        await using var run = await IntakeRun.StartAsync(plan, Ct);
        var activity = await run.ActivityAsync(SampleFiles.Entity, "3.7");
        var office = await run.OfficeIdAsync(SampleFiles.Entity, "Secretaría de Planeación");
        var subject = $"Avance 3.7 [paac:{activity.Id}-{office}-{Token(SampleFiles.Entity, office, activity.Id)}]";

        await run.Imap.DeliverAsync(Reply(Planeacion, subject, "avance-1@ejemplo.gov.co", "Publicamos el informe de enero.\r\n"), Ct);
        await run.Imap.DeliverAsync(Reply(Planeacion, subject, "avance-1@ejemplo.gov.co", "Publicamos el informe de enero.\r\n"), Ct);
        var first = await run.ReadAsync(Ct);
        await run.Imap.DeliverAsync(Reply(Planeacion, subject, "avance-1@ejemplo.gov.co", "Publicamos el informe de enero.\r\n"), Ct);
        var second = await run.ReadAsync(Ct);

        Assert.Equal(new Reminders.Worker.Intake.IntakeRun(2, 2, 0, 0), first);
        Assert.Equal(new Reminders.Worker.Intake.IntakeRun(1, 1, 0, 0), second);
        var (_, changes) = await run.Worker.Get<ActivityStore>().HistoryAsync(new ActivityFilter(Id: activity.Id), Tuesday, Ct);
        var change = Assert.Single(changes);
        Assert.Equal(("avance", "el 2022-02-22: Publicamos el informe de enero."), (change.Change, change.Detail));
        var answer = Assert.Single(run.Smtp.Received()).Parse();
        Assert.Equal("Registrado: " + subject, answer.Subject);
        Assert.Equal(3, (await run.Imap.SubjectsAsync("Procesados", Ct)).Count);
        Assert.Single(await run.Worker.Get<IntakeStore>().LatestAsync(10, Ct));
    }

    /// <summary>The reply token as docs/mail.md defines it: HMAC-SHA256 of "ENTITY|office|activity", first 24 hex digits.</summary>
    private static string Token(string entity, long office, long activity)
    {
        var data = string.Create(CultureInfo.InvariantCulture, $"{entity.ToUpperInvariant()}|{office}|{activity}");
        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes(data)))[..24];
    }

    private static MimeMessage Reply(string from, string subject, string messageId, string text)
    {
        var message = new MimeMessage { Subject = subject, MessageId = messageId, Date = new DateTimeOffset(2022, 2, 22, 9, 0, 0, TimeSpan.FromHours(-5)) };
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(Intake));
        message.Body = new TextPart("plain") { Text = text };
        return message;
    }

    /// <summary>The subjects of a message's <c>mailto:</c> links.</summary>
    private static IEnumerable<string> LinkSubjects(MimeMessage message) =>
        MailtoLink().Matches(message.HtmlBody ?? "").Select(m => Uri.UnescapeDataString(WebUtility.HtmlDecode(m.Groups["subject"].Value)));

    [GeneratedRegex("href=\"mailto:[^\"?]+\\?subject=(?<subject>[^\"&]+)")]
    private static partial Regex MailtoLink();

    /// <summary>A worker on a copy of the plan, the IMAP server and the SMTP server of one test.</summary>
    private sealed class IntakeRun : IAsyncDisposable
    {
        private readonly string directory;

        private IntakeRun(string directory, AiosmtpdServer smtp, DovecotServer imap, InProcessWorker worker)
        {
            this.directory = directory;
            Smtp = smtp;
            Imap = imap;
            Worker = worker;
        }

        public AiosmtpdServer Smtp { get; }

        public DovecotServer Imap { get; }

        public InProcessWorker Worker { get; }

        public static async Task<IntakeRun> StartAsync(IntakePlan plan, CancellationToken cancellationToken)
        {
            var smtp = await AiosmtpdServer.StartAsync(cancellationToken: cancellationToken);
            DovecotServer imap;
            try
            {
                imap = await DovecotServer.StartAsync(cancellationToken);
            }
            catch
            {
                await smtp.DisposeAsync();
                throw;
            }

            var settings = imap.Settings();
            settings["Mail:Delivery"] = "Smtp";
            settings["Mail:Smtp:Host"] = smtp.Host;
            settings["Mail:Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture);
            settings["Mail:Smtp:Security"] = "None";
            settings["Mail:RateLimitPerMinute"] = "0";
            settings["Mail:AttachCalendar"] = "false";
            settings["Mail:Replies:Address"] = Intake;
            settings["Mail:Replies:Secret"] = Secret;
            settings["Schedules:Intake"] = "0 0/10 * ? * *";
            var directory = plan.Copy();
            var worker = new InProcessWorker(directory, settings, new FakeTimeProvider(new DateTimeOffset(2022, 2, 22, 11, 0, 0, TimeSpan.Zero)));
            return new IntakeRun(directory, smtp, imap, worker);
        }

        /// <summary>One run of the intake, then the outbox drained.</summary>
        public async Task<Reminders.Worker.Intake.IntakeRun> ReadAsync(CancellationToken cancellationToken)
        {
            var run = await Worker.Get<IntakeMailbox>().RunAsync(cancellationToken);
            await Worker.Get<DeliveryService>().DrainAsync(cancellationToken);
            return run;
        }

        /// <summary>Delivers a reply, reads it, and returns the one answer's text after checking it was refused.</summary>
        public async Task<string> RejectedAsync(string from, string subject, CancellationToken cancellationToken, string text = "Listo: https://ejemplo.gov.co/evidencia\r\n")
        {
            await Imap.DeliverAsync(Reply(from, subject, $"{Guid.NewGuid():N}@ejemplo.gov.co", text), cancellationToken);
            var run = await ReadAsync(cancellationToken);

            Assert.Equal(new Reminders.Worker.Intake.IntakeRun(1, 0, 1, 0), run);
            var answer = Assert.Single(Smtp.Received()).Parse();
            Assert.Equal([from], answer.To.Mailboxes.Select(m => m.Address));
            Assert.Equal("No registrado: " + subject, answer.Subject);
            Assert.Equal([subject], await Imap.SubjectsAsync("Rechazados", cancellationToken));
            var listed = Assert.Single(await Worker.Get<IntakeStore>().LatestAsync(10, cancellationToken));
            Assert.Equal("rejected", listed.Outcome);
            return answer.TextBody ?? "";
        }

        public async Task<ActivityListRow> ActivityAsync(string entity, string number) =>
            Assert.Single(await Worker.Get<ActivityStore>().ListAsync(new ActivityFilter(entity, Number: number), null, Tuesday, Ct));

        public async Task<long> OfficeIdAsync(string entity, string name) =>
            (await Worker.Get<OfficeStore>().ListAsync(entity, Ct)).Single(o => o.Name == name).Id;

        /// <summary>The activity is still open and no change was recorded for any activity.</summary>
        public async Task AssertUnchangedAsync(string entity, string number)
        {
            Assert.Equal("open", (await ActivityAsync(entity, number)).State);
            await using var connection = await Worker.Connections.OpenAsync(Ct);
            Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM activity_changes"));
        }

        public async ValueTask DisposeAsync()
        {
            Worker.Dispose();
            await Imap.DisposeAsync();
            await Smtp.DisposeAsync();
            TempDirectory.Delete(directory);
        }
    }
}
