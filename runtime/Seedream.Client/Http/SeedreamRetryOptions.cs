using System;

namespace Seedream;

/// <summary>
/// How API requests are retried. Reads and cancels are retried on 408, 429, 500, 502, 503, 504, an answer that cannot be
/// used, network errors and timeouts. A create request (<c>POST /v1/tasks</c>) is re-sent only when it certainly created nothing:
/// the connection was refused before anything was sent, or the API answered 429 or 503.
/// </summary>
public sealed class SeedreamRetryOptions
{
    /// <summary>Attempts per request, the first included; 1 turns retries off. Default 3.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>The wait before the first retry; it doubles on each further retry. Default 1 second.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two attempts of one request, unless <c>Retry-After</c> asks for longer. Default 30 seconds.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The longest <c>Retry-After</c> the client waits out by itself; when the API asks for longer, the
    /// error is raised at once with its <see cref="SeedreamException.RetryAfter"/>. Default 60 seconds.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    internal SeedreamRetryOptions Clone() => (SeedreamRetryOptions)MemberwiseClone();

    internal void Validate()
    {
        if (MaxAttempts < 1)
        {
            throw new SeedreamOptionsException("Retry.MaxAttempts", "at least 1", $"Retry.MaxAttempts must be at least 1; it is {MaxAttempts}.");
        }

        if (BaseDelay < TimeSpan.Zero || MaxDelay < BaseDelay)
        {
            throw new SeedreamOptionsException("Retry.BaseDelay", "a time from zero up to Retry.MaxDelay", $"Retry.BaseDelay ({BaseDelay}) must not be negative nor longer than Retry.MaxDelay ({MaxDelay}).");
        }

        if (MaxRetryAfter < TimeSpan.Zero)
        {
            throw new SeedreamOptionsException("Retry.MaxRetryAfter", "zero or a positive time", $"Retry.MaxRetryAfter must not be negative; it is {MaxRetryAfter}.");
        }
    }
}
