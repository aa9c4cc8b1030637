using System;
using System.Threading;
using System.Threading.Tasks;

namespace Seedream.Emulator;

/// <summary>Waits by the emulator's clock for a moment on a schedule.</summary>
internal static class ClockWait
{
    /// <summary>
    /// Completes once <paramref name="time"/> reads <paramref name="moment"/> or later; at once when it already does. A timer
    /// may wake a little early by the clock, so the clock is read again after each. Because the moment is absolute, a fake
    /// clock advanced before the wait began still ends it.
    /// </summary>
    /// <param name="time">The emulator's clock.</param>
    /// <param name="moment">The moment to wait for.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task WaitUntilAsync(this TimeProvider time, DateTimeOffset moment, CancellationToken cancellationToken)
    {
        for (var now = time.GetUtcNow(); now < moment; now = time.GetUtcNow())
        {
            await Task.Delay(moment - now, time, cancellationToken).ConfigureAwait(false);
        }
    }
}
