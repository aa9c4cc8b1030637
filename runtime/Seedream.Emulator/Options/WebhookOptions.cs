using System;

namespace Seedream.Emulator;

/// <summary>How the emulator POSTs a finished task to the request's <c>callback_url</c>.</summary>
public sealed class WebhookOptions
{
    /// <summary>Most attempts per finished task; a 2xx answer ends them early. At least 1.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Wait before the second attempt; each later attempt waits twice as long as the one before.</summary>
    public TimeSpan Backoff { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one attempt may take before it counts as failed.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How much of a receiver's answer is read, in bytes; the rest is not waited for. Deliveries follow no
    /// redirects (a 3xx counts as a failed attempt) and send no cookies. Default 64 KiB.
    /// </summary>
    public int MaxResponseBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// Whether webhooks may go to hosts other than loopback (127.0.0.0/8, ::1). Off by default, so an emulator that others
    /// can reach cannot be made to POST to other machines; a <c>callback_url</c> elsewhere is then a failed attempt that says
    /// why. Turn it on for a receiver in another container or on another machine.
    /// </summary>
    public bool AllowAnyHost { get; set; }

    /// <summary>The wait before attempt number <paramref name="attempt"/> (1-based): none before the first, then <see cref="Backoff"/>, doubling.</summary>
    /// <param name="attempt">The attempt about to be made, starting at 1.</param>
    public TimeSpan DelayBefore(int attempt)
    {
        if (attempt < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(attempt), attempt, "Attempts are numbered from 1.");
        }

        return attempt == 1 ? TimeSpan.Zero : TimeSpan.FromTicks(Backoff.Ticks * (1L << Math.Min(attempt - 2, 30)));
    }
}
