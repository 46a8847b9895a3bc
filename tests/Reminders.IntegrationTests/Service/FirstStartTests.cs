using Reminders.IntegrationTests.Infrastructure;

namespace Reminders.IntegrationTests.Service;

/// <summary>
/// The service's own log: a start line with the configuration and next fire times, a stop line, ISO dates; and the
/// first start over a database that never planned, which says what it will send or (<c>Reminders:CatchUp</c> =
/// <c>Supersede</c>) records it without sending.
/// </summary>
public sealed class FirstStartTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly CliRunner cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public async Task The_first_start_says_what_the_catch_up_will_send_and_the_log_has_a_start_and_a_stop_line()
    {
        var overdueSince = await ConfigureAsync();

        using var service = RemindersProcess.Start(Environment(), "run");
        await Poll.UntilAsync(() => service.Output.Contains("Planeación del ", StringComparison.Ordinal), Timeout, () => service.Transcript);
        await service.TerminateAsync();
        await service.WaitForExitAsync(TimeSpan.FromSeconds(30));

        Assert.True(service.ExitCode == 0, service.Transcript);
        Assert.Matches(@"Primer arranque sobre esta base de datos \(la planeación nunca ha corrido\): la primera planeación, la del \d{4}-\d{2}-\d{2}, enviará [1-9]\d* mensajes \(\d+ resúmenes a oficinas, 0 escalamientos\) con \d+ avisos, incluidos los atrasados desde el " + overdueSince, service.Output);
        Assert.Matches(@"Servicio de recordatorios iniciado: datos .*; base de datos Sqlite; entrega Pickup en .*Schedules:Planning «0/2 \* \* \* \* \?» próxima \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}-05:00; Schedules:Delivery «0 0 3 1 1 \?» próxima \d{4}-01-01T03:00:00-05:00", service.Output);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{2}:\d{2} info: ", service.Output);
        Assert.Contains("Servicio de recordatorios detenido", service.Output, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\d{1,2}/\d{1,2}/\d{4}", service.Output);
        Assert.NotEmpty(cli.PickedUp());
    }

    [Fact]
    public async Task With_catch_up_supersede_the_first_start_records_the_backlog_without_sending_it()
    {
        await ConfigureAsync();

        using var service = RemindersProcess.Start(Environment(("Reminders__CatchUp", "Supersede")), "run");
        await Poll.UntilAsync(() => service.Output.Contains("Planeación del ", StringComparison.Ordinal), Timeout, () => service.Transcript);
        await service.TerminateAsync();
        await service.WaitForExitAsync(TimeSpan.FromSeconds(30));

        Assert.True(service.ExitCode == 0, service.Transcript);
        Assert.Matches(@"Primer arranque sobre esta base de datos con Reminders:CatchUp = Supersede: [1-9]\d* avisos pendientes al \d{4}-\d{2}-\d{2} quedaron registrados como reemplazados", service.Output);
        Assert.Contains(": 0 mensajes planeados (0 avisos nuevos, 0 reemplazados)", service.Output, StringComparison.Ordinal);
        // No reminder goes out; the follow-up report for Control Interno is not a reminder and keeps its own schedule.
        var kinds = (await cli.JsonAsync("outbox", "list")).EnumerateArray().Select(m => m.GetProperty("kind").GetString()).ToList();
        Assert.DoesNotContain("digest", kinds);
        Assert.DoesNotContain("escalation", kinds);
        Assert.Equal(kinds.Count, cli.PickedUp().Count);
        Assert.NotEqual(0, (await cli.JsonAsync("outbox", "list", "--state", "superseded")).GetArrayLength());
    }

    /// <summary>Four offices with an activity each, relative to today (one 5 days overdue); returns that due date.</summary>
    private async Task<string> ConfigureAsync()
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("America/Bogota")).DateTime);
        var (plan, offices) = RelativePlan.Write(cli.DataDirectory, today, 4);
        await cli.SucceedAsync("import", plan);
        await cli.SucceedAsync("offices", "import", offices);
        return today.AddDays(-5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    private Dictionary<string, string> Environment(params (string Key, string Value)[] extra)
    {
        var environment = new Dictionary<string, string>
        {
            ["Paths__DataDirectory"] = cli.DataDirectory,
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["Schedules__Planning"] = "0/2 * * * * ?",
            ["Schedules__Delivery"] = "0 0 3 1 1 ?",
            ["Reminders__Calendar__RunOnNonBusinessDays"] = "true",
        };
        foreach (var (key, value) in extra)
        {
            environment[key] = value;
        }

        return environment;
    }
}
