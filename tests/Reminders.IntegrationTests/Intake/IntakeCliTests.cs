using MimeKit;
using Reminders.IntegrationTests.Infrastructure;

namespace Reminders.IntegrationTests.Intake;

/// <summary><c>reminders check-config</c>, <c>intake run</c> and <c>intake list</c> as processes, against a real Dovecot.</summary>
public sealed class IntakeCliTests(IntakePlan plan) : IClassFixture<IntakePlan>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Check_config_logs_in_to_the_mailbox_intake_run_reads_it_and_intake_list_shows_the_refusal()
    {
        await using var imap = await DovecotServer.StartAsync(Ct);
        using var cli = Cli(imap);
        var reply = new MimeMessage { Subject = "Informe listo", MessageId = "sin-asunto-1@ejemplo.gov.co" };
        reply.From.Add(MailboxAddress.Parse("planeacion@ejemplo.gov.co"));
        reply.Body = new TextPart("plain") { Text = "https://ejemplo.gov.co/informe.pdf" };
        await imap.DeliverAsync(reply, Ct);

        var check = await cli.SucceedAsync("check-config");
        var read = await cli.SucceedAsync("intake", "run");
        var listed = (await cli.JsonAsync("intake", "list")).EnumerateArray().Single();

        Assert.Contains($"✔ Buzón de respuestas 127.0.0.1:{imap.Port} (StartTls, usuario respuestas): conexión e inicio de sesión correctos.", check, StringComparison.Ordinal);
        Assert.Contains("✔ Schedules:Intake «0 0/10 * ? * *»: próxima lectura del buzón de respuestas", check, StringComparison.Ordinal);
        Assert.Contains("1 mensaje(s) leídos: 0 registrados, 1 rechazados, 0 ignorados; 1 respuesta(s) enviadas.", read, StringComparison.Ordinal);
        Assert.Equal("rejected", listed.GetProperty("outcome").GetString());
        Assert.Equal("el asunto no identifica ninguna actividad del plan.", listed.GetProperty("reason").GetString());
        Assert.Equal("<sin-asunto-1@ejemplo.gov.co>", listed.GetProperty("messageId").GetString());
        Assert.Equal(["Informe listo"], await imap.SubjectsAsync("Rechazados", Ct));
        var answer = await MimeMessage.LoadAsync(Assert.Single(cli.PickedUp()), Ct);
        Assert.Equal("No registrado: Informe listo", answer.Subject);
    }

    [Fact]
    public async Task A_refused_login_fails_check_config_and_intake_run_with_the_reason()
    {
        await using var imap = await DovecotServer.StartAsync(Ct);
        using var cli = Cli(imap);
        cli.Environment["Mail__Intake__Password"] = "equivocada";

        var check = await cli.RunAsync("check-config");
        var read = await cli.RunAsync("intake", "run");

        Assert.Equal(1, check.ExitCode);
        Assert.Contains($"✘ El buzón de respuestas 127.0.0.1:{imap.Port} (StartTls) rechazó el usuario respuestas", check.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, read.ExitCode);
        Assert.Contains("Error de correo: El buzón de respuestas", read.Stderr, StringComparison.Ordinal);
    }

    private CliRunner Cli(DovecotServer imap)
    {
        var cli = new CliRunner();
        foreach (var file in Directory.GetFiles(plan.Cli.DataDirectory, "reminders.db*"))
        {
            File.Copy(file, cli.PathOf(Path.GetFileName(file)));
        }

        foreach (var (key, value) in imap.Settings())
        {
            cli.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value!;
        }

        cli.Environment["Schedules__Intake"] = "0 0/10 * ? * *";
        cli.Environment["Mail__Replies__Address"] = "respuestas.paac@ejemplo.gov.co";
        cli.Environment["Mail__Replies__Secret"] = "secreto-de-prueba-de-al-menos-32-caracteres";
        return cli;
    }
}
