using MimeKit;
using Reminders.IntegrationTests.Infrastructure;

namespace Reminders.IntegrationTests.Cli;

/// <summary>An escalation level reached by an office without a head is not skipped silently: the office's digest and the log report it.</summary>
public sealed class MissingEscalationCliTests : IDisposable
{
    private readonly CliRunner cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public async Task An_office_without_a_head_is_reported_in_its_digest_copied_to_the_coordinator_and_in_the_log()
    {
        await cli.SucceedAsync("import", SampleFiles.Path);
        foreach (var (name, email, head) in SampleFiles.Offices)
        {
            await cli.SucceedAsync(name == "Control Interno"
                ? ["offices", "set", name, "--email", email]
                : ["offices", "set", name, "--email", email, "--head", head]);
        }

        await cli.SucceedAsync("entities", "set", SampleFiles.Entity, "--coordinator", SampleFiles.Coordinator, "--control-interno", SampleFiles.ControlInterno);
        await cli.SucceedAsync("send-now", "--as-of", "2022-03-31");
        var before = cli.PickedUp();

        // 3.6 (Control Interno) is due 31 March 2022; 5 April is its third business day late, level 1 (OfficeHead).
        var reached = await cli.RunAsync("send-now", "--as-of", "2022-04-05");

        Assert.True(reached.ExitCode == 0, reached.ToString());
        var digest = cli.PickedUp().Except(before).Select(f => MimeMessage.Load(f, TestContext.Current.CancellationToken))
            .Single(m => m.To.Mailboxes.Any(a => a.Address == "control@ejemplo.gov.co"));
        Assert.Equal([SampleFiles.Coordinator], digest.Cc.Mailboxes.Select(a => a.Address));
        Assert.Contains("ESCALAMIENTO SIN DESTINATARIO", digest.TextBody, StringComparison.Ordinal);
        Assert.Contains("3.6 (nivel 1): falta el correo de jefe de la oficina responsable", digest.TextBody, StringComparison.Ordinal);
        Assert.Contains("reminders offices set \"Control Interno\" --head correo@entidad.gov.co", digest.TextBody, StringComparison.Ordinal);
        Assert.Contains("Escalamiento sin destinatario", digest.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Escalamiento sin destinatario en «Control Interno» (Alcaldía de Ejemplo): falta el correo del jefe de la oficina, así que no se envió el aviso de nivel 1 de 3.6", reached.Stderr, StringComparison.Ordinal);
    }
}
