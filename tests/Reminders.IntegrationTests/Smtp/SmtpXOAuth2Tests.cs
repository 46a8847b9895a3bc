using Reminders.Worker.Mail;
using Reminders.Worker.Mail.Smtp.OAuth;

namespace Reminders.IntegrationTests.Smtp;

/// <summary>
/// XOAUTH2 end to end: MSAL gets a token from a local token endpoint (client credentials), and the test SMTP
/// server accepts exactly that token.
/// </summary>
public sealed class SmtpXOAuth2Tests
{
    private const string User = "paac@entidad.gov.co";
    private const string ClientId = "11111111-2222-3333-4444-555555555555";
    private const string Secret = "secreto-de-la-aplicacion";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_token_issued_by_the_token_endpoint_is_accepted_by_the_server()
    {
        await using var endpoint = new FakeTokenEndpoint(ClientId, Secret);
        await using var server = await AiosmtpdServer.StartAsync(new AiosmtpdOptions { AuthUser = User, XOAuth2Token = endpoint.IssuedToken }, Token);
        var delivery = SmtpTestDelivery.Create(server, OAuth2, TokenSource(endpoint, Secret));

        var results = await delivery.SendAsync([SmtpTestDelivery.Mail(1), SmtpTestDelivery.Mail(2)], Token);

        Assert.All(results, r => Assert.Equal(DeliveryStatus.Sent, r.Result.Status));
        Assert.Equal(2, server.Received().Count);
        var tokenRequest = Assert.Single(endpoint.Requests, r => r.Request.EndsWith("/token", StringComparison.Ordinal));
        Assert.Equal("client_credentials", tokenRequest.Form["grant_type"]);
        Assert.Contains("https://outlook.office365.com/.default", tokenRequest.Form["scope"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_the_server_does_not_accept_ends_the_delivery_with_no_message_reported()
    {
        await using var endpoint = new FakeTokenEndpoint(ClientId, Secret);
        await using var server = await AiosmtpdServer.StartAsync(new AiosmtpdOptions { AuthUser = User, XOAuth2Token = "otro-token" }, Token);
        var delivery = SmtpTestDelivery.Create(server, OAuth2, TokenSource(endpoint, Secret));

        var (failure, reported) = await delivery.SendUnreachableAsync([SmtpTestDelivery.Mail(1)], Token);

        Assert.Empty(reported);
        Assert.Contains("rechazó el inicio de sesión", failure.Message, StringComparison.Ordinal);
        Assert.Empty(server.Received());
    }

    [Fact]
    public async Task A_wrong_client_secret_is_reported_as_a_token_failure_naming_the_settings()
    {
        await using var endpoint = new FakeTokenEndpoint(ClientId, Secret);
        await using var server = await AiosmtpdServer.StartAsync(new AiosmtpdOptions { AuthUser = User, XOAuth2Token = endpoint.IssuedToken }, Token);
        var delivery = SmtpTestDelivery.Create(server, OAuth2, TokenSource(endpoint, "secreto-equivocado"));

        var (failure, reported) = await delivery.SendUnreachableAsync([SmtpTestDelivery.Mail(1)], Token);

        Assert.Empty(reported);
        Assert.Contains("Mail:Smtp:OAuth2", failure.Message, StringComparison.Ordinal);
        Assert.Empty(server.Received());
    }

    private static void OAuth2(SmtpOptions options)
    {
        options.Auth = SmtpAuthMode.OAuth2;
        options.UserName = User;
    }

    private static MicrosoftTokenSource TokenSource(FakeTokenEndpoint endpoint, string secret) =>
        new(
            new OAuth2Options
            {
                Provider = OAuth2Provider.Microsoft,
                ClientId = ClientId,
                ClientSecret = secret,
                Authority = "https://login.reminders.test/entidad.gov.co/",
            },
            new LoopbackMsalHttpClientFactory(endpoint.BaseAddress));
}
