using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Reminders.Worker.Mail.Smtp;

/// <summary>
/// Validates the server's certificate against the system store and, in addition, against the certificate or CA
/// in <c>Mail:Smtp:TrustedCertificatePath</c>. The host name must always match; validation is never switched off.
/// </summary>
internal sealed class ServerCertificateTrust
{
    private readonly X509Certificate2Collection _trusted;
    private readonly bool _checkRevocation;

    private ServerCertificateTrust(X509Certificate2Collection trusted, bool checkRevocation)
    {
        _trusted = trusted;
        _checkRevocation = checkRevocation;
    }

    /// <summary>A callback for MailKit, or null to keep MailKit's own validation (no extra trust configured).</summary>
    public static RemoteCertificateValidationCallback? CallbackFor(SmtpOptions options) =>
        CallbackFor(options.TrustedCertificatePath, options.CheckCertificateRevocation);

    /// <summary>The same for any mail server (the intake's IMAP server): <paramref name="trustedCertificatePath"/> trusted besides the system store.</summary>
    public static RemoteCertificateValidationCallback? CallbackFor(string trustedCertificatePath, bool checkRevocation)
    {
        if (string.IsNullOrWhiteSpace(trustedCertificatePath))
        {
            return null;
        }

        return new ServerCertificateTrust(Load(trustedCertificatePath), checkRevocation).Validate;
    }

    private static X509Certificate2Collection Load(string path)
    {
        var certificates = new X509Certificate2Collection();
        try
        {
            certificates.ImportFromPemFile(path);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            // Not PEM: read it as a DER certificate below.
        }

        if (certificates.Count == 0)
        {
            certificates.Add(X509CertificateLoader.LoadCertificateFromFile(path));
        }

        return certificates;
    }

    private bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (errors == SslPolicyErrors.None)
        {
            return true;
        }

        if (certificate is null || errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch)
            || errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable))
        {
            return false;
        }

        using var server = new X509Certificate2(certificate);
        if (_trusted.Any(t => t.RawDataMemory.Span.SequenceEqual(server.RawDataMemory.Span)))
        {
            return true;
        }

        using var custom = new X509Chain();
        custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        custom.ChainPolicy.CustomTrustStore.AddRange(_trusted);
        custom.ChainPolicy.RevocationMode = _checkRevocation ? X509RevocationMode.Online : X509RevocationMode.NoCheck;
        if (chain is not null)
        {
            foreach (var element in chain.ChainElements)
            {
                custom.ChainPolicy.ExtraStore.Add(element.Certificate);
            }
        }

        return custom.Build(server);
    }
}
