using System;
using System.Threading;

namespace Seedream.Emulator;

/// <summary>
/// When a holder of finished work (the task store, the webhook dispatcher) may sweep out what is past
/// <see cref="EmulatorOptions.TaskRetention"/>: at most once per <see cref="Interval"/> of emulator time, by one caller
/// at a time, so creating a task stays cheap.
/// </summary>
internal sealed class RetentionSweep
{
    /// <summary>The least time between two sweeps.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    private long _last;

    /// <summary>Whether the caller is to sweep now; claims the sweep when it is.</summary>
    /// <param name="now">The emulator's time.</param>
    public bool IsDue(DateTimeOffset now)
    {
        var last = Interlocked.Read(ref _last);
        return now.UtcTicks - last >= Interval.Ticks && Interlocked.CompareExchange(ref _last, now.UtcTicks, last) == last;
    }
}
