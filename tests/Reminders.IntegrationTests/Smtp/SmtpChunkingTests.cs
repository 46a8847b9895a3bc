using System.Globalization;
using System.Text;
using Reminders.Worker.Mail;

namespace Reminders.IntegrationTests.Smtp;

/// <summary>
/// A server that offers CHUNKING (RFC 3030) gets each message by <c>BDAT</c>: the exact bytes of the declared size, with no
/// dot-stuffing, so a wrong size or a doubled dot would show in what it saves. The test server (aiosmtpd with
/// <c>--chunking</c>) takes BDAT as RFC 3030 says and records which command carried each message.
/// </summary>
public sealed class SmtpChunkingTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_server_offering_chunking_gets_a_stored_message_by_bdat_as_its_stored_bytes_and_its_exact_size(bool eightBit)
    {
        await using var server = await AiosmtpdServer.StartAsync(new AiosmtpdOptions { Chunking = true }, Token);
        var delivery = SmtpTestDelivery.Create(server);
        var (mail, onTheWire) = SmtpTestDelivery.Stored(1, eightBit: eightBit);

        var results = await delivery.SendAsync([mail], Token);

        Assert.Equal(DeliveryStatus.Sent, results.Single().Result.Status);
        var received = Assert.Single(server.Received());
        Assert.Equal("BDAT", received.Command);
        Assert.Equal(Encoding.UTF8.GetString(onTheWire), Encoding.UTF8.GetString(received.Raw));
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"SIZE={onTheWire.Length}"), received.MailOptions);
    }

    [Fact]
    public async Task A_server_without_chunking_still_gets_data()
    {
        await using var server = await AiosmtpdServer.StartAsync(cancellationToken: Token);
        var delivery = SmtpTestDelivery.Create(server);
        var (mail, onTheWire) = SmtpTestDelivery.Stored(2);

        var results = await delivery.SendAsync([mail], Token);

        Assert.Equal(DeliveryStatus.Sent, results.Single().Result.Status);
        var received = Assert.Single(server.Received());
        Assert.Equal("DATA", received.Command);
        Assert.Equal(onTheWire, received.Raw);
    }

    [Fact]
    public async Task A_message_mailkit_formats_itself_arrives_intact_by_bdat()
    {
        await using var server = await AiosmtpdServer.StartAsync(new AiosmtpdOptions { Chunking = true }, Token);
        var delivery = SmtpTestDelivery.Create(server);
        var mail = SmtpTestDelivery.Mail(3);

        var results = await delivery.SendAsync([mail], Token);

        Assert.Equal(DeliveryStatus.Sent, results.Single().Result.Status);
        var received = Assert.Single(server.Received());
        Assert.Equal("BDAT", received.Command);
        Assert.Equal(mail.Message.TextBody, received.Parse().TextBody);
    }

    [Fact]
    public async Task Over_four_connections_every_stored_message_arrives_once_by_bdat_with_its_stored_bytes()
    {
        await using var server = await AiosmtpdServer.StartAsync(new AiosmtpdOptions { Chunking = true }, Token);
        var delivery = SmtpTestDelivery.Create(server, o => o.Connections = 4);
        var stored = Enumerable.Range(1, 24).Select(i => SmtpTestDelivery.Stored(i, eightBit: i % 2 == 0)).ToList();

        var results = await delivery.SendAsync([.. stored.Select(s => s.Mail)], Token);

        Assert.All(results, r => Assert.Equal(DeliveryStatus.Sent, r.Result.Status));
        var received = server.Received();
        Assert.All(received, m => Assert.Equal("BDAT", m.Command));
        Assert.Equal(
            stored.Select(s => Encoding.UTF8.GetString(s.OnTheWire)).Order(StringComparer.Ordinal),
            received.Select(m => Encoding.UTF8.GetString(m.Raw)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_451_to_the_last_chunk_is_transient_and_the_retry_arrives_once_with_the_same_bytes()
    {
        await using var server = await AiosmtpdServer.StartAsync(new AiosmtpdOptions { Chunking = true, FailFirstData = "451 4.3.0 Try again later" }, Token);
        var delivery = SmtpTestDelivery.Create(server);
        var (mail, onTheWire) = SmtpTestDelivery.Stored(4);

        var first = await delivery.SendAsync([mail], Token);
        var second = await delivery.SendAsync([mail], Token);

        Assert.Equal(DeliveryStatus.TransientFailure, first.Single().Result.Status);
        Assert.StartsWith("451 4.3.0", first.Single().Result.Reply, StringComparison.Ordinal);
        Assert.Equal(DeliveryStatus.Sent, second.Single().Result.Status);
        var received = Assert.Single(server.Received());
        Assert.Equal("BDAT", received.Command);
        Assert.Equal(onTheWire, received.Raw);
    }
}
