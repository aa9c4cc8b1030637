using System;

namespace Seedream;

/// <summary>Too many requests (HTTP 429), still refused after the client's own retries. Wait <see cref="RetryAfter"/>, then try again.</summary>
public sealed class SeedreamRateLimitException : SeedreamException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">What went wrong and what to do about it.</param>
    /// <param name="retryAfter">How long the API asked to wait (<c>Retry-After</c>), when it said.</param>
    /// <param name="taskId">The task the request concerned, when known.</param>
    /// <param name="apiCode">The API's error code, when given.</param>
    /// <param name="apiMessage">The API's error message, when given.</param>
    /// <param name="innerException">The cause, when there is one.</param>
    public SeedreamRateLimitException(string message, TimeSpan? retryAfter, string? taskId = null, string? apiCode = null, string? apiMessage = null, Exception? innerException = null)
        : base(message, 429, apiCode, apiMessage, taskId, innerException)
    {
        RetryAfter = retryAfter;
    }

    /// <summary>How long the API asked to wait before the next request (<c>Retry-After</c>), when it said.</summary>
    public TimeSpan? RetryAfter { get; }
}
