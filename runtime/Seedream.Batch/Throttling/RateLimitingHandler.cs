using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Seedream.Http;

namespace Seedream.Batch.Throttling;

/// <summary>
/// Puts every HTTP request of a batch (API calls and image downloads) through one <see cref="BatchRateLimiter"/>,
/// and tells it about each 429 or 503 answer and its <c>Retry-After</c> (read by the client's own rule, <see cref="RetryAfter"/>),
/// including those the client retries itself.
/// </summary>
internal sealed class RateLimitingHandler : DelegatingHandler
{
    private readonly BatchRateLimiter _limiter;
    private readonly TimeProvider _time;

    public RateLimitingHandler(BatchRateLimiter limiter, HttpMessageHandler inner, TimeProvider time)
        : base(inner)
    {
        _limiter = limiter;
        _time = time;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await _limiter.WaitAsync(cancellationToken).ConfigureAwait(false);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable)
        {
            _limiter.OnThrottled(RetryAfter.From(response, _time.GetUtcNow()));
        }
        else
        {
            _limiter.OnAnswered();
        }

        return response;
    }
}
