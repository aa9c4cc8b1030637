using System;
using System.Threading;
using Microsoft.Extensions.Time.Testing;

namespace Seedream.Emulator.Tests;

/// <summary>
/// A fake clock whose timers fire <see cref="Early"/> before they are due by the clock, as system timers may: a timer set
/// for 5 s fires when the clock reads 4.999 s.
/// </summary>
internal sealed class EarlyTimers : TimeProvider
{
    public static readonly TimeSpan Early = TimeSpan.FromMilliseconds(1);

    public EarlyTimers(FakeTimeProvider clock) => Clock = clock;

    public FakeTimeProvider Clock { get; }

    public override TimeZoneInfo LocalTimeZone => Clock.LocalTimeZone;

    public override long TimestampFrequency => Clock.TimestampFrequency;

    public override DateTimeOffset GetUtcNow() => Clock.GetUtcNow();

    public override long GetTimestamp() => Clock.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        Clock.CreateTimer(callback, state, dueTime > Early ? dueTime - Early : dueTime, period);
}
