using Reminders.Worker.Mail;
using Reminders.Worker.Mail.Smtp;

namespace Reminders.IntegrationTests.Smtp;

/// <summary>STARTTLS with a certificate of our own, and password authentication, against the real test server.</summary>
public sealed class SmtpSecurityTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("smtp-tls-");

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public async Task Starttls_succeeds_with_a_self_signed_certificate_trusted_through_the_setting()
    {
        var certificate = TestCertificate.Create(_directory.FullName);
        await using var server = await StartTlsServerAsync(certificate);
        var delivery = SmtpTestDelivery.Create(server, o =>
        {
            o.Security = SmtpSecurity.StartTls;
            o.TrustedCertificatePath = certificate.CertificatePath;
        });

        var results = await delivery.SendAsync([SmtpTestDelivery.Mail(1), SmtpTestDelivery.Mail(2)], Token);

        Assert.All(results, r => Assert.Equal(DeliveryStatus.Sent, r.Result.Status));
        Assert.Equal(2, server.Received().Count);
    }

    [Fact]
    public async Task Starttls_with_an_untrusted_certificate_fails_and_names_the_setting_to_use()
    {
        var certificate = TestCertificate.Create(_directory.FullName);
        await using var server = await StartTlsServerAsync(certificate);
        var delivery = SmtpTestDelivery.Create(server, o => o.Security = SmtpSecurity.StartTls);

        var (failure, reported) = await delivery.SendUnreachableAsync([SmtpTestDelivery.Mail(1), SmtpTestDelivery.Mail(2)], Token);

        Assert.Empty(reported);
        Assert.Contains("certificado", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Mail:Smtp:TrustedCertificatePath", failure.Message, StringComparison.Ordinal);
        Assert.Empty(server.Received());
    }

    [Fact]
    public async Task A_trusted_certificate_issued_for_another_host_name_is_still_refused()
    {
        var certificate = TestCertificate.Create(_directory.FullName, "mail.otra-entidad.test");
        await using var server = await StartTlsServerAsync(certificate);
        var delivery = SmtpTestDelivery.Create(server, o =>
        {
            o.Security = SmtpSecurity.StartTls;
            o.TrustedCertificatePath = certificate.CertificatePath;
        });

        var (failure, reported) = await delivery.SendUnreachableAsync([SmtpTestDelivery.Mail(1)], Token);

        Assert.Empty(reported);
        Assert.Contains("no corresponde al nombre", failure.Message, StringComparison.Ordinal);
        Assert.Empty(server.Received());
    }

    [Fact]
    public async Task Ssl_on_connect_works_with_the_trusted_certificate()
    {
        var certificate = TestCertificate.Create(_directory.FullName);
        await using var server = await AiosmtpdServer.StartAsync(
            new AiosmtpdOptions { TlsCertificatePath = certificate.CertificatePath, TlsKeyPath = certificate.KeyPath, ImplicitTls = true }, Token);
        var delivery = SmtpTestDelivery.Create(server, o =>
        {
            o.Security = SmtpSecurity.SslOnConnect;
            o.TrustedCertificatePath = certificate.CertificatePath;
        });

        var results = await delivery.SendAsync([SmtpTestDelivery.Mail(1)], Token);

        Assert.Equal(DeliveryStatus.Sent, results.Single().Result.Status);
    }

    [Fact]
    public async Task The_right_password_is_accepted_over_starttls()
    {
        var certificate = TestCertificate.Create(_directory.FullName);
        await using var server = await StartTlsServerAsync(certificate, "paac@entidad.gov.co", "s3creta");
        var delivery = SmtpTestDelivery.Create(server, o =>
        {
            o.Security = SmtpSecurity.StartTls;
            o.TrustedCertificatePath = certificate.CertificatePath;
            o.UserName = "paac@entidad.gov.co";
            o.Password = "s3creta";
        });

        var results = await delivery.SendAsync([SmtpTestDelivery.Mail(1)], Token);

        Assert.Equal(DeliveryStatus.Sent, results.Single().Result.Status);
        Assert.Single(server.Received());
    }

    [Fact]
    public async Task A_wrong_password_stops_the_batch_at_once_naming_the_settings_and_reports_no_message()
    {
        var certificate = TestCertificate.Create(_directory.FullName);
        await using var server = await StartTlsServerAsync(certificate, "paac@entidad.gov.co", "s3creta");
        var delivery = SmtpTestDelivery.Create(server, o =>
        {
            o.Security = SmtpSecurity.StartTls;
            o.TrustedCertificatePath = certificate.CertificatePath;
            o.UserName = "paac@entidad.gov.co";
            o.Password = "otra";
        });
        var reported = new List<long>();

        var refused = await Assert.ThrowsAsync<SmtpSessionException>(() => delivery.SendAsync(
            [SmtpTestDelivery.Mail(1), SmtpTestDelivery.Mail(2)],
            (mail, _, _) =>
            {
                reported.Add(mail.Id);
                return Task.CompletedTask;
            },
            Token));

        Assert.Empty(reported);
        Assert.Contains("Mail:Smtp:UserName", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Mail:Smtp:Password", refused.Message, StringComparison.Ordinal);
        Assert.Empty(server.Received());
    }

    [Fact]
    public async Task Without_credentials_a_server_that_requires_them_gives_a_transient_failure()
    {
        await using var server = await AiosmtpdServer.StartAsync(
            new AiosmtpdOptions { AuthUser = "paac@entidad.gov.co", AuthPassword = "s3creta" }, Token);
        var delivery = SmtpTestDelivery.Create(server);

        var results = await delivery.SendAsync([SmtpTestDelivery.Mail(1)], Token);

        Assert.Equal(DeliveryStatus.TransientFailure, results.Single().Result.Status);
        Assert.Empty(server.Received());
    }

    private static Task<AiosmtpdServer> StartTlsServerAsync(TestCertificate certificate, string? user = null, string? password = null) =>
        AiosmtpdServer.StartAsync(
            new AiosmtpdOptions
            {
                TlsCertificatePath = certificate.CertificatePath,
                TlsKeyPath = certificate.KeyPath,
                AuthUser = user,
                AuthPassword = password,
            },
            Token);
}
