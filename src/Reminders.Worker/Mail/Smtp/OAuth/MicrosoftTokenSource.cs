using System.Security.Cryptography.X509Certificates;
using Microsoft.Identity.Client;

namespace Reminders.Worker.Mail.Smtp.OAuth;

/// <summary>
/// Office 365 tokens with the client-credentials flow (an app registration with the SMTP.SendAsApp permission and
/// a client secret or certificate). MSAL caches the token and renews it before it expires.
/// </summary>
public sealed class MicrosoftTokenSource : IOAuth2TokenSource
{
    public const string DefaultScope = "https://outlook.office365.com/.default";

    private readonly Lazy<IConfidentialClientApplication> _application;
    private readonly string[] _scopes;

    /// <param name="httpClientFactory">Only for tests that serve the authority from a local endpoint.</param>
    public MicrosoftTokenSource(OAuth2Options options, IMsalHttpClientFactory? httpClientFactory = null)
    {
        _scopes = options.Scopes.Length > 0 ? options.Scopes : [DefaultScope];
        _application = new Lazy<IConfidentialClientApplication>(() => Build(options, httpClientFactory));
    }

    public async Task<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        var result = await _application.Value.AcquireTokenForClient(_scopes)
            .ExecuteAsync(cancellationToken).ConfigureAwait(false);
        return result.AccessToken;
    }

    private static IConfidentialClientApplication Build(OAuth2Options options, IMsalHttpClientFactory? httpClientFactory)
    {
        var builder = ConfidentialClientApplicationBuilder.Create(options.ClientId);
        builder = string.IsNullOrWhiteSpace(options.Authority)
            ? builder.WithAuthority(AzureCloudInstance.AzurePublic, options.TenantId)
            : builder.WithAuthority(options.Authority, validateAuthority: false).WithInstanceDiscovery(false);
        builder = string.IsNullOrWhiteSpace(options.CertificatePath)
            ? builder.WithClientSecret(options.ClientSecret)
            : builder.WithCertificate(LoadCertificate(options), sendX5C: true);
        if (httpClientFactory is not null)
        {
            builder = builder.WithHttpClientFactory(httpClientFactory);
        }

        return builder.Build();
    }

    private static X509Certificate2 LoadCertificate(OAuth2Options options) =>
        options.CertificatePath.EndsWith(".pem", StringComparison.OrdinalIgnoreCase)
            ? X509Certificate2.CreateFromPemFile(options.CertificatePath)
            : X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath, options.CertificatePassword);
}
