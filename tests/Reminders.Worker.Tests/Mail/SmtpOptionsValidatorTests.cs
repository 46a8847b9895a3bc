using Reminders.Worker.Mail;
using Reminders.Worker.Mail.Smtp;

namespace Reminders.Worker.Tests.Mail;

public sealed class SmtpOptionsValidatorTests
{
    private static MailOptions Smtp(Action<SmtpOptions>? configure = null)
    {
        var options = new MailOptions
        {
            Delivery = MailDeliveryKind.Smtp,
            From = "PAAC <paac@entidad.gov.co>",
            Smtp = new SmtpOptions { Host = "smtp.office365.com" },
        };
        configure?.Invoke(options.Smtp);
        return options;
    }

    private static List<string> Errors(MailOptions options) =>
        new SmtpOptionsValidator().Validate(null, options).Failures?.ToList() ?? [];

    [Fact]
    public void Pickup_delivery_needs_no_smtp_settings()
    {
        Assert.Empty(Errors(new MailOptions()));
    }

    [Fact]
    public void A_complete_starttls_configuration_is_valid()
    {
        Assert.Empty(Errors(Smtp(o => { o.UserName = "paac@entidad.gov.co"; o.Password = "x"; })));
    }

    [Fact]
    public void Smtp_delivery_without_a_host_is_refused_naming_the_setting()
    {
        var error = Assert.Single(Errors(Smtp(o => o.Host = "")));

        Assert.Equal("Mail:Smtp:Host es obligatorio cuando Mail:Delivery es Smtp.", error);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(70000)]
    public void A_port_out_of_range_is_refused(int port)
    {
        Assert.Contains(Errors(Smtp(o => o.Port = port)), e => e.StartsWith("Mail:Smtp:Port", StringComparison.Ordinal));
    }

    [Fact]
    public void No_encryption_to_a_remote_host_is_refused_without_the_opt_in()
    {
        var error = Assert.Single(Errors(Smtp(o => o.Security = SmtpSecurity.None)));

        Assert.Contains("Mail:Smtp:AllowInsecure", error, StringComparison.Ordinal);
    }

    [Fact]
    public void No_encryption_to_a_remote_host_is_allowed_with_the_opt_in()
    {
        Assert.Empty(Errors(Smtp(o => { o.Security = SmtpSecurity.None; o.AllowInsecure = true; })));
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("127.8.9.10")]
    [InlineData("::1")]
    [InlineData("[::1]")]
    public void No_encryption_to_a_loopback_host_is_allowed(string host)
    {
        Assert.Empty(Errors(Smtp(o => { o.Host = host; o.Security = SmtpSecurity.None; })));
    }

    [Fact]
    public void A_user_name_without_a_password_is_refused()
    {
        Assert.Contains(Errors(Smtp(o => o.UserName = "paac@entidad.gov.co")), e => e.StartsWith("Mail:Smtp:Password", StringComparison.Ordinal));
    }

    [Fact]
    public void Microsoft_oauth2_needs_tenant_client_and_a_secret_or_certificate()
    {
        var errors = Errors(Smtp(o => { o.Auth = SmtpAuthMode.OAuth2; o.UserName = "paac@entidad.gov.co"; }));

        Assert.Contains(errors, e => e.StartsWith("Mail:Smtp:OAuth2:TenantId", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Mail:Smtp:OAuth2:ClientId", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Mail:Smtp:OAuth2:ClientSecret o Mail:Smtp:OAuth2:CertificatePath", StringComparison.Ordinal));
    }

    [Fact]
    public void A_complete_microsoft_oauth2_configuration_is_valid()
    {
        Assert.Empty(Errors(Smtp(o =>
        {
            o.Auth = SmtpAuthMode.OAuth2;
            o.UserName = "paac@entidad.gov.co";
            o.OAuth2 = new OAuth2Options { TenantId = "entidad.gov.co", ClientId = "id", ClientSecret = "s" };
        })));
    }

    [Fact]
    public void Google_oauth2_needs_the_service_account_key_file()
    {
        var errors = Errors(Smtp(o =>
        {
            o.Auth = SmtpAuthMode.OAuth2;
            o.UserName = "paac@entidad.gov.co";
            o.OAuth2 = new OAuth2Options { Provider = OAuth2Provider.Google };
        }));

        Assert.Contains(errors, e => e.StartsWith("Mail:Smtp:OAuth2:CertificatePath", StringComparison.Ordinal));
    }

    [Fact]
    public void A_trusted_certificate_file_that_does_not_exist_is_refused()
    {
        var errors = Errors(Smtp(o => o.TrustedCertificatePath = "/nonexistent/ca.crt"));

        Assert.Contains(errors, e => e.StartsWith("Mail:Smtp:TrustedCertificatePath", StringComparison.Ordinal));
    }
}
