using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using MimeKit;
using Reminders.Core.Digests;
using Reminders.Core.Plans;
using Reminders.IntegrationTests.Infrastructure;
using Reminders.Worker.Mail.Rendering;

namespace Reminders.IntegrationTests.Mail;

/// <summary>
/// Debian's SpamAssassin, local tests only (<c>-L</c>, no network), scores every kind of message under 1.0. A test peer
/// like the others (<c>scripts/install-test-peers.sh</c> installs it): skipped when missing, failed under <c>CI=true</c>.
/// </summary>
public sealed partial class SpamScoreTests
{
    private const string Executable = "/usr/bin/spamassassin";
    private static readonly DateOnly RunDate = new(2022, 2, 3);

    public static TheoryData<string> Kinds => ["resumen", "resumen-en", "resumen-sin-destinatario", "escalamiento", "respuesta-registrada", "respuesta-rechazada"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task SpamAssassin_scores_the_message_under_one(string kind)
    {
        if (!File.Exists(Executable))
        {
            Peers.Missing("spamassassin is not installed (apt-get install spamassassin, or scripts/install-test-peers.sh)");
        }

        var ct = TestContext.Current.CancellationToken;
        using var stream = new MemoryStream();
        await Message(kind).WriteToAsync(stream, ct);

        var score = await ScoreAsync(stream.ToArray(), ct);

        Assert.True(score < 1.0, $"SpamAssassin scored the {kind} {score.ToString(CultureInfo.InvariantCulture)}");
    }

    private static async Task<double> ScoreAsync(byte[] message, CancellationToken ct)
    {
        var start = new ProcessStartInfo(Executable, ["-L", "-t"])
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("spamassassin did not start");
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var errors = process.StandardError.ReadToEndAsync(ct);
        await process.StandardInput.BaseStream.WriteAsync(message, ct);
        process.StandardInput.Close();
        await process.WaitForExitAsync(ct);
        var text = await output;
        var match = Status().Match(text);
        Assert.True(match.Success, $"no X-Spam-Status in the output of spamassassin:\n{text}\n{await errors}");
        return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private static MimeMessage Message(string kind)
    {
        var renderer = new MessageRenderer(new RenderingOptions
        {
            From = new MailboxAddress("Recordatorios PAAC", "paac@ejemplo.gov.co"),
            ReplySecret = "clave-de-prueba-de-al-menos-32-caracteres",
        });
        var now = new DateTimeOffset(2022, 2, 3, 7, 0, 0, TimeSpan.FromHours(-5));
        return kind switch
        {
            "respuesta-registrada" => Answer(recorded: true, now),
            "respuesta-rechazada" => Answer(recorded: false, now),
            "escalamiento" => renderer.Render(Escalation(), now),
            "resumen-en" => renderer.Render(Digest("en", unaddressed: false), now),
            "resumen-sin-destinatario" => renderer.Render(Digest("es", unaddressed: true), now),
            _ => renderer.Render(Digest("es", unaddressed: false), now),
        };
    }

    /// <summary>The intake's answer to an office's reply: the confirmation, or the refusal with its reason.</summary>
    private static MimeMessage Answer(bool recorded, DateTimeOffset now)
    {
        var reply = new MimeMessage { Subject = "RE: Cumplimiento 1.4 [paac:30-7-0a1b2c3d4e5f60718293a4b5]", MessageId = "respuesta-1@ejemplo.gov.co" };
        reply.From.Add(MailboxAddress.Parse("comunicaciones@ejemplo.gov.co"));
        var activity = new Reminders.Core.Plans.Activity(
            30, "Alcaldía de Ejemplo", 2022, "III", "Información", ActivityNumber.Parse("1.4"), "Publicar el informe de seguimiento al mapa de riesgos",
            "Informe publicado", Schedule.On(RunDate), ActivityState.Done, RunDate, null, [7], []);
        var text = recorded
            ? Reminders.Worker.Intake.IntakeText.Confirmation(
                activity, "Oficina Asesora de Comunicaciones", progress: false, Reminders.Worker.Intake.ReplyBody.Parse("https://ejemplo.gov.co/informe.pdf"), RunDate)
            : Reminders.Worker.Intake.IntakeText.Rejection(reply.Subject, Reminders.Worker.Intake.IntakeText.NoEvidence);
        var subject = Reminders.Worker.Intake.IntakeText.Subject(recorded, reply.Subject);
        var bytes = Reminders.Worker.Intake.IntakeReply.Create(
            "intake|1", new MailboxAddress("Recordatorios PAAC", "paac@ejemplo.gov.co"), MailboxAddress.Parse("respuestas.paac@ejemplo.gov.co"),
            reply.From.Mailboxes.Single(), reply, subject, text, now);
        using var stream = new MemoryStream(bytes);
        return MimeMessage.Load(stream);
    }

    private static Digest Digest(string language, bool unaddressed) => new(
        "digest|7|2022-02-03", "Alcaldía de Ejemplo", 2022, RunDate,
        new Office(7, "Alcaldía de Ejemplo", "Oficina Asesora de Comunicaciones", [], ["comunicaciones@ejemplo.gov.co"], null, language),
        ["comunicaciones@ejemplo.gov.co"], [], unaddressed,
        [
            new DigestItem(1, "1", ActivityNumber.Parse("1.4"), "Publicar el informe de seguimiento al mapa de riesgos", "Informe publicado",
                DigestSection.Overdue, new DateOnly(2022, 1, 17), -17, null, ["Oficina Asesora de Planeación"]),
            new DigestItem(2, "2", ActivityNumber.Parse("2.1"), "Actualizar el inventario de trámites en el SUIT", "Inventario actualizado",
                DigestSection.DueSoon, new DateOnly(2022, 2, 10), 7, null, []),
            new DigestItem(3, "3", ActivityNumber.Parse("3.7"), "Atender las peticiones ciudadanas", "Informe trimestral",
                DigestSection.Ongoing, null, null, new DateOnly(2022, 4, 30), []),
        ],
        ["k"])
    {
        ReplyTo = "coordinacion@ejemplo.gov.co",
    };

    private static Escalation Escalation() => new(
        "escalation|coordinacion|2022-02-03", "Alcaldía de Ejemplo", 2022, RunDate, "coordinacion@ejemplo.gov.co", "Coordinator", "es",
        [
            new EscalationItem(1, "1", ActivityNumber.Parse("1.4"), "Publicar el informe de seguimiento al mapa de riesgos",
                ["Oficina Asesora de Comunicaciones"], new DateOnly(2022, 1, 17), 13, 2) { LevelAfterDays = 10, InBusinessDays = true },
        ],
        ["e"])
    {
        ReplyTo = "coordinacion@ejemplo.gov.co",
    };

    [GeneratedRegex(@"X-Spam-Status: \w+, score=(-?\d+(?:\.\d+)?)")]
    private static partial Regex Status();
}
