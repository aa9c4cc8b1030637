using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using Seedream.Batch.Throttling;
using Xunit;

namespace Seedream.Batch.Tests;

public sealed class BatchRateLimiterTests
{
    [Fact]
    public async Task Refusal_HoldsEveryRequestForRetryAfter_ThenSpacesThem_UntilGoodAnswersBringFullSpeedBack()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var limiter = new BatchRateLimiter(time);
        await limiter.WaitAsync(CancellationToken.None);

        limiter.OnThrottled(TimeSpan.FromSeconds(3));
        var first = limiter.WaitAsync(CancellationToken.None);
        var second = limiter.WaitAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(2.9));
        Assert.False(first.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(0.1));
        await first;
        Assert.False(second.IsCompleted);
        time.Advance(limiter.Spacing);
        await second;
        Assert.Equal(TimeSpan.FromMilliseconds(100), limiter.Spacing);
        Assert.Equal(1, limiter.Throttles);

        for (var i = 0; i < 20; i++)
        {
            limiter.OnAnswered();
        }

        Assert.Equal(TimeSpan.Zero, limiter.Spacing);
    }

    [Fact]
    public void RefusalsInARow_DoubleTheSpacing_UpToTwoSeconds()
    {
        var limiter = new BatchRateLimiter(new FakeTimeProvider());

        for (var i = 0; i < 10; i++)
        {
            limiter.OnThrottled(null);
        }

        Assert.Equal(TimeSpan.FromSeconds(2), limiter.Spacing);
        Assert.Equal(10, limiter.Throttles);
    }
}
