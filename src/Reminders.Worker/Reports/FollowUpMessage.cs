using System.Globalization;
using System.Text;
using MimeKit;
using Reminders.Core.Reports;
using Reminders.Worker.Mail.Rendering;

namespace Reminders.Worker.Reports;

/// <summary>The follow-up report as a message: the HTML page as the body, a plain-text summary beside it, the XLSX attached.</summary>
internal static class FollowUpMessage
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static MimeMessage Create(FollowUpReport report, string key, MailboxAddress from, IReadOnlyList<string> to, DateTimeOffset now, DateOnly today)
    {
        var message = new MimeMessage { Subject = FollowUpText.Subject(report), Date = now };
        message.From.Add(from.Clone()); // a copy: the list subscribes to the address (see MimeAssembler)
        message.To.AddRange(to.Select(MailboxAddress.Parse));
        MailHeaders.Apply(message, key, from, to.Count > 0 ? MailboxAddress.Parse(to[0]) : null);
        var body = new BodyBuilder { TextBody = Text(report), HtmlBody = HtmlReportWriter.Write(report, today) };
        using var workbook = new MemoryStream(XlsxReportWriter.Write(report));
        body.Attachments.Add(FileName(report, "xlsx"), workbook, ContentType.Parse(XlsxType));
        message.Body = body.ToMessageBody();
        // The text parts as a digest's (MimeAssembler.TransferEncoding): 8bit where every line fits, which MailKit
        // downconverts itself for a server without 8BITMIME. Quoted-printable everywhere made them larger and broke their
        // lines at 76 characters, some just before a dot (docs/mail.md, "No line starts with a dot"). The workbook is base64.
        foreach (var part in message.BodyParts.OfType<MimePart>())
        {
            part.ContentTransferEncoding = part is TextPart text ? MimeAssembler.TransferEncoding(text.Text) : ContentEncoding.Base64;
        }

        return message;
    }

    /// <summary><c>seguimiento-paac-2022-corte-2022-04-30.xlsx</c>, or <c>…-2022-cierre.xlsx</c> for the final report.</summary>
    public static string FileName(FollowUpReport report, string extension) =>
        report.Edition.IsFinal
            ? string.Create(CultureInfo.InvariantCulture, $"seguimiento-paac-{report.Year}-cierre.{extension}")
            : string.Create(CultureInfo.InvariantCulture, $"seguimiento-paac-{report.Year}-corte-{report.CutOff:yyyy-MM-dd}.{extension}");

    private static string Text(FollowUpReport report)
    {
        var text = new StringBuilder();
        text.AppendLine(FollowUpText.Title(report).ToUpperInvariant()).AppendLine(report.Entity).AppendLine(FollowUpText.CutOffLine(report)).AppendLine();
        foreach (var line in SummaryLine.Of(report).Where(l => l.Level is "Total" or "Componente" or "Oficina"))
        {
            var t = line.Totals;
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{line.Name}: {FollowUpText.Programmed.ToLowerInvariant()} {t.Due}, cumplidas {t.Done} ({t.DoneLate} con retraso), vencidas {t.Overdue}, "
                + $"{FollowUpText.Percent} {FollowUpText.Percentage(t.Percent)}. {line.Observation}");
        }

        text.AppendLine().AppendLine("El detalle por actividad está en la versión HTML de este mensaje y en la hoja de cálculo adjunta.");
        return text.ToString();
    }
}
