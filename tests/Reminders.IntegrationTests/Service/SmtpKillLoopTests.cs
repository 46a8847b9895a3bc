using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Reminders.IntegrationTests.Infrastructure;
using Reminders.IntegrationTests.Smtp;

namespace Reminders.IntegrationTests.Service;

/// <summary>
/// Issue 7: <c>send-now</c> SIGKILLed again and again at random moments while it delivers to the real SMTP test server,
/// restarted each time. Nothing is lost; a message is sent twice only when a kill fell between the server accepting it
/// and the outbox recording it; and the first run after the last kill drains everything, because the claims of the
/// killed processes are taken over at once (docs/reliability.md).
/// </summary>
public sealed class SmtpKillLoopTests : IDisposable
{
    // Delivery claims and records in batches now (docs/benchmarks.md): on a quiet machine one run sends tens of messages
    // before its kill lands, so the plan holds enough for twenty kills with room to spare.
    private const int Offices = 1000;
    private const int Kills = 20;
    private const int Seed = 20221;
    private static readonly DateOnly Today = new(2022, 3, 15);
    private readonly string _data = TempDirectory.Create();

    public void Dispose() => TempDirectory.Delete(_data);

    [Fact]
    public async Task Twenty_sigkills_during_delivery_lose_nothing_and_the_next_run_drains_the_outbox()
    {
        await using var smtp = await AiosmtpdServer.StartAsync(cancellationToken: Ct);
        var environment = Environment(smtp);
        var (plan, offices) = RelativePlan.Write(_data, Today, Offices);
        await CommandAsync(environment, "import", plan);
        await CommandAsync(environment, "offices", "import", offices);

        var random = new Random(Seed);
        int kills = 0, inFlight = 0, starts = 0;
        while (kills < Kills && starts < Kills * 3)
        {
            starts++;
            var before = Accepted(smtp);
            using var run = RemindersProcess.Start(environment, "send-now", "--as-of", Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            var landed = await UntilAsync(() => Accepted(smtp) > before || run.HasExited, TimeSpan.FromSeconds(60));
            Assert.True(landed, $"send-now delivered nothing within 60 s\n{run.Transcript}");
            if (run.HasExited)
            {
                // It drained everything before a kill could land: the loop has run out of messages.
                break;
            }

            // A random moment within the next few messages: mid-DATA, between the reply and the outbox update, or between messages.
            var moment = Stopwatch.StartNew();
            var wait = TimeSpan.FromMilliseconds(random.Next(0, 60));
            await UntilAsync(() => moment.Elapsed >= wait || run.HasExited, wait + TimeSpan.FromSeconds(5));
            if (run.HasExited)
            {
                break;
            }

            run.Kill();
            kills++;

            // Accepted by the server but not recorded as sent: the kill hit that message in flight.
            inFlight += Math.Max(0, DistinctAccepted(smtp) - SentInOutbox());
        }

        Assert.True(kills >= Kills, $"only {kills} kills landed during delivery in {starts} runs; the plan needs more messages");

        using var final = await RemindersProcess.RunAsync(environment, TimeSpan.FromSeconds(120), "send-now", "--as-of", Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.True(final.HasExited && final.ExitCode == 0, $"the first run after the last kill failed\n{final.Transcript}");

        var (total, sent, pending) = OutboxCounts();
        var received = smtp.Received().Select(r => r.Parse().MessageId).ToList();
        var duplicates = received.Count - received.Distinct(StringComparer.Ordinal).Count();
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"kill loop: {kills} kills, {inFlight} in flight, {total} messages, {sent} sent, {pending} pending, {received.Count} received, {duplicates} duplicates");

        Assert.True(total >= Offices, $"the plan should give a message per office at least, gave {total}");
        Assert.Equal((total, 0), (sent, pending));
        Assert.Equal(total, received.Distinct(StringComparer.Ordinal).Count());
        Assert.True(duplicates <= inFlight, $"{duplicates} duplicates but only {inFlight} kills hit a message in flight");
    }

    private Dictionary<string, string> Environment(AiosmtpdServer smtp) => new()
    {
        ["Paths__DataDirectory"] = _data,
        ["Reminders__Calendar__RunOnNonBusinessDays"] = "true",
        ["Mail__AttachCalendar"] = "false",
        ["Mail__RateLimitPerMinute"] = "0",
        ["Mail__Delivery"] = "Smtp",
        ["Mail__Smtp__Host"] = smtp.Host,
        ["Mail__Smtp__Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
        ["Mail__Smtp__Security"] = "None",
    };

    private static int Accepted(AiosmtpdServer smtp) =>
        Directory.Exists(smtp.MessageDirectory) ? Directory.GetFiles(smtp.MessageDirectory, "*.eml").Length : 0;

    private static int DistinctAccepted(AiosmtpdServer smtp) =>
        smtp.Received().Select(r => r.Parse().MessageId).Distinct(StringComparer.Ordinal).Count();

    private int SentInOutbox() => OutboxCounts().Sent;

    private (int Total, int Sent, int Pending) OutboxCounts()
    {
        try
        {
            using var connection = new SqliteConnection($"Data Source={Path.Combine(_data, "reminders.db")}");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText =
                "SELECT COUNT(*), COALESCE(SUM(state = 'sent'), 0), COALESCE(SUM(state = 'pending'), 0) FROM outbox_messages";
            using var reader = command.ExecuteReader();
            reader.Read();
            return (reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }
    }

    /// <summary>Polls <paramref name="condition"/> every few milliseconds; false when <paramref name="timeout"/> passes first.</summary>
    private static async Task<bool> UntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > timeout)
            {
                return false;
            }

            await Task.Delay(5, Ct);
        }

        return true;
    }

    private static async Task CommandAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        using var command = await RemindersProcess.RunAsync(environment, TimeSpan.FromSeconds(60), arguments);
        Assert.True(command.HasExited && command.ExitCode == 0, $"reminders {string.Join(' ', arguments)} exited with {(command.HasExited ? command.ExitCode : -1)}\n{command.Transcript}");
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
