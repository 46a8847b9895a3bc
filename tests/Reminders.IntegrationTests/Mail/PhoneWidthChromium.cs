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
        var work = TempDirectory.Create();
        try
        {
            var page = Path.Combine(work, "mail.html");
            await File.WriteAllTextAsync(page, html, cancellationToken);
            return await HeadlessChromium.RunAsync(
                work,
                page,
                [
                    string.Create(CultureInfo.InvariantCulture, $"--window-size={Math.Max(width, 500)},1600"), "--hide-scrollbars",
                    "--virtual-time-budget=5000", .. action,
                ],
                cancellationToken);
        }
        finally
        {
            TempDirectory.Delete(work);
        }
    }

    [GeneratedRegex("data-widths=\"(\\d+) (\\d+)\"")]
    private static partial Regex Widths();
}
