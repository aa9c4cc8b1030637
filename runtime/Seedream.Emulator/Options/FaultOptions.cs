using System;

namespace Seedream.Emulator;

/// <summary>
/// Faults injected into the API endpoints (the gateway's <c>/v1/…</c> and the upstream images API's <c>/api/v3/…</c>;
/// result links are not affected). Each request draws once from a generator seeded with <see cref="Seed"/>, so a run can
/// be reproduced. The error statuses answer before the request is handled (a faulted create creates no task, a faulted
/// generation makes no image), each in the envelope and codes of the API asked; dropped connections, truncated bodies and
/// stalls happen after it was handled (a create did create a task, a generation did make its images). A stream
/// (<c>"stream": true</c>) takes a dropped connection, a truncated body or a stall between its events: its events are its
/// image events then <c>image_generation.completed</c>, and the fault comes after the first half of them (k image events:
/// after (k + 1) / 2 of them, rounded down), so a cut stream never carries <c>completed</c> or <c>data: [DONE]</c>.
/// The rates are read on every request, so they may be changed while the emulator runs.
/// </summary>
public sealed class FaultOptions
{
    /// <summary>Share of requests, from 0 to 1, answered 500 with the error envelope.</summary>
    public double ServerErrorRate { get; set; }

    /// <summary>Share of requests, from 0 to 1, answered 503 with <c>Retry-After</c>.</summary>
    public double ServiceUnavailableRate { get; set; }

    /// <summary>
    /// Share of requests, from 0 to 1, answered 429 with <c>Retry-After</c> (code <c>rate_limited</c> on the gateway,
    /// <c>ModelAccountIpmRateLimitExceeded</c> upstream).
    /// </summary>
    public double RateLimitRate { get; set; }

    /// <summary>The <c>Retry-After</c> seconds sent with 429 and 503.</summary>
    public int RetryAfterSeconds { get; set; } = 1;

    /// <summary>Share of requests, from 0 to 1, delayed by <see cref="Latency"/> before they are handled.</summary>
    public double LatencyRate { get; set; }

    /// <summary>The delay added to a request picked by <see cref="LatencyRate"/>.</summary>
    public TimeSpan Latency { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// Share of requests, from 0 to 1, whose connection is aborted after part of the answer was sent: half its body, or
    /// half a stream's events.
    /// </summary>
    public double DropConnectionRate { get; set; }

    /// <summary>
    /// Share of requests, from 0 to 1, whose answer ends cleanly but carries only the first half of its body, or of a
    /// stream's events (a stream cut without <c>image_generation.completed</c> and <c>data: [DONE]</c>).
    /// </summary>
    public double TruncateBodyRate { get; set; }

    /// <summary>
    /// Share of requests, from 0 to 1, whose stream pauses for <see cref="Stall"/> after the first half of its events, by
    /// the emulator's clock; answers that are not streams are not affected. Drawn with <see cref="DropConnectionRate"/> and
    /// <see cref="TruncateBodyRate"/> (one of the three at most), so the three add up to 1 or less.
    /// </summary>
    public double StallRate { get; set; }

    /// <summary>The pause a stream picked by <see cref="StallRate"/> makes between two events. Default 1 minute.</summary>
    public TimeSpan Stall { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Seed of the fault draws.</summary>
    public int Seed { get; set; } = 1;
}
