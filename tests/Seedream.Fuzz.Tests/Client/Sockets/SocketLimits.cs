using System;
using Seedream.Testing.Sockets;

namespace Seedream.Fuzz.Tests.Client.Sockets;

/// <summary>The short limits the socket fuzz gives the client, so every documented bound is seconds, and those bounds.</summary>
internal static class SocketLimits
{
    private static readonly TimeSpan AttemptLimit = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromMilliseconds(500);
    private const int Attempts = 2;

    /// <summary>The longest wait between two attempts: the longest <c>Retry-After</c> the client waits out (the backoff is capped lower, at 100 ms).</summary>
    private static readonly TimeSpan LongestWait = MaxRetryAfter;

    /// <summary>The bound of one API request (create, status, cancel).</summary>
    public static TimeSpan Request { get; } = CallBounds.Request(AttemptLimit, Attempts, LongestWait);

    /// <summary>The bound of a wait: its deadline (a poll in flight is cut short there).</summary>
    public static TimeSpan Wait { get; } = TimeSpan.FromSeconds(3);

    /// <summary>The bound of saving a result's images (at most three, all downloaded at once).</summary>
    public static TimeSpan Save { get; } = CallBounds.Request(AttemptLimit, Attempts, LongestWait);

    /// <summary>Sets the limits (and the key, address and endpoint choice) on <paramref name="options"/>.</summary>
    public static void Configure(SeedreamClientOptions options, Uri baseUrl, bool useSyncEndpoint)
    {
        options.ApiKey = ResponseMutator.ApiKey;
        options.BaseUrl = baseUrl;
        options.RequestTimeout = AttemptLimit;
        options.SyncRequestTimeout = AttemptLimit;
        options.UseSyncEndpoint = useSyncEndpoint;
        options.MaxResponseBytes = 256 * 1024;
        options.Retry.MaxAttempts = Attempts;
        options.Retry.BaseDelay = TimeSpan.FromMilliseconds(50);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(100);
        options.Retry.MaxRetryAfter = MaxRetryAfter;
        options.Polling.InitialDelay = TimeSpan.FromMilliseconds(50);
        options.Polling.MaxDelay = TimeSpan.FromMilliseconds(200);
        options.Polling.Timeout = Wait;
        options.Download.Timeout = AttemptLimit;
        options.Download.MaxAttempts = Attempts;
        options.Download.MaxBytes = 512 * 1024;
    }
}
