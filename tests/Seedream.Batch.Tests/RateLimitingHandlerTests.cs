using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using Seedream.Batch.Throttling;
using Xunit;

namespace Seedream.Batch.Tests;

/// <summary>The batch reads a refusal's <c>Retry-After</c> as the client does, on the batch's own clock.</summary>
public sealed class RateLimitingHandlerTests
{
    [Fact]
    public async Task RetryAfterAsAnHttpDate_HoldsTheBatchUntilThatTime_OnTheBatchClock()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));
        var limiter = new BatchRateLimiter(time);
        var refusal = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        refusal.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(time.GetUtcNow().AddSeconds(30));
        using var invoker = new HttpMessageInvoker(new RateLimitingHandler(limiter, time, new Answering(refusal)));

        using var answer = await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1/v1/tasks/t"), CancellationToken.None);
        var next = limiter.WaitAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(29));
        Assert.False(next.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(next.IsCompleted);
    }

    [Fact]
    public async Task RetryAfterOfAYear_HoldsTheBatchADayAtMost()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));
        var limiter = new BatchRateLimiter(time);
        var refusal = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        refusal.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromDays(365));
        using var invoker = new HttpMessageInvoker(new RateLimitingHandler(limiter, time, new Answering(refusal)));

        using var answer = await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1/v1/tasks/t"), CancellationToken.None);
        var next = limiter.WaitAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromDays(1));
        Assert.True(next.IsCompleted);
    }

    private sealed class Answering : HttpMessageHandler
    {
        private readonly HttpResponseMessage _answer;

        public Answering(HttpResponseMessage answer)
        {
            _answer = answer;
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) => Task.FromResult(_answer);
    }
}
