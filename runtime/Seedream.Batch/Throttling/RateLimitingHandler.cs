using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Seedream.Batch.Throttling;

/// <summary>
/// Puts every HTTP request of a batch (API calls and image downloads) through one <see cref="BatchRateLimiter"/>,
/// and tells it about each 429 or 503 answer and its <c>Retry-After</c>, including those the client retries itself.
/// </summary>
internal sealed class RateLimitingHandler : DelegatingHandler
{
    private readonly BatchRateLimiter _limiter;

    public RateLimitingHandler(BatchRateLimiter limiter, HttpMessageHandler inner)
        : base(inner)
    {
        _limiter = limiter;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await _limiter.WaitAsync(cancellationToken).ConfigureAwait(false);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable)
        {
            _limiter.OnThrottled(RetryAfter(response));
        }
        else
        {
            _limiter.OnAnswered();
        }

        return response;
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is TimeSpan delta)
        {
            return delta;
        }

        return header?.Date is DateTimeOffset date ? date - DateTimeOffset.UtcNow : null;
    }
}
