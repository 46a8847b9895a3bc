using System.Net;
using System.Net.Sockets;
using Reminders.IntegrationTests.Infrastructure;
using Reminders.IntegrationTests.Smtp;

namespace Reminders.IntegrationTests.Service;

/// <summary><c>reminders check-config</c> run as a process: its checklist and exit codes.</summary>
public sealed class CheckConfigTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly string _data = TempDirectory.Create();

    public void Dispose() => TempDirectory.Delete(_data);

    [Fact]
    public async Task The_shipped_configuration_checks_out_and_sends_a_test_message_to_the_pickup_folder()
    {
        using var check = await RemindersProcess.RunAsync(Environment(), Timeout, "check-config", "--send-test-to", "prueba@ejemplo.gov.co");

        Assert.True(check.ExitCode == 0, check.Transcript);
        Assert.Contains("✔ Base de datos (Sqlite)", check.Output, StringComparison.Ordinal);
        Assert.Contains("✔ Mensaje de prueba enviado a prueba@ejemplo.gov.co", check.Output, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(Path.Combine(_data, "outbox"), "*.eml"));
    }

    [Fact]
    public async Task Every_invalid_setting_is_listed_with_exit_code_2()
    {
        using var check = await RemindersProcess.RunAsync(
            Environment(("Schedules__Delivery", "cada cinco minutos"), ("Reminders__TimeZone", "Marte/Olympus"), ("Mail__Delivery", "Smtp")),
            Timeout, "check-config");

        Assert.Equal(2, check.ExitCode);
        Assert.Contains("✘ Schedules:Delivery", check.Output, StringComparison.Ordinal);
        Assert.Contains("Reminders:TimeZone", check.Output, StringComparison.Ordinal);
        Assert.Contains("Mail:Smtp:Host", check.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_misspelt_setting_is_named_with_the_nearest_known_one_and_exit_code_2_by_check_config_a_command_and_the_service()
    {
        var environment = Environment(("Mail__RateLimitPerMinut", "5"));

        using var check = await RemindersProcess.RunAsync(environment, Timeout, "check-config");
        using var list = await RemindersProcess.RunAsync(environment, Timeout, "offices", "list");
        using var service = await RemindersProcess.RunAsync(environment, Timeout, "run");

        foreach (var run in new[] { check, list, service })
        {
            Assert.True(run.ExitCode == 2, run.Transcript);
            Assert.Contains("✘ Mail:RateLimitPerMinut no es un ajuste conocido y no se usa: revise cómo está escrito. ¿Quiso decir «RateLimitPerMinute»?", run.Transcript, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Clustering_asked_for_on_SQLite_is_refused_with_exit_code_2()
    {
        using var check = await RemindersProcess.RunAsync(Environment(("Cluster__Enabled", "true"), ("Database__Provider", "Sqlite")), Timeout, "check-config");

        Assert.Equal(2, check.ExitCode);
        Assert.Contains("✘ Cluster:Enabled es true, pero Database:Provider es Sqlite", check.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_smtp_server_that_accepts_the_login_is_checked()
    {
        await using var smtp = await AiosmtpdServer.StartAsync(
            new AiosmtpdOptions { AuthUser = "paac", AuthPassword = "secreto" }, TestContext.Current.CancellationToken);

        using var check = await RemindersProcess.RunAsync(Environment(
            ("Mail__Delivery", "Smtp"), ("Mail__Smtp__Host", smtp.Host), ("Mail__Smtp__Port", Port(smtp.Port)), ("Mail__Smtp__Security", "None"),
            ("Mail__Smtp__UserName", "paac"), ("Mail__Smtp__Password", "secreto")), Timeout, "check-config", "--send-test-to", "prueba@ejemplo.gov.co");

        Assert.True(check.ExitCode == 0, check.Transcript);
        Assert.Contains("✔ Servidor SMTP", check.Output, StringComparison.Ordinal);
        Assert.Single(smtp.Received());
    }

    [Fact]
    public async Task An_unreachable_smtp_server_fails_the_check_with_exit_code_1()
    {
        using var check = await RemindersProcess.RunAsync(Environment(
            ("Mail__Delivery", "Smtp"), ("Mail__Smtp__Host", "127.0.0.1"), ("Mail__Smtp__Port", Port(ClosedPort())), ("Mail__Smtp__Security", "None"),
            ("Mail__Smtp__TimeoutSeconds", "5")), Timeout, "check-config");

        Assert.True(check.ExitCode == 1, check.Transcript);
        Assert.Contains("✘ Servidor SMTP 127.0.0.1", check.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_database_is_one_spanish_line_naming_the_setting_for_check_config_a_command_and_the_service()
    {
        var environment = Environment(
            ("Database__Provider", "Postgres"), ("Database__ConnectionString", $"Host=127.0.0.1;Port={Port(ClosedPort())};Username=paac;Password=x;Timeout=5"));

        const string Line = "Base de datos (Database:Provider = Postgres): no se pudo conectar con el servidor PostgreSQL (";
        using var check = await RemindersProcess.RunAsync(environment, Timeout, "check-config");
        using var list = await RemindersProcess.RunAsync(environment, Timeout, "offices", "list");
        using var service = await RemindersProcess.RunAsync(environment, Timeout, "run");

        Assert.True(service.ExitCode == 1, service.Transcript);
        Assert.Equal("El servicio no pudo arrancar: " + Line, service.Errors[..("El servicio no pudo arrancar: " + Line).Length]);
        Assert.True(check.ExitCode == 1, check.Transcript);
        Assert.True(list.ExitCode == 1, list.Transcript);
        Assert.Contains("✘ " + Line, check.Output, StringComparison.Ordinal);
        Assert.StartsWith("Error: " + Line, list.Errors, StringComparison.Ordinal);
        Assert.Single(list.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        foreach (var transcript in new[] { check.Transcript, list.Transcript, service.Transcript })
        {
            Assert.DoesNotContain("   at ", transcript, StringComparison.Ordinal);
            Assert.DoesNotContain("()", transcript, StringComparison.Ordinal);
            Assert.DoesNotContain("..", transcript, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("Paths__DataDirectory")]
    [InlineData("Database__ConnectionString")]
    public async Task A_data_folder_that_cannot_be_made_is_one_spanish_line_naming_the_setting_for_check_config_a_command_and_the_service(string setting)
    {
        // A regular file where a folder should be: no folder can be made under it, even by root.
        var occupied = Path.Combine(_data, "ocupado");
        await File.WriteAllTextAsync(occupied, "un archivo donde debería estar una carpeta", TestContext.Current.CancellationToken);
        var folder = Path.Combine(occupied, "datos");
        var environment = setting == "Paths__DataDirectory"
            ? Environment(("Paths__DataDirectory", folder))
            : Environment(("Database__ConnectionString", $"Data Source={Path.Combine(folder, "reminders.db")}"));
        var named = setting == "Paths__DataDirectory" ? "Paths:DataDirectory" : "Database:ConnectionString";

        using var check = await RemindersProcess.RunAsync(environment, Timeout, "check-config");
        using var list = await RemindersProcess.RunAsync(environment, Timeout, "offices", "list");
        using var service = await RemindersProcess.RunAsync(environment, Timeout, "run");

        Assert.True(check.ExitCode == 1, check.Transcript);
        Assert.True(list.ExitCode == 1, list.Transcript);
        Assert.True(service.ExitCode == 1, service.Transcript);
        Assert.Contains("✘ ", check.Output, StringComparison.Ordinal);
        Assert.StartsWith("Error: Base de datos", list.Errors, StringComparison.Ordinal);
        Assert.StartsWith("El servicio no pudo arrancar: Base de datos", service.Errors, StringComparison.Ordinal);
        foreach (var transcript in new[] { check.Transcript, list.Transcript, service.Transcript })
        {
            Assert.Contains(named, transcript, StringComparison.Ordinal);
            Assert.Contains(folder, transcript, StringComparison.Ordinal);
            Assert.DoesNotContain("Error inesperado", transcript, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", transcript, StringComparison.Ordinal);
        }

        Assert.Single(list.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task The_shipped_example_addresses_are_warned_about_without_failing_the_check()
    {
        using var check = await RemindersProcess.RunAsync(Environment(), Timeout, "check-config");

        Assert.True(check.ExitCode == 0, check.Transcript);
        Assert.Contains("⚠ Mail:From sigue siendo la dirección de ejemplo «PAAC <paac@ejemplo.gov.co>»", check.Output, StringComparison.Ordinal);
        Assert.Contains("⚠ Reminders:Roles:Coordinator sigue siendo la dirección de ejemplo «planeacion@ejemplo.gov.co»", check.Output, StringComparison.Ordinal);
        Assert.Matches(@"✔ Schedules:Planning «0 0 7 \? \* MON-FRI»: próxima ejecución \d{4}-\d{2}-\d{2} 07:00 \(America/Bogota\)\.", check.Output);
    }

    private Dictionary<string, string> Environment(params (string Key, string Value)[] settings)
    {
        var environment = new Dictionary<string, string> { ["Paths__DataDirectory"] = _data };
        foreach (var (key, value) in settings)
        {
            environment[key] = value;
        }

        return environment;
    }

    private static string Port(int port) => port.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
