using System.Net.Sockets;
using MailKit.Security;

namespace Reminders.Worker.Mail.Smtp;

/// <summary>Explains, in Spanish and naming the setting to fix, why a connection or login failed.</summary>
internal static class SmtpSessionFailure
{
    public static SmtpSessionException Explain(Exception failure, SmtpOptions options)
    {
        var server = $"{options.Host}:{options.Port}";
        var text = failure switch
        {
            SslHandshakeException => $"No se pudo establecer TLS con el servidor SMTP {server}: su certificado no es de confianza "
                + "o no corresponde al nombre del servidor. Si usa un certificado propio o de una CA interna, indique el archivo "
                + $"en Mail:Smtp:TrustedCertificatePath. Detalle: {FirstLine(failure.Message)}",
            AuthenticationException => $"El servidor SMTP {server} rechazó el inicio de sesión de \"{options.UserName}\": "
                + $"revise Mail:Smtp:UserName y Mail:Smtp:Password (o Mail:Smtp:OAuth2). Detalle: {FirstLine(failure.Message)}",
            SocketException or IOException => $"No se pudo conectar con el servidor SMTP {server}: revise Mail:Smtp:Host y "
                + $"Mail:Smtp:Port. Detalle: {FirstLine(failure.Message)}",
            NotSupportedException => $"El servidor SMTP {server} no admite lo que pide la configuración (Mail:Smtp:Security "
                + $"o Mail:Smtp:Auth). Detalle: {FirstLine(failure.Message)}",
            OperationCanceledException or TimeoutException =>
                $"El servidor SMTP {server} no respondió a tiempo (Mail:Smtp:TimeoutSeconds).",
            Microsoft.Identity.Client.MsalException msal => "No se pudo obtener el token OAuth2 de Microsoft: revise "
                + $"Mail:Smtp:OAuth2 (TenantId, ClientId, ClientSecret o CertificatePath). Detalle: {msal.ErrorCode}: {FirstLine(msal.Message)}",
            _ => $"No se pudo abrir la sesión con el servidor SMTP {server}: {FirstLine(failure.Message)}",
        };
        return new SmtpSessionException(text, failure);
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        return end < 0 ? text : text[..end];
    }
}
