using System;
using System.Linq;
using Seedream.Polling;
using Xunit;

namespace Seedream.Client.Tests;

public class PollingPlanTests
{
    private static readonly SeedreamPollingOptions Defaults = new SeedreamPollingOptions();

    [Theory]
    [InlineData(12)]
    [InlineData(47)]
    [InlineData(200)]
    public void RisingProgress_LandsAPollJustAfterTheFinish_WithNoWaitLongerThanMaxDelay(int taskSeconds)
    {
        var duration = TimeSpan.FromSeconds(taskSeconds);
        var plan = new PollingSchedule(Defaults, () => 0.5).Start();
        var now = TimeSpan.Zero;
        var polls = 0;

        while (now < duration)
        {
            plan.Observe(now, now == TimeSpan.Zero ? 0 : (int)(100 * now.Ticks / duration.Ticks));
            var wait = plan.NextDelay(now, null);
            Assert.InRange(wait, TimeSpan.FromMilliseconds(1), Defaults.MaxDelay);
            now += wait;
            polls++;
        }

        var late = (now - duration).TotalSeconds;
        Assert.InRange(late, 0, Math.Max(0.5, 0.05 * taskSeconds));
        Assert.True(polls <= BackoffPolls(duration), $"{polls} polls, the backoff alone needs {BackoffPolls(duration)}");
    }

    [Fact]
    public void ProgressThatSaysNothing_LeavesEveryWaitToTheBackoff()
    {
        var schedule = new PollingSchedule(Defaults, () => 0.5);
        var plan = schedule.Start();

        var waits = new[] { 0, 0, 50, 50, 50, 50 }.Select((progress, i) =>
        {
            plan.Observe(TimeSpan.FromSeconds(i * 3), progress);
            return plan.NextDelay(TimeSpan.FromSeconds(i * 3), null);
        });

        Assert.Equal(Enumerable.Range(0, 6).Select(i => schedule.NextDelay(i, null)), waits);
    }

    [Fact]
    public void FollowProgressOff_LeavesEveryWaitToTheBackoff_EvenWhenProgressRises()
    {
        var options = new SeedreamPollingOptions { FollowProgress = false };
        var plan = new PollingSchedule(options, () => 0.5).Start();

        var waits = new[] { 20, 50, 95 }.Select((progress, i) =>
        {
            plan.Observe(TimeSpan.FromSeconds(i * 3), progress);
            return plan.NextDelay(TimeSpan.FromSeconds(i * 3), null).TotalSeconds;
        });

        Assert.Equal(new[] { 2.0, 3.0, 4.5 }, waits);
        Assert.Null(plan.TimeLeft(TimeSpan.FromSeconds(6)));
    }

    [Fact]
    public void RetryAfter_LongerThanThePlannedWait_Wins()
    {
        var plan = new PollingSchedule(Defaults, () => 0.5).Start();
        plan.Observe(TimeSpan.FromSeconds(2), 20);
        plan.Observe(TimeSpan.FromSeconds(5), 50);

        Assert.Equal(TimeSpan.FromSeconds(30), plan.NextDelay(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public void AnEstimateOfAnImminentFinish_NeverPollsMoreThanOnceEveryInitialDelay_OnAverage()
    {
        var plan = new PollingSchedule(Defaults, () => 0.5).Start();
        plan.Observe(TimeSpan.FromSeconds(1), 10);
        plan.Observe(TimeSpan.FromSeconds(1.1), 99);

        // The line says 100 % a millisecond from now; this is the second poll, due no earlier than 2 s.
        Assert.Equal(0.9, plan.NextDelay(TimeSpan.FromSeconds(1.1), null).TotalSeconds, 3);
    }

    [Fact]
    public void TimeLeft_CountsDownToTheEstimatedFinish_AndStopsAtZero()
    {
        var plan = new PollingSchedule(Defaults, () => 0.5).Start();
        Assert.Null(plan.TimeLeft(TimeSpan.Zero));
        plan.Observe(TimeSpan.FromSeconds(2), 20);
        plan.Observe(TimeSpan.FromSeconds(5), 50);

        Assert.Equal(5, plan.TimeLeft(TimeSpan.FromSeconds(5))!.Value.TotalSeconds, 3);
        Assert.Equal(1, plan.TimeLeft(TimeSpan.FromSeconds(9))!.Value.TotalSeconds, 3);
        Assert.Equal(TimeSpan.Zero, plan.TimeLeft(TimeSpan.FromSeconds(11)));
    }

    private static int BackoffPolls(TimeSpan duration)
    {
        var schedule = new PollingSchedule(Defaults, () => 0.5);
        var now = TimeSpan.Zero;
        var polls = 0;
        while (now < duration)
        {
            now += schedule.NextDelay(polls++, null);
        }

        return polls;
    }
}
