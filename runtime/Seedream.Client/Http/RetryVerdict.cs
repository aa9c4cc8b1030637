using System;

namespace Seedream.Http;

/// <summary>What one failed attempt of a retried call means: the error to raise, whether to try again, and what the server asked to wait.</summary>
internal class RetryVerdict
{
    public RetryVerdict(SeedreamException error, bool retryable, TimeSpan? retryAfter)
    {
        Error = error;
        Retryable = retryable;
        RetryAfter = retryAfter;
    }

    /// <summary>The error raised when no attempt is left or the failure is not retried.</summary>
    public SeedreamException Error { get; }

    /// <summary>Whether another attempt is safe and worth making.</summary>
    public bool Retryable { get; }

    /// <summary>The wait the server asked for (<c>Retry-After</c>), when it did.</summary>
    public TimeSpan? RetryAfter { get; }
}
