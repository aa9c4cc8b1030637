using System;
using System.Diagnostics;
using System.Threading.Tasks;
using Seedream.Testing.Sockets;
using Xunit;

namespace Seedream.Hostile.Tests.Infrastructure;

/// <summary>
/// Clients built through the public constructor (the client owns its sockets) with short limits, so every
/// bound is seconds; and the timing rule every test applies: a call ends within its documented bound + <see cref="CallBounds.Slack"/>.
/// </summary>
internal static class Clients
{
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(2);

    public const int Attempts = 2;

    public static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(100);

    public static readonly TimeSpan WaitTimeout = TimeSpan.FromSeconds(5);

    /// <summary>One request's documented bound: the per-attempt limit times the attempts, plus the backoff between them.</summary>
    public static TimeSpan RequestBound => CallBounds.Request(RequestTimeout, Attempts, RetryDelay * 2);

    public static SeedreamClientOptions Options(Uri baseUrl) => new()
    {
        ApiKey = Wire.ApiKey,
        BaseUrl = baseUrl,
        RequestTimeout = RequestTimeout,
        MaxResponseBytes = 1024 * 1024,
        Retry = { MaxAttempts = Attempts, BaseDelay = RetryDelay, MaxDelay = RetryDelay * 2 },
        Polling = { InitialDelay = TimeSpan.FromMilliseconds(100), MaxDelay = TimeSpan.FromMilliseconds(200), Timeout = WaitTimeout },
        Download = { Timeout = RequestTimeout, MaxAttempts = Attempts },
    };

    public static SeedreamClient For(HostileServer server, Action<SeedreamClientOptions>? configure = null)
    {
        var options = Options(server.BaseUrl);
        configure?.Invoke(options);
        return new SeedreamClient(options);
    }

    /// <summary>The smallest valid request (the one place to change when the request type changes).</summary>
    public static SeedreamRequest Request() => SeedreamRequest.ForModel("seedream-4.5").Prompt("a lighthouse at dusk").Build();

    /// <summary>Runs <paramref name="call"/>, asserts it ended within <paramref name="bound"/> + <see cref="CallBounds.Slack"/>, and returns what it threw.</summary>
    public static async Task<TException> ThrowsWithinAsync<TException>(TimeSpan bound, Func<Task> call)
        where TException : Exception
    {
        var clock = Stopwatch.StartNew();
        var thrown = await Assert.ThrowsAnyAsync<TException>(call);
        Assert.False(CallBounds.Overran(clock.Elapsed, bound), $"The call took {clock.Elapsed.TotalSeconds:0.0} s; its bound is {bound.TotalSeconds:0.0} s + {CallBounds.Slack.TotalSeconds:0} s.");
        return thrown;
    }
}
