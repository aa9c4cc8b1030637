using System.Net.Http;

namespace Seedream.Http;

/// <summary>
/// The socket-level handlers the client creates when it owns its connections (and registers with
/// <c>IHttpClientFactory</c>). The API and the image downloads get separate handlers, so they share no
/// connection state; neither keeps cookies.
/// </summary>
internal static class PrimaryHandlers
{
    /// <summary>The most redirects an image download follows (CDNs redirect; API calls never do).</summary>
    public const int MaxDownloadRedirects = 5;

    /// <summary>For API calls: no redirects (the <see cref="RedirectGuardHandler"/> reports them), no cookies.</summary>
    public static HttpClientHandler Api() => new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false };

    /// <summary>For image downloads: a few http(s) redirects, no cookies.</summary>
    public static HttpClientHandler Downloads() =>
        new HttpClientHandler { AllowAutoRedirect = true, MaxAutomaticRedirections = MaxDownloadRedirects, UseCookies = false };
}
