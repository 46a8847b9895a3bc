using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Reminders.IntegrationTests.Infrastructure;

/// <summary>
/// Runs the built worker (<c>reminders.dll</c>, copied to the test output as a project reference) as a real process,
/// with its own data folder (<c>Paths__DataDirectory</c>): its SQLite file and pickup folder live there, so tests run
/// in parallel without sharing anything. The data folder is also the working directory.
/// </summary>
public sealed class CliRunner : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    public CliRunner() => DataDirectory = TempDirectory.Create();

    public string DataDirectory { get; }

    /// <summary>The default pickup folder (<c>Mail:PickupDirectory</c> = <c>outbox</c>).</summary>
    public string PickupDirectory => Path.Combine(DataDirectory, "outbox");

    public static string WorkerDll => Path.Combine(AppContext.BaseDirectory, "reminders.dll");

    /// <summary>Extra environment variables (configuration overrides such as <c>Mail__AttachCalendar</c>).</summary>
    public Dictionary<string, string> Environment { get; } = new(StringComparer.Ordinal);

    /// <summary>A path inside the data folder.</summary>
    public string PathOf(string name) => Path.Combine(DataDirectory, name);

    public async Task<CliResult> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = DataDirectory,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(WorkerDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Paths__DataDirectory"] = DataDirectory;
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment.Remove("STATE_DIRECTORY");
        foreach (var (name, value) in Environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"reminders {string.Join(' ', args)} did not finish within {Timeout.TotalSeconds} s");
        }

        return new CliResult(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Runs a command that must succeed and returns its stdout.</summary>
    public async Task<string> SucceedAsync(params string[] args)
    {
        var result = await RunAsync(args);
        Assert.True(result.ExitCode == 0, $"reminders {string.Join(' ', args)}\n{result}");
        return result.Stdout;
    }

    /// <summary>Runs a <c>--json</c> command that must succeed and parses its output.</summary>
    public async Task<JsonElement> JsonAsync(params string[] args)
    {
        var stdout = await SucceedAsync([.. args, "--json"]);
        using var document = JsonDocument.Parse(stdout);
        return document.RootElement.Clone();
    }

    /// <summary>The .eml files the pickup delivery wrote, by name.</summary>
    public IReadOnlyList<string> PickedUp() =>
        Directory.Exists(PickupDirectory) ? [.. Directory.GetFiles(PickupDirectory, "*.eml").Order(StringComparer.Ordinal)] : [];

    public void Dispose() => TempDirectory.Delete(DataDirectory);
}
