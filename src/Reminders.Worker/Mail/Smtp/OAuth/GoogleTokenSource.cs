using Google.Apis.Auth.OAuth2;

namespace Reminders.Worker.Mail.Smtp.OAuth;

/// <summary>
/// Google Workspace tokens: a service account (JSON key in <c>Mail:Smtp:OAuth2:CertificatePath</c>) with
/// domain-wide delegation acting as <c>Mail:Smtp:UserName</c>. The credential caches and renews the token.
/// </summary>
public sealed class GoogleTokenSource : IOAuth2TokenSource
{
    public const string DefaultScope = "https://mail.google.com/";
    public const string DefaultTokenEndpoint = "https://oauth2.googleapis.com/token";

    private readonly Lazy<ServiceAccountCredential> _credential;

    public GoogleTokenSource(OAuth2Options options, string userName) =>
        _credential = new Lazy<ServiceAccountCredential>(() => Build(options, userName));

    public Task<string> GetAccessTokenAsync(CancellationToken cancellationToken) =>
        _credential.Value.GetAccessTokenForRequestAsync(authUri: null, cancellationToken);

    private static ServiceAccountCredential Build(OAuth2Options options, string userName)
    {
        var key = CredentialFactory.FromFile<ServiceAccountCredential>(options.CertificatePath);
        var endpoint = string.IsNullOrWhiteSpace(options.TokenEndpoint) ? DefaultTokenEndpoint : options.TokenEndpoint;
        return new ServiceAccountCredential(new ServiceAccountCredential.Initializer(key.Id, endpoint)
        {
            User = userName,
            Scopes = options.Scopes.Length > 0 ? options.Scopes : [DefaultScope],
            Key = key.Key,
            KeyId = key.KeyId,
        });
    }
}
