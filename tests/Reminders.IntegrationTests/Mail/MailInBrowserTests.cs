using MimeKit;
using Reminders.Core.Digests;
using Reminders.Core.Plans;
using Reminders.IntegrationTests.Reports;
using Reminders.Worker.Mail.Rendering;

namespace Reminders.IntegrationTests.Mail;

/// <summary>
/// A digest and an escalation as a phone (390 px) and a desktop (1000 px) show them: headless Debian Chromium renders
/// each into <c>TestResults/artifacts/correo-*.png</c>, and the page must never be wider than the screen.
/// </summary>
public sealed class MailInBrowserTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly DateOnly RunDate = new(2022, 2, 3);

    public static TheoryData<string, int> Pages => new()
    {
        { "resumen", 390 }, { "resumen", 1000 }, { "escalamiento", 390 }, { "escalamiento", 1000 },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_mail_fits_the_screen_and_is_kept_as_a_screenshot(string kind, int width)
    {
        var ct = TestContext.Current.CancellationToken;
        var html = Html(kind);
        var png = Path.Combine(TestArtifacts.Directory, $"correo-{kind}-{width}px.png");
        File.Delete(png);

        await PhoneWidthChromium.ScreenshotAsync(html, width, png, ct);
        var (page, viewport) = await PhoneWidthChromium.WidthsAsync(html, width, ct);

        Assert.Equal(width, viewport);
        Assert.True(page <= viewport, $"the {kind} is {page} px wide on a {viewport} px screen");
        var bytes = await File.ReadAllBytesAsync(png, ct);
        Assert.Equal(PngSignature, bytes[..8]);
        Assert.Equal(kind == "resumen", html.Contains(">Reportar cumplimiento</a>", StringComparison.Ordinal));
        Assert.True(bytes.Length > 10_000, $"the screenshot is only {bytes.Length} bytes");
    }

    [Fact]
    public async Task The_width_check_catches_a_table_wider_than_a_phone()
    {
        var ct = TestContext.Current.CancellationToken;
        const string html = "<!DOCTYPE html><html><body><table style=\"width:560px\"><tr><td>Fecha límite</td></tr></table></body></html>";

        var (page, viewport) = await PhoneWidthChromium.WidthsAsync(html, 390, ct);

        Assert.Equal(390, viewport);
        Assert.True(page > viewport, $"a 560 px table measured {page} px on a {viewport} px screen");
    }

    private static string Html(string kind)
    {
        var renderer = new MessageRenderer(new RenderingOptions
        {
            From = new MailboxAddress("Recordatorios PAAC", "paac@ejemplo.gov.co"),
            AttachCalendar = false,
            ReplySecret = "clave-de-prueba-de-al-menos-32-caracteres",
        });
        var message = kind == "resumen"
            ? renderer.Render(Digest(), DateTimeOffset.UnixEpoch)
            : renderer.Render(Escalation(), DateTimeOffset.UnixEpoch);
        return message.HtmlBody ?? throw new InvalidOperationException("no HTML body");
    }

    private static Digest Digest() => new(
        "digest|7|2022-02-03", "Alcaldía Municipal de Ejemplo", 2022, RunDate,
        new Office(7, "Alcaldía Municipal de Ejemplo", "Oficina Asesora de Comunicaciones", [], ["comunicaciones@ejemplo.gov.co"], null, "es"),
        ["comunicaciones@ejemplo.gov.co"], [], Unaddressed: false,
        [
            Item(1, "1.4", "Publicar en la página web el informe de seguimiento al mapa de riesgos de corrupción con sus anexos", DigestSection.Overdue,
                new DateOnly(2022, 1, 17), -17, null, ["Oficina Asesora de Planeación", "Secretaría General y de Gobierno"]),
            Item(2, "2.1", "Actualizar el inventario de trámites en el Sistema Único de Información de Trámites (SUIT)", DigestSection.DueSoon,
                new DateOnly(2022, 2, 10), 7, null, []),
            Item(3, "3.7", "Realizar la audiencia pública de rendición de cuentas con participación de la ciudadanía", DigestSection.Ongoing,
                null, null, new DateOnly(2022, 2, 13), []),
        ],
        ["k"])
    {
        ReplyTo = "coordinacion.paac@ejemplo.gov.co",
    };

    private static Escalation Escalation() => new(
        "escalation|jefe|2022-02-03", "Alcaldía Municipal de Ejemplo", 2022, RunDate, "jefe@ejemplo.gov.co", "Coordinator", "es",
        [
            new EscalationItem(1, "Componente 1: Gestión del riesgo de corrupción", ActivityNumber.Parse("1.4"),
                "Publicar en la página web el informe de seguimiento al mapa de riesgos de corrupción con sus anexos",
                ["Oficina Asesora de Comunicaciones", "Oficina Asesora de Planeación"], new DateOnly(2022, 1, 17), 13, 2)
            {
                LevelAfterDays = 10,
                InBusinessDays = true,
            },
        ],
        ["e"]);

    private static DigestItem Item(
        long id, string number, string text, DigestSection section, DateOnly? due, int? days, DateOnly? cut, IReadOnlyList<string> co) =>
        new(id, "Componente 1: Gestión del riesgo de corrupción", ActivityNumber.Parse(number), text,
            "Informe publicado en la sección de transparencia", section, due, days, cut, co);
}
