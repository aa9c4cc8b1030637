using System;

namespace Seedream.Http;

/// <summary>
/// Waits that grow exponentially, are jittered, capped, and never shorter than a <c>Retry-After</c>:
/// between retries of a request, and (through <see cref="Polling.PollingSchedule"/>) between polls of a task.
/// </summary>
internal static class Backoff
{
    private const double RetryMultiplier = 2;
    private const double RetryJitter = 0.2;

    /// <summary>The wait before a retry: doubling from <paramref name="baseDelay"/>, jittered by ±20 %.</summary>
    /// <param name="attempt">The attempt that just failed, from 1.</param>
    /// <param name="baseDelay">The wait after the first attempt.</param>
    /// <param name="maxDelay">The longest computed wait.</param>
    /// <param name="retryAfter">What the server asked for, when it did.</param>
    /// <param name="random">A uniform number in [0, 1).</param>
    public static TimeSpan Delay(int attempt, TimeSpan baseDelay, TimeSpan maxDelay, TimeSpan? retryAfter, double random) =>
        Grown(attempt - 1, baseDelay, RetryMultiplier, maxDelay, RetryJitter, retryAfter, random);

    /// <summary>
    /// <paramref name="initial"/> × <paramref name="multiplier"/>^<paramref name="step"/>, capped at
    /// <paramref name="max"/>, moved by up to ±<paramref name="jitterRatio"/> (and capped again), and
    /// raised to <paramref name="retryAfter"/> when that is longer.
    /// </summary>
    /// <param name="step">How many waits came before this one (negative counts as 0).</param>
    /// <param name="initial">The first wait.</param>
    /// <param name="multiplier">How much each wait grows.</param>
    /// <param name="max">The longest computed wait.</param>
    /// <param name="jitterRatio">The largest relative move, e.g. 0.2 for ±20 %.</param>
    /// <param name="retryAfter">What the server asked for, when it did.</param>
    /// <param name="random">A uniform number in [0, 1).</param>
    public static TimeSpan Grown(int step, TimeSpan initial, double multiplier, TimeSpan max, double jitterRatio, TimeSpan? retryAfter, double random)
    {
        var maxTicks = (double)max.Ticks;
        var grown = Math.Min(maxTicks, initial.Ticks * Math.Pow(multiplier, Math.Max(0, step)));
        var jitter = jitterRatio * ((2 * random) - 1);
        var delay = TimeSpan.FromTicks((long)Math.Min(maxTicks, grown * (1 + jitter)));
        return retryAfter is TimeSpan wait && wait > delay ? wait : delay;
    }
}
