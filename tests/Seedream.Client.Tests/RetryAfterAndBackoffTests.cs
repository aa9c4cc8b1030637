using System;
using System.Linq;
using Seedream.Http;
using Xunit;

namespace Seedream.Client.Tests;

public class RetryAfterAndBackoffTests
{
    private static readonly DateTimeOffset Now = new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("7", 7)]
    [InlineData(" 2.5 ", 2.5)]
    [InlineData("0", 0)]
    [InlineData("-3", 0)]
    [InlineData("Tue, 24 Nov 2026 12:00:30 GMT", 30)]
    [InlineData("Tue, 24 Nov 2026 11:59:00 GMT", 0)]
    public void RetryAfter_IsReadAsSecondsOrAsAnHttpDate(string header, double expectedSeconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), RetryAfter.Parse(header, Now));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("soon")]
    public void RetryAfter_Unreadable_IsIgnored(string? header)
    {
        Assert.Null(RetryAfter.Parse(header, Now));
    }

    [Fact]
    public void Backoff_DoublesFromTheBase_AndStopsAtTheCap()
    {
        var waits = new[] { 1, 2, 3, 4, 5, 6, 7 }
            .Select(attempt => Backoff.Delay(attempt, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), null, 0.5).TotalSeconds);

        Assert.Equal(new[] { 1.0, 2, 4, 8, 16, 30, 30 }, waits);
    }

    [Fact]
    public void Backoff_NeverWaitsLessThanRetryAfter()
    {
        Assert.Equal(TimeSpan.FromSeconds(45), Backoff.Delay(1, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(45), 0.5));
    }
}
