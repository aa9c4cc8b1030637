using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace Seedream.Emulator.Tests;

/// <summary>The emulator's waits for a moment on its schedule (a stream's next image, a stall's end, a sync answer) end once the clock reaches it, however the clock moves.</summary>
public class ClockWaitTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task ClockMovingPastTheMoment_WhileTheTimerStarts_EndsTheWait()
    {
        var step = TimeSpan.FromMinutes(5);
        var clock = new ClockMovingAfterFirstRead(new FakeTimeProvider(EmulatorHarness.Start), step);

        await clock.WaitUntilAsync(EmulatorHarness.Start + step, CancellationToken.None).WaitAsync(Patience);
    }

    [Fact]
    public async Task ClockReachingTheMoment_AfterTheTimerStarted_EndsTheWait()
    {
        var fake = new FakeTimeProvider(EmulatorHarness.Start);

        var wait = fake.WaitUntilAsync(EmulatorHarness.Start + TimeSpan.FromSeconds(10), CancellationToken.None);
        Assert.False(wait.IsCompleted);
        fake.Advance(TimeSpan.FromSeconds(10));

        await wait.WaitAsync(Patience);
    }

    /// <summary>A fake clock that moves on by a step right after it is first read: the moment between reading the clock and starting a timer.</summary>
    private sealed class ClockMovingAfterFirstRead : TimeProvider
    {
        private readonly FakeTimeProvider _clock;
        private TimeSpan? _step;

        public ClockMovingAfterFirstRead(FakeTimeProvider clock, TimeSpan step)
        {
            _clock = clock;
            _step = step;
        }

        public override DateTimeOffset GetUtcNow()
        {
            var now = _clock.GetUtcNow();
            if (_step is TimeSpan step)
            {
                _step = null;
                _clock.Advance(step);
            }

            return now;
        }

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
            _clock.CreateTimer(callback, state, dueTime, period);
    }
}
