using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.DependencyInjection;
using Reminders.Worker.Mail;
using Reminders.Worker.Mail.Pickup;
using Reminders.Worker.Mail.Smtp;
using Reminders.Worker.Tests.Mail;

namespace Reminders.Worker.Tests;

public sealed class AppHostTests : IDisposable
{
    private readonly TempDirectory data = new();

    private ServiceProvider Build(Dictionary<string, string?> settings)
    {
        settings["Paths:DataDirectory"] = data.Path;
        settings["Mail:From"] = "PAAC <paac@entidad.gov.co>";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        AppHost.AddServices(services, configuration);
        return services.BuildServiceProvider();
    }

    [Fact]
    public void Pickup_delivery_serves_unless_smtp_is_chosen()
    {
        using var provider = Build([]);

        Assert.IsType<PickupDelivery>(provider.GetRequiredService<IMailDelivery>());
    }

    [Fact]
    public void Smtp_delivery_serves_when_chosen_in_the_mail_section()
    {
        using var provider = Build(new() { ["Mail:Delivery"] = "Smtp", ["Mail:Smtp:Host"] = "smtp.office365.com" });

        Assert.IsType<SmtpDelivery>(provider.GetRequiredService<IMailDelivery>());
    }

    [Fact]
    public void A_command_reads_its_json_configuration_without_watching_the_files()
    {
        var builder = AppHost.CreateBuilder(forCommand: true);

        var json = builder.Configuration.Sources.OfType<JsonConfigurationSource>().ToList();
        Assert.NotEmpty(json);
        Assert.All(json, source => Assert.False(source.ReloadOnChange));
    }

    [Fact]
    public void The_service_reloads_its_json_configuration_when_the_files_change()
    {
        var builder = AppHost.CreateBuilder();

        var json = builder.Configuration.Sources.OfType<JsonConfigurationSource>().ToList();
        Assert.NotEmpty(json);
        Assert.All(json, source => Assert.True(source.ReloadOnChange));
    }

    public void Dispose() => data.Dispose();
}
