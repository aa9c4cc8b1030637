using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Seedream.Logging;

namespace Seedream.Http;

/// <summary>
/// Refuses redirects on API calls. A 3xx answer is an error that says where it pointed (host only: the
/// target may carry secrets), and an answer to a request the handler below re-sent elsewhere (a
/// user-supplied handler that follows redirects) is an error too. Following a redirect would send the
/// key to another host, and a create to two places, which may bill two tasks.
/// </summary>
internal sealed class RedirectGuardHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var sent = request.RequestUri;
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        var answered = response.RequestMessage?.RequestUri;
        if (status >= 300 && status < 400)
        {
            var location = response.Headers.Location;
            var target = location is null ? "no Location" : UrlRedaction.HostOnly(location.IsAbsoluteUri || sent is null ? location : new Uri(sent, location));
            response.Dispose();
            throw new UnusableAnswerException($"the API answered a redirect (HTTP {status} to {target}); API calls follow no redirects. Check SeedreamClientOptions.BaseUrl", status);
        }

        if (sent is not null && answered is not null && answered != sent)
        {
            response.Dispose();
            throw new UnusableAnswerException(
                $"the HTTP handler followed a redirect to {UrlRedaction.HostOnly(answered)} (HTTP {status}); API calls must follow no redirects: turn AllowAutoRedirect off on the handler given to SeedreamClient",
                status);
        }

        return response;
    }
}
