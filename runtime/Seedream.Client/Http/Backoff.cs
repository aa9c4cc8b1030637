using System;

namespace Seedream.Http;

/// <summary>The wait before a retry: exponential from a base, jittered by ±20 %, capped, and never shorter than <c>Retry-After</c>.</summary>
internal static class Backoff
{
    private const double Jitter = 0.2;

    /// <param name="attempt">The attempt that just failed, from 1.</param>
    /// <param name="baseDelay">The wait after the first attempt.</param>
    /// <param name="maxDelay">The longest computed wait.</param>
    /// <param name="retryAfter">What the server asked for, when it did.</param>
    /// <param name="random">A uniform number in [0, 1).</param>
    public static TimeSpan Delay(int attempt, TimeSpan baseDelay, TimeSpan maxDelay, TimeSpan? retryAfter, double random)
    {
        var grown = Math.Min(maxDelay.Ticks, baseDelay.Ticks * Math.Pow(2, Math.Max(0, attempt - 1)));
        var jittered = Math.Min(maxDelay.Ticks, grown * (1 + (Jitter * ((2 * random) - 1))));
        var delay = TimeSpan.FromTicks((long)jittered);
        return retryAfter is TimeSpan wait && wait > delay ? wait : delay;
    }
}
