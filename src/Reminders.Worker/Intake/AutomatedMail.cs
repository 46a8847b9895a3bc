using MimeKit;

namespace Reminders.Worker.Intake;

/// <summary>
/// Recognises mail no person wrote — out-of-office answers, bounces, list traffic — which the intake never answers
/// (RFC 3834 §2: no automatic answer to automatic mail, so two robots cannot write to each other forever).
/// </summary>
public static class AutomatedMail
{
    private static readonly string[] AutomaticPrecedence = ["bulk", "junk", "auto_reply", "list"];

    /// <summary>Why <paramref name="message"/> is automatic (in Spanish, for the administrator), or null when a person wrote it.</summary>
    /// <param name="ownAddresses">The service's own addresses (its sender, the intake mailbox): mail from them is never answered.</param>
    public static string? Reason(MimeMessage message, IEnumerable<string> ownAddresses)
    {
        ArgumentNullException.ThrowIfNull(message);
        var headers = message.Headers;
        if (headers[HeaderId.AutoSubmitted] is { } submitted && !submitted.Trim().StartsWith("no", StringComparison.OrdinalIgnoreCase))
        {
            return $"respuesta automática (Auto-Submitted: {submitted.Trim()})";
        }

        if (headers[HeaderId.Precedence] is { } precedence && AutomaticPrecedence.Contains(precedence.Trim().ToLowerInvariant()))
        {
            return $"correo automático (Precedence: {precedence.Trim()})";
        }

        foreach (var name in new[] { "X-Autoreply", "X-Autorespond" })
        {
            if (headers.Contains(name))
            {
                return $"respuesta automática ({name})";
            }
        }

        if (headers[HeaderId.ReturnPath] is { } returnPath && returnPath.Trim() is "<>" or "")
        {
            return "aviso de entrega (Return-Path vacío)";
        }

        var sender = message.From.Mailboxes.FirstOrDefault()?.Address ?? "";
        if (sender.Length == 0)
        {
            return "mensaje sin remitente";
        }

        var local = sender.Split('@')[0];
        if (local.Equals("MAILER-DAEMON", StringComparison.OrdinalIgnoreCase) || local.Equals("postmaster", StringComparison.OrdinalIgnoreCase))
        {
            return $"aviso del servidor de correo ({sender})";
        }

        if (message.Body is MultipartReport)
        {
            return "informe de entrega (multipart/report)";
        }

        return ownAddresses.Any(a => a.Equals(sender, StringComparison.OrdinalIgnoreCase))
            ? $"mensaje del propio servicio ({sender})"
            : null;
    }
}
