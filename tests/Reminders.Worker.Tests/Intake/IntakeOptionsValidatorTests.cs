using Reminders.Worker.Intake;

namespace Reminders.Worker.Tests.Intake;

public sealed class IntakeOptionsValidatorTests
{
    private static readonly IntakeOptionsValidator Validator = new();

    [Fact]
    public void Without_a_host_nothing_is_checked() =>
        Assert.True(Validator.Validate(null, new IntakeOptions { Port = 0 }).Succeeded);

    [Fact]
    public void The_defaults_with_a_host_a_user_and_a_password_are_valid_and_use_tls_on_port_993()
    {
        var options = Valid();

        Assert.True(Validator.Validate(null, options).Succeeded);
        Assert.Equal((ImapSecurity.SslOnConnect, 993), (options.Security, options.Port));
    }

    [Fact]
    public void A_missing_password_is_refused_naming_the_environment_variable()
    {
        var options = Valid();
        options.Password = "";

        var failure = Assert.Single(Validator.Validate(null, options).Failures!);

        Assert.Equal("Mail:Intake:Password (póngalo en la variable de entorno Mail__Intake__Password) es obligatorio cuando Mail:Intake:Auth es Password.", failure);
    }

    [Fact]
    public void Plain_imap_to_a_remote_host_is_refused_but_allowed_on_loopback()
    {
        var remote = Valid();
        remote.Security = ImapSecurity.None;
        var loopback = Valid();
        loopback.Security = ImapSecurity.None;
        loopback.Host = "127.0.0.1";

        Assert.StartsWith("Mail:Intake:Security es None pero Mail:Intake:Host (imap.ejemplo.gov.co) no es local", Assert.Single(Validator.Validate(null, remote).Failures!), StringComparison.Ordinal);
        Assert.True(Validator.Validate(null, loopback).Succeeded);
    }

    [Fact]
    public void The_three_folders_must_differ()
    {
        var options = Valid();
        options.RejectedFolder = "procesados";

        Assert.StartsWith("Mail:Intake:Inbox, ProcessedFolder y RejectedFolder deben ser tres carpetas distintas", Assert.Single(Validator.Validate(null, options).Failures!), StringComparison.Ordinal);
    }

    [Fact]
    public void OAuth2_with_microsoft_needs_the_tenant_the_client_and_a_secret_or_certificate()
    {
        var options = Valid();
        options.Auth = IntakeAuthMode.OAuth2;
        options.Password = "";

        var failures = Validator.Validate(null, options).Failures!.ToList();

        Assert.Equal(
            [
                "Mail:Intake:OAuth2:TenantId es obligatorio cuando Mail:Intake:Auth es OAuth2.",
                "Mail:Intake:OAuth2:ClientId es obligatorio cuando Mail:Intake:Auth es OAuth2.",
                "Mail:Intake:OAuth2:ClientSecret o Mail:Intake:OAuth2:CertificatePath es obligatorio cuando Mail:Intake:Auth es OAuth2.",
            ],
            failures);
    }

    private static IntakeOptions Valid() => new() { Host = "imap.ejemplo.gov.co", UserName = "respuestas@ejemplo.gov.co", Password = "secreto" };
}
