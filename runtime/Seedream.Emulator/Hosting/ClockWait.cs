using System;
using System.Threading;
using System.Threading.Tasks;

namespace Seedream.Emulator;

/// <summary>Waits by the emulator's clock for a moment on a schedule.</summary>
internal static class ClockWait
{
    /// <summary>
    /// Completes once <paramref name="time"/> reads <paramref name="moment"/> or later; at once when it already does. Because
    /// the moment is absolute, a clock that moves while the wait is being set up still ends it: a timer is due a span after
    /// the clock read when it starts, so the clock is read again once it has started (if the clock moved past the moment in
    /// between, the timer would be due late), and again after it fired (a timer may wake a little early by the clock).
    /// </summary>
    /// <param name="time">The emulator's clock.</param>
    /// <param name="moment">The moment to wait for.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task WaitUntilAsync(this TimeProvider time, DateTimeOffset moment, CancellationToken cancellationToken)
    {
        for (var now = time.GetUtcNow(); now < moment; now = time.GetUtcNow())
        {
            using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var delay = Task.Delay(moment - now, time, timer.Token);
            if (time.GetUtcNow() >= moment)
            {
                timer.Cancel();
                return;
            }

            await delay.ConfigureAwait(false);
        }
    }
}
