using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Reminders.IntegrationTests.Infrastructure;
using Reminders.IntegrationTests.Reports;

namespace Reminders.IntegrationTests.Mail;

/// <summary>
/// Debian's headless <c>chromium</c>, offline, showing a mail body in a frame of a given width (headless windows are
/// at least 500 px wide, so a phone's 390 px screen is a frame): a screenshot, and the page's layout width against the
/// frame's, read from the DOM after a small script wrote both into it.
/// </summary>
internal static partial class PhoneWidthChromium
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    /// <summary>Writes <paramref name="png"/> of <paramref name="html"/> rendered <paramref name="width"/> pixels wide.</summary>
    public static Task ScreenshotAsync(string html, int width, string png, CancellationToken cancellationToken) =>
        RunAsync(Framed(html, width, probe: false), width, [$"--screenshot={png}"], cancellationToken);

    /// <summary>The page's scroll width and the viewport's width, in CSS pixels.</summary>
    public static async Task<(int Page, int Viewport)> WidthsAsync(string html, int width, CancellationToken cancellationToken)
    {
        var dom = await RunAsync(Framed(html, width, probe: true), width, ["--dump-dom"], cancellationToken);
        var match = Widths().Match(dom);
        Assert.True(match.Success, $"chromium did not report the widths:\n{dom}");
        return (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    /// <summary>A page holding <paramref name="html"/> in a borderless frame <paramref name="width"/> pixels wide.</summary>
    private static string Framed(string html, int width, bool probe)
    {
        var script = probe
            ? "<script>window.addEventListener('load', () => { const w = document.getElementById('mail').contentWindow; "
              + "document.body.setAttribute('data-widths', w.document.documentElement.scrollWidth + ' ' + w.innerWidth); });</script>"
            : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"<!DOCTYPE html><html><body style=\"margin:0\"><iframe id=\"mail\" style=\"width:{width}px;height:1600px;border:0;display:block\" "
            + $"srcdoc=\"{System.Net.WebUtility.HtmlEncode(html)}\"></iframe>{script}</body></html>");
    }

    private static async Task<string> RunAsync(string html, int width, string[] action, CancellationToken cancellationToken)
    {
        if (HeadlessChromium.Executable is not { } executable)
        {
            Peers.Missing("chromium is not installed (apt-get install -y chromium)");
            return "";
        }

        var work = TempDirectory.Create();
        try
        {
            var page = Path.Combine(work, "mail.html");
            await File.WriteAllTextAsync(page, html, cancellationToken);
            var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
                $"--user-data-dir={Path.Combine(work, "profile")}",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
                "--proxy-server=127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND",
                string.Create(CultureInfo.InvariantCulture, $"--window-size={Math.Max(width, 500)},1600"), "--hide-scrollbars",
                "--virtual-time-budget=5000",
            }.Concat(action).Append(new Uri(page).AbsoluteUri))
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

            Assert.True(process.ExitCode == 0, $"chromium exited with {process.ExitCode}\n{await stderr}");
            return await stdout;
        }
        finally
        {
            TempDirectory.Delete(work);
        }
    }

    [GeneratedRegex("data-widths=\"(\\d+) (\\d+)\"")]
    private static partial Regex Widths();
}
