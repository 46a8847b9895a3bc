using Microsoft.Identity.Client;

namespace Reminders.IntegrationTests.Smtp;

/// <summary>
/// Gives MSAL an HttpClient that sends every request to a local endpoint: MSAL only accepts an https authority,
/// so the test configures <c>https://login.reminders.test/…</c> and this handler rewrites it to http://127.0.0.1.
/// </summary>
internal sealed class LoopbackMsalHttpClientFactory(Uri target) : IMsalHttpClientFactory
{
    public HttpClient GetHttpClient() => new(new RewritingHandler(target));

    private sealed class RewritingHandler(Uri target) : DelegatingHandler(new HttpClientHandler())
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var original = request.RequestUri!;
            request.RequestUri = new UriBuilder(original) { Scheme = target.Scheme, Host = target.Host, Port = target.Port }.Uri;
            return base.SendAsync(request, cancellationToken);
        }
    }
}
