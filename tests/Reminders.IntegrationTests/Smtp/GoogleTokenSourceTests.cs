using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Reminders.Worker.Mail;
using Reminders.Worker.Mail.Smtp.OAuth;

namespace Reminders.IntegrationTests.Smtp;

/// <summary>The Google service-account token source against a local token endpoint.</summary>
public sealed class GoogleTokenSourceTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("google-key-");

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public async Task A_service_account_gets_a_token_for_the_mailbox_it_acts_as()
    {
        await using var endpoint = new FakeTokenEndpoint("unused", "unused");
        var keyPath = WriteServiceAccountKey();
        var source = new GoogleTokenSource(
            new OAuth2Options { Provider = OAuth2Provider.Google, CertificatePath = keyPath, TokenEndpoint = $"{endpoint.BaseAddress}token" },
            "paac@entidad.gov.co");

        var token = await source.GetAccessTokenAsync(Token);

        Assert.Equal(endpoint.IssuedToken, token);
        var request = Assert.Single(endpoint.Requests);
        using var claims = JsonDocument.Parse(Base64UrlDecode(request.Form["assertion"].Split('.')[1]));
        Assert.Equal("paac@entidad.gov.co", claims.RootElement.GetProperty("sub").GetString());
        Assert.Equal("reminders@proyecto.iam.gserviceaccount.com", claims.RootElement.GetProperty("iss").GetString());
        Assert.Equal("https://mail.google.com/", claims.RootElement.GetProperty("scope").GetString());
    }

    private string WriteServiceAccountKey()
    {
        using var rsa = RSA.Create(2048);
        var key = new Dictionary<string, string>
        {
            ["type"] = "service_account",
            ["project_id"] = "proyecto",
            ["private_key_id"] = "key-1",
            ["private_key"] = rsa.ExportPkcs8PrivateKeyPem(),
            ["client_email"] = "reminders@proyecto.iam.gserviceaccount.com",
            ["client_id"] = "1234567890",
            ["token_uri"] = "https://oauth2.googleapis.com/token",
        };
        var path = Path.Combine(_directory.FullName, "service-account.json");
        File.WriteAllText(path, JsonSerializer.Serialize(key));
        return path;
    }

    private static string Base64UrlDecode(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        padded += new string('=', (4 - (padded.Length % 4)) % 4);
        return Encoding.UTF8.GetString(Convert.FromBase64String(padded));
    }
}
