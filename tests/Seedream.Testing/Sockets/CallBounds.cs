using System;

namespace Seedream.Testing.Sockets;

/// <summary>How long a client call on real sockets may take: its documented bound, plus <see cref="Slack"/>.</summary>
public static class CallBounds
{
    /// <summary>
    /// The slack a call on real sockets gets on top of its documented bound. A busy machine stretches the work of a call
    /// (connecting, parsing, JIT on a cold path, a CLI process's start-up), not its timers: 10 s holds that on a 2-core
    /// machine at load 20, and is still shorter than any hostile answer that never ends or trickles past the bound.
    /// </summary>
    public static readonly TimeSpan Slack = TimeSpan.FromSeconds(10);

    /// <summary>One request's documented bound: the per-attempt limit times the attempts, plus the longest wait between each two.</summary>
    /// <param name="attemptLimit">The time limit of one attempt.</param>
    /// <param name="attempts">The attempts, the first included.</param>
    /// <param name="longestWait">The longest wait between two attempts (backoff or an honoured <c>Retry-After</c>).</param>
    public static TimeSpan Request(TimeSpan attemptLimit, int attempts, TimeSpan longestWait) =>
        TimeSpan.FromTicks(attemptLimit.Ticks * attempts) + TimeSpan.FromTicks(longestWait.Ticks * Math.Max(0, attempts - 1));

    /// <summary>Whether a call that took <paramref name="elapsed"/> overran <paramref name="bound"/> + <see cref="Slack"/>.</summary>
    public static bool Overran(TimeSpan elapsed, TimeSpan bound) => elapsed > bound + Slack;
}
