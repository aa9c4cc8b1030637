using System;

namespace Seedream.Emulator;

/// <summary>
/// Faults injected into the API endpoints (<c>/v1/…</c>; result links are not affected). Each
/// request draws once from a generator seeded with <see cref="Seed"/>, so a run can be reproduced.
/// The error statuses answer before the request is handled (a faulted create creates no task);
/// dropped connections and truncated bodies happen after it was handled (a create did create a task).
/// The rates are read on every request, so they may be changed while the emulator runs.
/// </summary>
public sealed class FaultOptions
{
    /// <summary>Share of requests, from 0 to 1, answered 500 with the error envelope.</summary>
    public double ServerErrorRate { get; set; }

    /// <summary>Share of requests, from 0 to 1, answered 503 with <c>Retry-After</c>.</summary>
    public double ServiceUnavailableRate { get; set; }

    /// <summary>Share of requests, from 0 to 1, answered 429 with <c>Retry-After</c>.</summary>
    public double RateLimitRate { get; set; }

    /// <summary>The <c>Retry-After</c> seconds sent with 429 and 503.</summary>
    public int RetryAfterSeconds { get; set; } = 1;

    /// <summary>Share of requests, from 0 to 1, delayed by <see cref="Latency"/> before they are handled.</summary>
    public double LatencyRate { get; set; }

    /// <summary>The delay added to a request picked by <see cref="LatencyRate"/>.</summary>
    public TimeSpan Latency { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Share of requests, from 0 to 1, whose connection is aborted after part of the answer was sent.</summary>
    public double DropConnectionRate { get; set; }

    /// <summary>Share of requests, from 0 to 1, whose answer ends cleanly but carries only the first half of its body.</summary>
    public double TruncateBodyRate { get; set; }

    /// <summary>Seed of the fault draws.</summary>
    public int Seed { get; set; } = 1;
}
