using System;
using Seedream.Transport;
using Xunit;

namespace Seedream.Fuzz.Tests.Client;

/// <summary>Timestamps at and beyond what a date can hold read as unknown; seconds and milliseconds both read.</summary>
public sealed class UnixTimestampTests
{
    [Theory]
    [InlineData(long.MaxValue)] // Fuzz seed 20261124, case 28918: "expires_at": 9223372036854775807.
    [InlineData(long.MinValue)]
    [InlineData(253402300800000L)]
    [InlineData(-99999999999L)]
    public void ATimestampNoDateCanHold_ReadsAsUnknown(long value) => Assert.Null(UnixTimestamp.ToDateTimeOffset(value));

    [Theory]
    [InlineData(1775285160L, 1775285160000L)]
    [InlineData(1775285160123L, 1775285160123L)]
    public void SecondsAndMilliseconds_StillRead(long value, long expectedMilliseconds) =>
        Assert.Equal(expectedMilliseconds, UnixTimestamp.ToDateTimeOffset(value)!.Value.ToUnixTimeMilliseconds());
}
