namespace Reminders.IntegrationTests.Reports;

/// <summary>
/// The HTML report as a browser shows it: headless Debian Chromium without network renders it into
/// <c>TestResults/artifacts/seguimiento-paac-2022-corte-2022-04-30.png</c>, and the page must request nothing.
/// </summary>
public sealed class ReportRenderingTests(ReportedSample sample) : IClassFixture<ReportedSample>
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public async Task Chromium_renders_the_report_into_a_png_without_requesting_anything()
    {
        var ct = TestContext.Current.CancellationToken;
        var page = sample.Cli.PathOf("seguimiento-render.html");
        await sample.Cli.SucceedAsync("report", "--cutoff", "2022-04-30", "--out", page);
        var png = Path.Combine(TestArtifacts.Directory, "seguimiento-paac-2022-corte-2022-04-30.png");
        File.Delete(png);

        var requests = await HeadlessChromium.ScreenshotAsync(page, png, ct);

        Assert.Empty(requests);
        var bytes = await File.ReadAllBytesAsync(png, ct);
        Assert.Equal(PngSignature, bytes[..8]);
        Assert.True(bytes.Length > 20_000, $"the screenshot is only {bytes.Length} bytes");
    }

    [Fact]
    public async Task The_network_check_catches_a_page_that_loads_a_font_and_an_image()
    {
        var ct = TestContext.Current.CancellationToken;
        var page = sample.Cli.PathOf("external.html");
        await File.WriteAllTextAsync(page,
            "<!DOCTYPE html><html><head><link rel=\"stylesheet\" href=\"https://fonts.example.org/css\"></head>"
            + "<body><img src=\"http://img.example.org/logo.png\">Informe</body></html>", ct);

        var requests = await HeadlessChromium.ScreenshotAsync(page, sample.Cli.PathOf("external.png"), ct);

        Assert.Contains("https://fonts.example.org/css", requests);
        Assert.Contains("http://img.example.org/logo.png", requests);
    }
}
