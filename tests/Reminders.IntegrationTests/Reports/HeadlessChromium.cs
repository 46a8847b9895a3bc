using System.Diagnostics;
using System.Text.Json;
using Reminders.IntegrationTests.Infrastructure;

namespace Reminders.IntegrationTests.Reports;

/// <summary>
/// Debian's <c>chromium</c> in headless mode, cut off from the network: every proxied connection goes to a dead loopback
/// port and every host name fails to resolve. It writes a screenshot and a net log; the requests the page itself made
/// (initiated by the <c>file://</c> document, as opposed to the browser's own background traffic) are read from the log.
/// </summary>
internal static class HeadlessChromium
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

    public static string? Executable => Candidates.FirstOrDefault(File.Exists);

    /// <summary>Renders <paramref name="page"/> into <paramref name="png"/>; returns the URLs the page requested (none but files).</summary>
    public static async Task<IReadOnlyList<string>> ScreenshotAsync(string page, string png, CancellationToken cancellationToken)
    {
        var work = TempDirectory.Create();
        try
        {
            var netLog = Path.Combine(work, "net-log.json");
            await RunAsync(work, page, [$"--log-net-log={netLog}", "--window-size=1280,2400", "--hide-scrollbars", $"--screenshot={png}"], cancellationToken);
            return PageRequests(await File.ReadAllTextAsync(netLog, cancellationToken));
        }
        finally
        {
            TempDirectory.Delete(work);
        }
    }

    /// <summary>
    /// Runs chromium offline on <paramref name="page"/> with its profile in <paramref name="work"/> and the given
    /// <paramref name="arguments"/>; returns what it printed. A missing chromium skips the test, or fails it where peers are required.
    /// </summary>
    public static async Task<string> RunAsync(string work, string page, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        if (Executable is not { } executable)
        {
            Peers.Missing("chromium is not installed (apt-get install -y chromium)");
            return "";
        }

        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
            $"--user-data-dir={Path.Combine(work, "profile")}",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
            "--proxy-server=127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND",
        }.Concat(arguments).Append(new Uri(page).AbsoluteUri))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["HOME"] = work;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("chromium did not start");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"chromium did not finish within {Timeout.TotalSeconds} s");
        }

        Assert.True(process.ExitCode == 0, $"chromium exited with {process.ExitCode}\n{await stdout}\n{await stderr}");
        return await stdout;
    }

    /// <summary>The URLs of URL_REQUEST_START_JOB events a document initiated, other than files and data URLs.</summary>
    private static List<string> PageRequests(string netLog)
    {
        using var log = JsonDocument.Parse(netLog);
        var startJob = log.RootElement.GetProperty("constants").GetProperty("logEventTypes").GetProperty("URL_REQUEST_START_JOB").GetInt32();
        var urls = new List<string>();
        foreach (var e in log.RootElement.GetProperty("events").EnumerateArray())
        {
            if (e.GetProperty("type").GetInt32() != startJob || !e.TryGetProperty("params", out var p) || !p.TryGetProperty("url", out var url))
            {
                continue;
            }

            var initiator = p.TryGetProperty("initiator", out var i) ? i.GetString() : null;
            var text = url.GetString() ?? "";
            if (initiator != "not an origin" && !text.StartsWith("file:", StringComparison.Ordinal) && !text.StartsWith("data:", StringComparison.Ordinal))
            {
                urls.Add(text);
            }
        }

        return urls;
    }
}
