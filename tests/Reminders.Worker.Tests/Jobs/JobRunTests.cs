using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using NSubstitute;
using Quartz;
using Reminders.Worker.Jobs;
using Reminders.Worker.Mail.Smtp;

namespace Reminders.Worker.Tests.Jobs;

public sealed class JobRunTests
{
    private readonly FakeLogger logger = new();

    [Fact]
    public async Task A_mail_server_that_cannot_be_reached_is_logged_once_as_an_error_saying_no_attempt_was_spent()
    {
        await RunAsync(new SmtpSessionException(
            "No se pudo conectar con el servidor SMTP correo:587: revise Mail:Smtp:Host y Mail:Smtp:Port.",
            new System.Net.Sockets.SocketException(111)));

        var record = Assert.Single(logger.Collector.GetSnapshot(), r => r.Level >= LogLevel.Warning);
        Assert.Equal((308, LogLevel.Error), (record.Id.Id, record.Level));
        Assert.Contains("no attempt counted", record.Message, StringComparison.Ordinal);
        Assert.Contains("Mail:Smtp:Host", record.Message, StringComparison.Ordinal);
        Assert.Null(record.Exception);
    }

    [Fact]
    public async Task Refused_credentials_are_logged_once_as_critical_naming_the_settings()
    {
        await RunAsync(new SmtpSessionException(
            "El servidor SMTP correo:587 rechazó el inicio de sesión: revise Mail:Smtp:UserName y Mail:Smtp:Password.",
            new MailKit.Security.AuthenticationException("535 5.7.8 Authentication failed")));

        var record = Assert.Single(logger.Collector.GetSnapshot(), r => r.Level >= LogLevel.Warning);
        Assert.Equal((307, LogLevel.Critical), (record.Id.Id, record.Level));
        Assert.Contains("Mail:Smtp:UserName", record.Message, StringComparison.Ordinal);
        Assert.Null(record.Exception);
    }

    private async Task RunAsync(Exception failure)
    {
        var context = Substitute.For<IJobExecutionContext>();
        context.Scheduler.SchedulerInstanceId.Returns("prueba");
        var lifetime = Substitute.For<IHostApplicationLifetime>();
        await JobRun.RunAsync(context, "delivery", lifetime, logger, _ => throw failure, CancellationToken.None);
    }
}
