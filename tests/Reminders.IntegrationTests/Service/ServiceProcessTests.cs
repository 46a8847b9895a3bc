using System.Text.Json;
using Reminders.IntegrationTests.Infrastructure;
using Reminders.IntegrationTests.Smtp;

namespace Reminders.IntegrationTests.Service;

/// <summary>
/// The service as an administrator runs it: a separate <c>reminders</c> process, the real scheduler, pickup delivery
/// or a real SMTP server, stopped with SIGTERM in the middle of a batch and started again.
/// </summary>
public sealed class ServiceProcessTests : IDisposable
{
    private const int Offices = 40;
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(60);
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
    private readonly string _data = TempDirectory.Create();

    // The processes run with their clock started at 08:00 in Bogotá on this day (Clock:StartAt), whatever the wall clock says.
    private static readonly DateOnly Today = new(2022, 3, 1);

    public void Dispose() => TempDirectory.Delete(_data);

    [Fact]
    public async Task A_service_stopped_mid_batch_and_restarted_sends_every_notification_exactly_once()
    {
        await using var smtp = await AiosmtpdServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        var (plan, offices) = RelativePlan.Write(_data, Today, Offices);
        await CommandAsync(Environment(smtp), "import", plan);
        await CommandAsync(Environment(smtp), "offices", "import", offices);

        // First run: 5 messages a minute, so the batch is still going when SIGTERM arrives.
        using (var service = RemindersProcess.Start(Environment(smtp, ("Mail__RateLimitPerMinute", "5")), "run"))
        {
            await Poll.UntilAsync(() => smtp.Received().Count >= 5, TimeSpan.FromSeconds(60), () => $"5 messages at the SMTP server\n{service.Transcript}");
            await service.TerminateAsync();
            await service.WaitForExitAsync(TimeSpan.FromSeconds(30));
            Assert.True(service.ExitCode == 0, $"exit code {service.ExitCode}\n{service.Transcript}");
        }

        var afterStop = await OutboxAsync(smtp);
        var total = afterStop.Count;
        Assert.True(smtp.Received().Count < total, $"the stop was not in the middle of the batch: {smtp.Received().Count} of {total} sent");
        Assert.Equal(smtp.Received().Count, afterStop.Count(m => m.State == "sent"));
        Assert.All(afterStop.Where(m => m.State != "sent"), m => Assert.Equal("pending", m.State));

        // Second run, no rate limit: it plans again (nothing new) and delivers the rest.
        using (var service = RemindersProcess.Start(Environment(smtp, ("Mail__RateLimitPerMinute", "0")), "run"))
        {
            await Poll.UntilAsync(() => smtp.Received().Count >= total, TimeSpan.FromSeconds(60), () => $"{total} messages at the SMTP server\n{service.Transcript}");
            await service.TerminateAsync();
            await service.WaitForExitAsync(TimeSpan.FromSeconds(30));
            Assert.True(service.ExitCode == 0, $"exit code {service.ExitCode}\n{service.Transcript}");
        }

        var final = await OutboxAsync(smtp);
        Assert.Equal(total, final.Count);
        Assert.All(final, m => Assert.Equal("sent", m.State));
        Assert.Equal(final.Count, final.Select(m => (m.Kind, m.Office, string.Join(",", m.To))).Distinct().Count());
        Assert.Contains(final, m => m.Kind == "digest" && m.Office == RelativePlan.Office(Offices));

        var received = smtp.Received();
        Assert.Equal(total, received.Count);
        Assert.Equal(total, received.Select(r => r.Parse().MessageId).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task With_pickup_delivery_a_service_stopped_mid_batch_and_restarted_writes_each_message_once()
    {
        var (plan, offices) = RelativePlan.Write(_data, Today, Offices);
        await CommandAsync(Environment(null), "import", plan);
        await CommandAsync(Environment(null), "offices", "import", offices);
        var pickup = Path.Combine(_data, "outbox");
        int Written() => Directory.Exists(pickup) ? Directory.GetFiles(pickup, "*.eml").Length : 0;

        // First run: 5 messages a minute, so the batch is still going when SIGTERM arrives.
        using (var service = RemindersProcess.Start(Environment(null, ("Mail__RateLimitPerMinute", "5")), "run"))
        {
            await Poll.UntilAsync(() => Written() >= 5, TimeSpan.FromSeconds(60), () => $"5 .eml files\n{service.Transcript}");
            await service.TerminateAsync();
            await service.WaitForExitAsync(TimeSpan.FromSeconds(30));
            Assert.True(service.ExitCode == 0, $"exit code {service.ExitCode}\n{service.Transcript}");
        }

        var afterStop = await OutboxAsync(null);
        var total = afterStop.Count;
        Assert.True(Written() < total, $"the stop was not in the middle of the batch: {Written()} of {total} written");
        Assert.Equal(Written(), afterStop.Count(m => m.State == "sent"));
        Assert.All(afterStop.Where(m => m.State != "sent"), m => Assert.Equal("pending", m.State));
        Assert.All(Directory.GetFiles(pickup), f => Assert.EndsWith(".eml", f, StringComparison.Ordinal));

        // Second run, no rate limit: it plans again (nothing new) and writes the rest.
        using (var service = RemindersProcess.Start(Environment(null, ("Mail__RateLimitPerMinute", "0")), "run"))
        {
            await Poll.UntilAsync(() => Written() >= total, TimeSpan.FromSeconds(60), () => $"{total} .eml files\n{service.Transcript}");
            await service.TerminateAsync();
            await service.WaitForExitAsync(TimeSpan.FromSeconds(30));
            Assert.True(service.ExitCode == 0, $"exit code {service.ExitCode}\n{service.Transcript}");
        }

        var final = await OutboxAsync(null);
        Assert.Equal(total, final.Count);
        Assert.All(final, m => Assert.Equal("sent", m.State));
        Assert.Equal(final.Count, final.Select(m => (m.Kind, m.Office, string.Join(",", m.To))).Distinct().Count());
        Assert.Equal(
            final.Select(m => $"{m.Id}.eml").Order(StringComparer.Ordinal),
            Directory.GetFiles(pickup).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_service_refuses_to_start_with_an_invalid_cron_expression_naming_the_setting()
    {
        var environment = new Dictionary<string, string>
        {
            ["Paths__DataDirectory"] = _data,
            ["Schedules__Planning"] = "bogus",
        };

        using var service = RemindersProcess.Start(environment, "run");
        await service.WaitForExitAsync(TimeSpan.FromSeconds(30));

        Assert.NotEqual(0, service.ExitCode);
        Assert.Contains("Schedules:Planning", service.Errors, StringComparison.Ordinal);
    }

    /// <summary>The service's environment: SMTP delivery to <paramref name="smtp"/>, or pickup delivery when it is null.</summary>
    private Dictionary<string, string> Environment(AiosmtpdServer? smtp, params (string Key, string Value)[] extra)
    {
        var environment = new Dictionary<string, string>
        {
            ["Paths__DataDirectory"] = _data,
            ["Schedules__Planning"] = "0/2 * * * * ?",
            ["Schedules__Delivery"] = "0/2 * * * * ?",
            ["Reminders__Calendar__RunOnNonBusinessDays"] = "true",
            ["Mail__AttachCalendar"] = "false",
            ["Mail__Delivery"] = "Pickup",
            ["Clock__StartAt"] = "2022-03-01T08:00:00-05:00",

            // These tests count digests and escalations; the follow-up report (docs/follow-up.md), due on some days of
            // the year only and recorded after them, would race with the counts. Its own tests cover its delivery.
            ["Reminders__FollowUp__Send"] = "false",
        };
        if (smtp is not null)
        {
            environment["Mail__Delivery"] = "Smtp";
            environment["Mail__Smtp__Host"] = smtp.Host;
            environment["Mail__Smtp__Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            environment["Mail__Smtp__Security"] = "None";
        }

        foreach (var (key, value) in extra)
        {
            environment[key] = value;
        }

        return environment;
    }

    private static async Task<string> CommandAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        using var command = await RemindersProcess.RunAsync(environment, CommandTimeout, arguments);
        Assert.True(command.HasExited, $"reminders {string.Join(' ', arguments)} did not finish\n{command.Transcript}");
        Assert.True(command.ExitCode == 0, $"reminders {string.Join(' ', arguments)} exited with {command.ExitCode}\n{command.Transcript}");
        return command.Output;
    }

    private async Task<List<OutboxMessage>> OutboxAsync(AiosmtpdServer? smtp)
    {
        var json = await CommandAsync(Environment(smtp), "outbox", "list", "--json");
        return JsonSerializer.Deserialize<List<OutboxMessage>>(json, JsonOptions) ?? [];
    }
}
