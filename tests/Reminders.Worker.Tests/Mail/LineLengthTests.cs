using System.Text;
using MimeKit;
using Reminders.Core.Plans;
using Reminders.Core.Reports;
using Reminders.Worker.Mail.Rendering;
using Reminders.Worker.Outbox;
using Reminders.Worker.Reports;

namespace Reminders.Worker.Tests.Mail;

/// <summary>
/// RFC 5322 allows a line of at most 998 octets; a text part with a longer line goes as quoted-printable
/// (<see cref="MimeAssembler.TransferEncoding(string)"/>), bigger and slower to write than 8bit. The built-in templates and the
/// follow-up report keep every line of every message under it for texts as long as the real plans' longest, so nearly
/// every part goes as 8bit (docs/mail.md, "Reply links").
/// </summary>
public class LineLengthTests
{
    private const string Secret = "0123456789abcdef0123456789abcdef";

    // As long as the longest activity of the real plans (~200 characters), accented as Spanish is.
    private const string LongActivity = "Realizar la publicación y socialización del informe de gestión, la rendición de cuentas "
        + "y el seguimiento al Plan Anticorrupción y de Atención al Ciudadano en la página web de la Entidad, sección transparencia.";

    [Theory]
    [InlineData("es", true)]
    [InlineData("en", true)]
    [InlineData("es", false)]
    [InlineData("en", false)]
    public void A_digest_keeps_every_text_part_in_8bit_with_no_line_over_998_octets(string language, bool links)
    {
        var digest = MailSamples.Digest(language);
        digest = digest with { Items = [.. digest.Items.Select(i => i with { Text = LongActivity, Product = LongActivity })] };
        var options = links ? MailSamples.Options() with { ReplySecret = Secret } : MailSamples.Options();

        using var message = new MessageRenderer(options).Render(digest, MailSamples.Now);

        AssertEightBitWithShortLines(message);
    }

    [Theory]
    [InlineData("es")]
    [InlineData("en")]
    public void An_escalation_keeps_every_text_part_in_8bit_with_no_line_over_998_octets(string language)
    {
        var escalation = MailSamples.Escalation(language);
        escalation = escalation with { Items = [.. escalation.Items.Select(i => i with { Text = LongActivity })] };

        using var message = new MessageRenderer(MailSamples.Options()).Render(escalation, MailSamples.Now);

        AssertEightBitWithShortLines(message);
    }

    [Fact]
    public void A_follow_up_report_keeps_its_text_parts_in_8bit_with_no_line_over_998_octets()
    {
        var cutOff = new DateOnly(2022, 4, 30);
        Activity[] activities =
        [
            Make(1, LongActivity, Schedule.On(new DateOnly(2022, 1, 31)), ActivityState.Done, new DateOnly(2022, 1, 28)),
            Make(2, LongActivity, Schedule.On(new DateOnly(2022, 3, 31)), ActivityState.Open, null),
            Make(3, LongActivity, Schedule.Ongoing(), ActivityState.Open, null),
        ];
        var report = FollowUpBuilder.Build(
            "Empresa Social del Estado Hospital San Vicente de Paúl de Remedios, Antioquia",
            new FollowUpEdition(2022, cutOff, new DateOnly(2022, 1, 1), IsFinal: false),
            activities,
            new Dictionary<long, string>
            {
                [1] = "Oficina Asesora de Planeación, Gestión de la Calidad y Sistemas de Información en Salud",
                [2] = "Subgerencia Administrativa, Financiera y de Atención al Usuario, Participación Social",
            },
            new Dictionary<string, string>(StringComparer.Ordinal) { ["III"] = "Rendición de Cuentas y Participación Ciudadana" });

        using var message = FollowUpMessage.Create(
            report, "seguimiento|1", new MailboxAddress("PAAC", "paac@ejemplo.gov.co"), ["coordinacion@ejemplo.gov.co"],
            MailSamples.Now, new DateOnly(2022, 5, 2));

        AssertEightBitWithShortLines(message);
    }

    private static Activity Make(long id, string text, Schedule schedule, ActivityState state, DateOnly? completed) =>
        new(id, "Empresa Social del Estado", 2022, "III", "Información de calidad y en lenguaje comprensible",
            new ActivityNumber(1, (int)id), text, LongActivity, schedule, state, completed, null, [1, 2], []);

    private static void AssertEightBitWithShortLines(MimeMessage message)
    {
        Assert.All(message.BodyParts.OfType<TextPart>().Where(p => !p.IsAttachment),
            p => Assert.Equal(ContentEncoding.EightBit, p.ContentTransferEncoding));
        using var written = new MemoryStream();
        message.WriteTo(StoredMime.Format, written, TestContext.Current.CancellationToken);
        var lines = Encoding.UTF8.GetString(written.ToArray()).Split("\r\n");
        Assert.DoesNotContain(lines, line => Encoding.UTF8.GetByteCount(line) > MimeAssembler.MaxLineOctets);
        Assert.DoesNotContain(lines, line => line.StartsWith('.'));
    }
}
