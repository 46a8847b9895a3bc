using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Reminders.Worker.Mail;
using Reminders.Worker.Mail.Smtp;
using Reminders.Worker.Mail.Smtp.OAuth;

namespace Reminders.Worker.Tests.Mail;

public sealed class SmtpServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddSmtpDelivery(configuration).BuildServiceProvider();
    }

    [Fact]
    public void Smtp_delivery_is_registered_and_bound_from_the_mail_section()
    {
        using var provider = Build(new()
        {
            ["Mail:Delivery"] = "Smtp",
            ["Mail:From"] = "PAAC <paac@entidad.gov.co>",
            ["Mail:RateLimitPerMinute"] = "10",
            ["Mail:Smtp:Host"] = "smtp.office365.com",
            ["Mail:Smtp:Security"] = "StartTls",
        });

        Assert.NotNull(provider.GetRequiredService<SmtpDelivery>());
        var options = provider.GetRequiredService<IOptions<MailOptions>>().Value;
        Assert.Equal(10, options.RateLimitPerMinute);
        Assert.Equal(587, options.Smtp.Port);
        Assert.Null(SmtpServiceCollectionExtensions.TokenSource(options));
    }

    [Fact]
    public void Registering_chooses_no_delivery_and_pickup_is_the_default()
    {
        using var provider = Build(new() { ["Mail:From"] = "PAAC <paac@entidad.gov.co>" });

        Assert.Null(provider.GetService<IMailDelivery>());
        Assert.Equal(MailDeliveryKind.Pickup, provider.GetRequiredService<IOptions<MailOptions>>().Value.Delivery);
    }

    [Fact]
    public void OAuth2_registers_the_token_source_of_the_chosen_provider()
    {
        using var provider = Build(new()
        {
            ["Mail:Delivery"] = "Smtp",
            ["Mail:From"] = "paac@entidad.gov.co",
            ["Mail:Smtp:Host"] = "smtp.office365.com",
            ["Mail:Smtp:Auth"] = "OAuth2",
            ["Mail:Smtp:UserName"] = "paac@entidad.gov.co",
            ["Mail:Smtp:OAuth2:TenantId"] = "entidad.gov.co",
            ["Mail:Smtp:OAuth2:ClientId"] = "id",
            ["Mail:Smtp:OAuth2:ClientSecret"] = "secret",
        });

        Assert.IsType<MicrosoftTokenSource>(SmtpServiceCollectionExtensions.TokenSource(provider.GetRequiredService<IOptions<MailOptions>>().Value));
    }

    [Fact]
    public void An_invalid_smtp_configuration_fails_with_the_spanish_message()
    {
        using var provider = Build(new() { ["Mail:Delivery"] = "Smtp", ["Mail:From"] = "paac@entidad.gov.co" });

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<MailOptions>>().Value);

        Assert.Contains("Mail:Smtp:Host es obligatorio cuando Mail:Delivery es Smtp.", failure.Failures);
    }
}
