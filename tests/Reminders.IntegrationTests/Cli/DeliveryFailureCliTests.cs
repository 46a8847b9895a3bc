using System.Globalization;
using Reminders.IntegrationTests.Infrastructure;
using Reminders.IntegrationTests.Smtp;

namespace Reminders.IntegrationTests.Cli;

/// <summary>
/// What the administrator sees when the mail server refuses: permanent refusals are failed with the server's reply,
/// transient ones wait for a retry, and <c>outbox retry</c> sends a failed message once the cause is fixed.
/// </summary>
public sealed class DeliveryFailureCliTests : IDisposable
{
    private readonly CliRunner cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public async Task A_refused_office_fails_with_the_server_reply_and_is_sent_once_after_outbox_retry()
    {
        await SampleFiles.ConfigureAsync(cli);
        await using (var refusing = await AiosmtpdServer.StartAsync(new AiosmtpdOptions { RefuseRecipients = ["planeacion@ejemplo.gov.co"] }, Ct))
        {
            UseSmtp(refusing);
            var sent = await cli.RunAsync("send-now", "--as-of", "2022-01-03");

            Assert.True(sent.ExitCode == 1, sent.ToString());
            var failed = (await cli.JsonAsync("outbox", "list", "--state", "failed", "--json")).EnumerateArray().ToList();
            var message = Assert.Single(failed);
            Assert.Equal("Secretaría de Planeación", message.GetProperty("office").GetString());
            Assert.Contains("550", message.GetProperty("error").GetString(), StringComparison.Ordinal);
            Assert.Single(refusing.Received());
            Assert.DoesNotContain("planeacion@ejemplo.gov.co", refusing.Received()[0].Recipients);
        }

        await using var accepting = await AiosmtpdServer.StartAsync(cancellationToken: Ct);
        UseSmtp(accepting);
        var id = (await cli.JsonAsync("outbox", "list", "--state", "failed", "--json"))[0].GetProperty("id").GetInt64();
        await cli.SucceedAsync("outbox", "retry", id.ToString(CultureInfo.InvariantCulture));
        await cli.SucceedAsync("send-now", "--as-of", "2022-01-03");
        await cli.SucceedAsync("send-now", "--as-of", "2022-01-03");

        var received = Assert.Single(accepting.Received());
        Assert.Equal(["planeacion@ejemplo.gov.co"], received.Recipients);
        Assert.Empty((await cli.JsonAsync("outbox", "list", "--state", "failed", "--json")).EnumerateArray());
        Assert.Empty((await cli.JsonAsync("outbox", "list", "--state", "pending", "--json")).EnumerateArray());
    }

    [Fact]
    public async Task A_temporary_refusal_leaves_the_message_pending_for_a_later_retry_and_sends_nothing_twice()
    {
        await SampleFiles.ConfigureAsync(cli);
        await using var server = await AiosmtpdServer.StartAsync(new AiosmtpdOptions { FailFirstData = "451 4.3.0 Intente más tarde" }, Ct);
        UseSmtp(server);

        await cli.SucceedAsync("send-now", "--as-of", "2022-01-03");
        var pending = Assert.Single((await cli.JsonAsync("outbox", "list", "--state", "pending", "--json")).EnumerateArray());
        Assert.Equal(1, pending.GetProperty("attempts").GetInt32());
        Assert.Contains("451", pending.GetProperty("error").GetString(), StringComparison.Ordinal);

        // The backoff has not passed yet: another run right away leaves it waiting and sends nothing again.
        await cli.SucceedAsync("send-now", "--as-of", "2022-01-03");

        Assert.Single((await cli.JsonAsync("outbox", "list", "--state", "pending", "--json")).EnumerateArray());
        Assert.Single(server.Received());
        Assert.Empty((await cli.JsonAsync("outbox", "list", "--state", "failed", "--json")).EnumerateArray());
    }

    [Fact]
    public async Task Outbox_retry_without_an_id_or_with_an_unknown_one_is_refused_as_bad_input()
    {
        Assert.Equal(2, (await cli.RunAsync("outbox", "retry")).ExitCode);
        Assert.Equal(2, (await cli.RunAsync("outbox", "retry", "999")).ExitCode);
        Assert.Equal(2, (await cli.RunAsync("outbox", "retry", "1", "--failed")).ExitCode);
    }

    private void UseSmtp(AiosmtpdServer server)
    {
        cli.Environment["Mail__Delivery"] = "Smtp";
        cli.Environment["Mail__Smtp__Host"] = server.Host;
        cli.Environment["Mail__Smtp__Port"] = server.Port.ToString(CultureInfo.InvariantCulture);
        cli.Environment["Mail__Smtp__Security"] = "None";
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
