namespace Reminders.IntegrationTests.Smtp;

/// <summary>How <see cref="AiosmtpdServer"/> behaves: TLS, authentication and injected faults.</summary>
public sealed record AiosmtpdOptions
{
    /// <summary>PEM certificate and key: the server offers (and requires) STARTTLS, or TLS on connect.</summary>
    public string? TlsCertificatePath { get; init; }

    public string? TlsKeyPath { get; init; }

    public bool ImplicitTls { get; init; }

    /// <summary>Requires AUTH as this user (with <see cref="AuthPassword"/> or <see cref="XOAuth2Token"/>).</summary>
    public string? AuthUser { get; init; }

    public string? AuthPassword { get; init; }

    /// <summary>Accepts AUTH XOAUTH2 for <see cref="AuthUser"/> with exactly this bearer token.</summary>
    public string? XOAuth2Token { get; init; }

    /// <summary>Reply given to the first DATA instead of accepting it, e.g. <c>451 4.3.0 Try again later</c>.</summary>
    public string? FailFirstData { get; init; }

    /// <summary>Reply given to every MAIL FROM instead of accepting it, e.g. <c>421 4.3.2 Service not available</c>.</summary>
    public string? ReplyToMail { get; init; }

    /// <summary>Addresses answered with <c>550 5.1.1</c> at RCPT.</summary>
    public IReadOnlyList<string> RefuseRecipients { get; init; } = [];

    /// <summary>After this many accepted messages, the next is saved and the connection dropped before the reply (once).</summary>
    public int? DropAfter { get; init; }

    /// <summary>After this many accepted messages, the next is saved and its DATA never answered; the connection stays open.</summary>
    public int? StallAfter { get; init; }

    /// <summary>Offers CHUNKING (RFC 3030) and takes messages by BDAT as well as by DATA.</summary>
    public bool Chunking { get; init; }

    /// <summary>Turns away, with <c>421</c> at the greeting, every connection beyond this many open at once.</summary>
    public int? MaxConnections { get; init; }

    internal IEnumerable<string> ToArguments()
    {
        if (TlsCertificatePath is not null)
        {
            yield return "--tls-cert";
            yield return TlsCertificatePath;
            yield return "--tls-key";
            yield return TlsKeyPath ?? throw new InvalidOperationException("TlsKeyPath is required with a certificate.");
        }

        if (ImplicitTls)
        {
            yield return "--implicit-tls";
        }

        if (Chunking)
        {
            yield return "--chunking";
        }

        foreach (var (flag, value) in new[]
                 {
                     ("--auth-user", AuthUser), ("--auth-password", AuthPassword), ("--xoauth2-token", XOAuth2Token),
                     ("--fail-first-data", FailFirstData), ("--reply-to-mail", ReplyToMail), ("--drop-after", DropAfter?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                     ("--stall-after", StallAfter?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                     ("--max-connections", MaxConnections?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                 })
        {
            if (value is not null)
            {
                yield return flag;
                yield return value;
            }
        }

        foreach (var address in RefuseRecipients)
        {
            yield return "--refuse-rcpt";
            yield return address;
        }
    }
}
