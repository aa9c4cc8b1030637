using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Seedream.Testing.Time;
using Xunit;

namespace Seedream.Client.Tests;

/// <summary>
/// The clock every client test runs on moves only while the code under test waits for it, so a slow machine
/// never turns work into a time-out. "Work" below is a flow that keeps arming time limits and yielding, as the
/// client does between two requests; a clock moved on every yield would pass those limits.
/// </summary>
public class WatchedClockTests
{
    private static readonly DateTimeOffset Start = new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task DriveAsync_NeverMovesTheClock_WhileTheFlowWorks_HoweverLongThatTakes()
    {
        var clock = new WatchedClock(Start);
        using var limit = clock.CreateCancellationTokenSource(TimeSpan.FromSeconds(1));

        var flow = WorkAsync(clock, limit.Token, yields: 2000);
        await clock.DriveAsync(flow);

        await flow;
        Assert.Equal(Start, clock.GetUtcNow());
    }

    [Fact]
    public async Task DriveAsync_MovesTheClockToEachDelayInTurn_NeverToALaterTimeLimit()
    {
        var clock = new WatchedClock(Start);
        var woke = new List<TimeSpan>();

        var flow = Flow();
        await clock.DriveAsync(flow);

        await flow;
        Assert.Equal(new[] { TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5) }, woke);
        Assert.Equal(Start + TimeSpan.FromSeconds(5), clock.GetUtcNow());

        async Task Flow()
        {
            using var limit = clock.CreateCancellationTokenSource(TimeSpan.FromSeconds(60));
            await clock.Delay(TimeSpan.FromSeconds(2), limit.Token);
            woke.Add(clock.GetUtcNow() - Start);
            await WorkAsync(clock, limit.Token, yields: 200);
            await clock.Delay(TimeSpan.FromSeconds(3), limit.Token);
            woke.Add(clock.GetUtcNow() - Start);
        }
    }

    [Fact]
    public async Task DriveAsync_EndsAHeldRequest_ByMovingTheClockToItsTimeLimit()
    {
        var clock = new WatchedClock(Start);

        var flow = Flow();
        await clock.DriveAsync(flow);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => flow);
        Assert.Equal(Start + TimeSpan.FromSeconds(10), clock.GetUtcNow());

        async Task Flow()
        {
            using var limit = clock.CreateCancellationTokenSource(TimeSpan.FromSeconds(10));
            await WorkAsync(clock, limit.Token, yields: 200);
            clock.HoldUntilCancelled(limit.Token);
            await Task.Delay(Timeout.Infinite, limit.Token);
        }
    }

    [Fact]
    public async Task DriveAsync_OverSeveralFlows_MovesTheClockOnlyWhenAllOfThemWait()
    {
        var clock = new WatchedClock(Start);
        var waiter = Waiter();

        var worker = Worker();
        await clock.DriveAsync(new[] { waiter, worker });

        await Task.WhenAll(waiter, worker);
        Assert.Equal(Start + TimeSpan.FromSeconds(5), clock.GetUtcNow());

        async Task Waiter() => await clock.Delay(TimeSpan.FromSeconds(1));

        async Task Worker()
        {
            using var limit = clock.CreateCancellationTokenSource(TimeSpan.FromSeconds(1));
            await WorkAsync(clock, limit.Token, yields: 2000);
            limit.Dispose();
            await clock.Delay(TimeSpan.FromSeconds(5));
        }
    }

    [Fact]
    public async Task DriveAsync_OnAFlowThatWaitsForSomethingElse_FailsAfterItsHangGuard_SayingWhatWasArmed()
    {
        var clock = new WatchedClock(Start);
        using var limit = clock.CreateCancellationTokenSource(TimeSpan.FromSeconds(30));
        var never = new TaskCompletionSource();

        var error = await Assert.ThrowsAsync<TimeoutException>(() => clock.DriveAsync(never.Task, hangGuard: TimeSpan.FromMilliseconds(100)));

        Assert.Contains("1 of 1 flows under test neither ended nor all waited for the clock", error.Message);
        Assert.Contains("0 delays and 1 time limits armed, 0 requests held", error.Message);
        Assert.Equal(Start, clock.GetUtcNow());
    }

    /// <summary>Work between two waits: each step arms a fresh time limit, checks the given one has not passed, and yields.</summary>
    private static async Task WorkAsync(WatchedClock clock, CancellationToken limit, int yields)
    {
        for (var i = 0; i < yields; i++)
        {
            using var step = clock.CreateCancellationTokenSource(TimeSpan.FromSeconds(1));
            limit.ThrowIfCancellationRequested();
            await Task.Yield();
        }
    }
}
