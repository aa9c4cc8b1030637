using System;
using Seedream.Testing.Sockets;

namespace Seedream.Fuzz.Tests.Client.Sockets;

/// <summary>
/// The documented bounds of a CLI run: the CLI's client has the shipped defaults (read here from a fresh
/// <see cref="SeedreamClientOptions"/>), and its wait ends at <c>--timeout</c>. The process's start-up counts
/// against the slack.
/// </summary>
internal static class CliLimits
{
    /// <summary>The <c>--timeout</c> every CLI case passes.</summary>
    public static readonly TimeSpan WaitTimeout = TimeSpan.FromSeconds(6);

    private static readonly SeedreamClientOptions Defaults = new();

    private static TimeSpan LongestWait => Defaults.Retry.MaxRetryAfter > Defaults.Retry.MaxDelay ? Defaults.Retry.MaxRetryAfter : Defaults.Retry.MaxDelay;

    private static TimeSpan Save => CallBounds.Request(Defaults.Download.Timeout, Defaults.Download.MaxAttempts, LongestWait);

    /// <summary><c>seedream wait &lt;id&gt;</c>: the wait's deadline, then the save.</summary>
    public static TimeSpan Wait => WaitTimeout + Save;

    /// <summary><c>seedream generate</c>: the create, the wait's deadline, then the save.</summary>
    public static TimeSpan Generate => CallBounds.Request(Defaults.RequestTimeout, Defaults.Retry.MaxAttempts, LongestWait) + Wait;
}
