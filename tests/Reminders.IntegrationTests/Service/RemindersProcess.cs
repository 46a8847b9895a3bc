using System.Collections.Concurrent;
using System.Diagnostics;

namespace Reminders.IntegrationTests.Service;

/// <summary>
/// The built <c>reminders</c> executable (copied next to the test assembly through the project reference), run as a
/// separate process with its own environment: a command that runs to completion, or the service, stopped with SIGTERM.
/// </summary>
public sealed class RemindersProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _stdout = new();
    private readonly ConcurrentQueue<string> _stderr = new();

    private RemindersProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Add(_stdout, e.Data);
        _process.ErrorDataReceived += (_, e) => Add(_stderr, e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public static string Executable => Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "reminders.exe" : "reminders");

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public string Output => string.Join('\n', _stdout);

    public string Errors => string.Join('\n', _stderr);

    public string Transcript => $"stdout:\n{Output}\nstderr:\n{Errors}";

    public static RemindersProcess Start(IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        StartAt(Executable, environment, arguments);

    /// <summary>Starts another copy of the executable (one beside an appsettings.json of the test's own).</summary>
    public static RemindersProcess StartAt(string executable, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(executable)!,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return new RemindersProcess(Process.Start(start) ?? throw new InvalidOperationException("reminders did not start"));
    }

    /// <summary>Runs a command to completion (bounded) and returns it, exited.</summary>
    public static async Task<RemindersProcess> RunAsync(IReadOnlyDictionary<string, string> environment, TimeSpan timeout, params string[] arguments)
    {
        var process = Start(environment, arguments);
        await process.WaitForExitAsync(timeout);
        return process;
    }

    /// <summary>Runs another copy of the executable to completion (bounded) and returns it, exited.</summary>
    public static async Task<RemindersProcess> RunAtAsync(string executable, IReadOnlyDictionary<string, string> environment, TimeSpan timeout, params string[] arguments)
    {
        var process = StartAt(executable, environment, arguments);
        await process.WaitForExitAsync(timeout);
        return process;
    }

    /// <summary>Asks the process to stop as systemd does: SIGTERM.</summary>
    public async Task TerminateAsync()
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))!;
        await kill.WaitForExitAsync();
    }

    /// <summary>Waits for the exit; fails (and kills the process) when it takes longer than <paramref name="timeout"/>.</summary>
    public async Task WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            Assert.Fail($"reminders did not exit within {timeout.TotalSeconds} s.\n{Transcript}");
        }

        // Drain the asynchronous readers.
        _process.WaitForExit();
    }

    /// <summary>Kills the process with SIGKILL, as a crash or the OOM killer would: no chance to record anything, then waits for it.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: false);
        }

        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private static void Add(ConcurrentQueue<string> lines, string? line)
    {
        if (line is not null)
        {
            lines.Enqueue(line);
        }
    }
}
