using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Web;

namespace Reminders.IntegrationTests.Smtp;

/// <summary>
/// A local OAuth2 endpoint on 127.0.0.1 that answers the client-credentials token request (and OIDC discovery)
/// for one client id and secret, and any JWT-bearer request (Google service accounts; the test checks the
/// assertion), issuing <see cref="IssuedToken"/>. HttpListener cannot bind port 0, so it binds a port the system
/// just reported free and, should another process take it first, tries again on another one.
/// </summary>
public sealed class FakeTokenEndpoint : IAsyncDisposable
{
    private const int BindAttempts = 20;
    private readonly HttpListener _listener;
    private readonly Task _loop;

    public FakeTokenEndpoint(string clientId, string clientSecret)
    {
        ClientId = clientId;
        ClientSecret = clientSecret;
        (_listener, Port) = Bind();
        _loop = Task.Run(ServeAsync);
    }

    public string ClientId { get; }

    public string ClientSecret { get; }

    public int Port { get; }

    public string IssuedToken { get; } = "fake-access-token-" + Guid.NewGuid().ToString("N");

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    /// <summary>Each request as "METHOD path" and, for token requests, the form fields.</summary>
    public ConcurrentQueue<(string Request, IReadOnlyDictionary<string, string> Form)> Requests { get; } = new();

    public async ValueTask DisposeAsync()
    {
        // Close alone, not Stop then Close: on Unix each of them takes the prefixes off the port's endpoint, and the second
        // finds none registered and binds the port again to look, which fails when another process has taken it meanwhile
        // ("Address already in use", seen once in CI).
        _listener.Close();
        try
        {
            await _loop;
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception failure) when (failure is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            await AnswerAsync(context);
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var query = HttpUtility.ParseQueryString(body);
        var form = query.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => query[k] ?? "");
        Requests.Enqueue(($"{context.Request.HttpMethod} {path}", form));

        var tenant = path.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "common";
        var (status, json) = path switch
        {
            _ when path.EndsWith("/.well-known/openid-configuration", StringComparison.Ordinal) => (200, Discovery(tenant)),
            _ when path.EndsWith("/token", StringComparison.Ordinal) => Token(form),
            _ => (404, """{"error":"not_found"}"""),
        };
        var bytes = Encoding.UTF8.GetBytes(json);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }

    private static string Discovery(string tenant)
    {
        var root = $"https://login.reminders.test/{tenant}";
        return $$"""
            {"issuer":"{{root}}/v2.0","token_endpoint":"{{root}}/oauth2/v2.0/token",
             "authorization_endpoint":"{{root}}/oauth2/v2.0/authorize","jwks_uri":"{{root}}/discovery/v2.0/keys"}
            """;
    }

    private (int, string) Token(Dictionary<string, string> form)
    {
        if (form.GetValueOrDefault("grant_type") == "urn:ietf:params:oauth:grant-type:jwt-bearer"
            && form.ContainsKey("assertion"))
        {
            return (200, $$"""{"token_type":"Bearer","expires_in":3600,"access_token":"{{IssuedToken}}"}""");
        }

        if (form.GetValueOrDefault("grant_type") != "client_credentials" || form.GetValueOrDefault("client_id") != ClientId
            || form.GetValueOrDefault("client_secret") != ClientSecret)
        {
            return (401, """{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided."}""");
        }

        return (200, $$"""{"token_type":"Bearer","expires_in":3600,"ext_expires_in":3600,"access_token":"{{IssuedToken}}"}""");
    }

    private static (HttpListener Listener, int Port) Bind()
    {
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return (listener, port);
            }
            catch (HttpListenerException) when (attempt < BindAttempts)
            {
                // Taken by another process since it was reported free: another port.
                listener.Close();
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
