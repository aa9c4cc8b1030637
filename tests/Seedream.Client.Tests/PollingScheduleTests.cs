using System;
using System.Linq;
using Seedream.Polling;
using Xunit;

namespace Seedream.Client.Tests;

public class PollingScheduleTests
{
    private static readonly SeedreamPollingOptions Defaults = new SeedreamPollingOptions();

    [Fact]
    public void Waits_StartAtTwoSeconds_GrowByTheMultiplier_AndStopAtTheCap()
    {
        var schedule = new PollingSchedule(Defaults, () => 0.5);

        var waits = Enumerable.Range(0, 6).Select(i => schedule.NextDelay(i, null).TotalSeconds).ToArray();

        Assert.Equal(new[] { 2.0, 3.0, 4.5, 5.0, 5.0, 5.0 }, waits);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(10)]
    public void Jitter_MovesEachWaitByAtMostTheRatio_AndNeverPastTheCap(int pollIndex)
    {
        var plain = new PollingSchedule(Defaults, () => 0.5).NextDelay(pollIndex, null);
        var lowest = new PollingSchedule(Defaults, () => 0.0).NextDelay(pollIndex, null);
        var highest = new PollingSchedule(Defaults, () => 0.999999).NextDelay(pollIndex, null);

        Assert.Equal(plain.TotalSeconds * 0.8, lowest.TotalSeconds, 3);
        Assert.InRange(highest, plain, TimeSpan.FromTicks((long)(plain.Ticks * 1.2)));
        Assert.True(highest <= Defaults.MaxDelay, $"{highest} exceeds the cap");
    }

    [Fact]
    public void Jitter_SpreadsWaitsOfManyClients()
    {
        var random = new Random(42);
        var schedule = new PollingSchedule(Defaults, random.NextDouble);

        var firstWaits = Enumerable.Range(0, 200).Select(_ => schedule.NextDelay(0, null)).ToList();

        Assert.All(firstWaits, w => Assert.InRange(w.TotalSeconds, 1.6, 2.4));
        Assert.True(firstWaits.Distinct().Count() > 100, "jitter should spread the first poll of many clients");
    }

    [Fact]
    public void RetryAfter_LongerThanTheSchedule_IsHonoured_EvenPastTheCap()
    {
        var schedule = new PollingSchedule(Defaults, () => 0.5);

        Assert.Equal(TimeSpan.FromSeconds(12), schedule.NextDelay(0, TimeSpan.FromSeconds(12)));
        Assert.Equal(TimeSpan.FromSeconds(2), schedule.NextDelay(0, TimeSpan.FromSeconds(1)));
    }
}
