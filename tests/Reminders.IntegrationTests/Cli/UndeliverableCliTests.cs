using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Reminders.IntegrationTests.Infrastructure;
using Reminders.IntegrationTests.Smtp;

namespace Reminders.IntegrationTests.Cli;

/// <summary>
/// Issue 7, defect 6: when no mail could be delivered, send-now says so and exits 1 (a scheduled wrapper must see it);
/// a server that cannot be reached and refused credentials stop the delivery naming the settings, without spending the
/// messages' attempts (docs/rules.md §10).
/// </summary>
public sealed class UndeliverableCliTests : IDisposable
{
    private readonly CliRunner cli = new();
    private readonly DirectoryInfo certificates = Directory.CreateTempSubdirectory("smtp-535-");

    public void Dispose()
    {
        cli.Dispose();
        certificates.Delete(recursive: true);
    }

    [Fact]
    public async Task Send_now_exits_1_when_the_mail_server_port_is_closed_and_spends_no_attempt()
    {
        await SampleFiles.ConfigureAsync(cli);
        cli.Environment["Mail__Delivery"] = "Smtp";
        cli.Environment["Mail__Smtp__Host"] = "127.0.0.1";
        cli.Environment["Mail__Smtp__Port"] = ClosedPort().ToString(CultureInfo.InvariantCulture);
        cli.Environment["Mail__Smtp__Security"] = "None";
        cli.Environment["Mail__Smtp__Connections"] = "4";

        var result = await cli.RunAsync("send-now", "--as-of", "2022-01-03");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("Mail:Smtp:Host", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("sin contar un intento", result.Stderr, StringComparison.Ordinal);
        // Said once per session, not once per message.
        Assert.InRange(result.Stderr.Split('\n').Count(l => l.Contains("Connection refused", StringComparison.Ordinal)), 1, 6);
        var messages = (await cli.JsonAsync("outbox", "list")).EnumerateArray().ToList();
        Assert.NotEmpty(messages);
        Assert.All(messages, m => Assert.Equal(("pending", 0), (m.GetProperty("state").GetString(), m.GetProperty("attempts").GetInt32())));

        // Once the server answers, the very next delivery sends them all: nothing was left claimed.
        await using var server = await AiosmtpdServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        cli.Environment["Mail__Smtp__Port"] = server.Port.ToString(CultureInfo.InvariantCulture);
        await cli.SucceedAsync("deliver");
        Assert.Equal(messages.Count, server.Received().Count);
    }

    [Fact]
    public async Task Send_now_exits_1_when_the_pickup_folder_cannot_be_written_and_spends_no_attempt()
    {
        await SampleFiles.ConfigureAsync(cli);
        // A file where the folder should be: no folder can be made there, even by root.
        var occupied = Path.Combine(cli.DataDirectory, "ocupado");
        await File.WriteAllTextAsync(occupied, "un archivo donde debería estar la carpeta", TestContext.Current.CancellationToken);
        cli.Environment["Mail__PickupDirectory"] = Path.Combine(occupied, "salida");

        var result = await cli.RunAsync("send-now", "--as-of", "2022-01-03");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("Mail:PickupDirectory", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("sin contar un intento", result.Stderr, StringComparison.Ordinal);
        var messages = (await cli.JsonAsync("outbox", "list")).EnumerateArray().ToList();
        Assert.NotEmpty(messages);
        Assert.All(messages, m => Assert.Equal(("pending", 0), (m.GetProperty("state").GetString(), m.GetProperty("attempts").GetInt32())));

        // Once the folder can be written, the very next delivery writes them all: nothing was left claimed.
        cli.Environment.Remove("Mail__PickupDirectory");
        await cli.SucceedAsync("deliver");
        Assert.Equal(messages.Count, cli.PickedUp().Count);
    }

    [Fact]
    public async Task Send_now_exits_1_when_the_mail_server_answers_421_to_every_message()
    {
        await SampleFiles.ConfigureAsync(cli);
        await using var server = await AiosmtpdServer.StartAsync(
            new AiosmtpdOptions { ReplyToMail = "421 4.3.2 Servicio no disponible" }, TestContext.Current.CancellationToken);
        cli.Environment["Mail__Delivery"] = "Smtp";
        cli.Environment["Mail__Smtp__Host"] = server.Host;
        cli.Environment["Mail__Smtp__Port"] = server.Port.ToString(CultureInfo.InvariantCulture);
        cli.Environment["Mail__Smtp__Security"] = "None";

        var result = await cli.RunAsync("send-now", "--as-of", "2022-01-03");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("entregados 0", result.Stdout, StringComparison.Ordinal);
        Assert.Empty(server.Received());
        var messages = (await cli.JsonAsync("outbox", "list")).EnumerateArray().ToList();
        Assert.NotEmpty(messages);
        Assert.All(messages, m => Assert.Equal("pending", m.GetProperty("state").GetString()));
        Assert.All(messages, m => Assert.Contains("421", m.GetProperty("error").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Send_now_stops_at_a_535_naming_the_user_name_setting_and_spends_no_attempt()
    {
        await SampleFiles.ConfigureAsync(cli);
        var certificate = TestCertificate.Create(certificates.FullName);
        await using var server = await AiosmtpdServer.StartAsync(
            new AiosmtpdOptions
            {
                TlsCertificatePath = certificate.CertificatePath, TlsKeyPath = certificate.KeyPath,
                AuthUser = "paac@ejemplo.gov.co", AuthPassword = "s3creta",
            },
            TestContext.Current.CancellationToken);
        cli.Environment["Mail__Delivery"] = "Smtp";
        cli.Environment["Mail__Smtp__Host"] = server.Host;
        cli.Environment["Mail__Smtp__Port"] = server.Port.ToString(CultureInfo.InvariantCulture);
        cli.Environment["Mail__Smtp__Security"] = "StartTls";
        cli.Environment["Mail__Smtp__TrustedCertificatePath"] = certificate.CertificatePath;
        cli.Environment["Mail__Smtp__UserName"] = "paac@ejemplo.gov.co";
        cli.Environment["Mail__Smtp__Password"] = "equivocada";

        var result = await cli.RunAsync("send-now", "--as-of", "2022-01-03");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("Mail:Smtp:UserName", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("equivocada", result.Stderr + result.Stdout, StringComparison.Ordinal);
        Assert.Empty(server.Received());
        var messages = (await cli.JsonAsync("outbox", "list")).EnumerateArray().ToList();
        Assert.NotEmpty(messages);
        Assert.All(messages, m => Assert.Equal(("pending", 0), (m.GetProperty("state").GetString(), m.GetProperty("attempts").GetInt32())));

        // Once the password is fixed, the very next run delivers them: nothing was left claimed.
        cli.Environment["Mail__Smtp__Password"] = "s3creta";
        await cli.SucceedAsync("send-now", "--as-of", "2022-01-03");
        Assert.Equal(messages.Count, server.Received().Count);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
