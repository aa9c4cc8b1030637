using System;
using Seedream.Failures;

namespace Seedream;

/// <summary>
/// Too many requests (HTTP 429; <see cref="SeedreamErrorKind.RateLimited"/>), still refused after the client's own retries.
/// Wait <see cref="SeedreamException.RetryAfter"/>, then try again.
/// </summary>
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
        : base(SeedreamErrorKind.RateLimited, message, 429, apiCode, apiMessage, taskId, false, retryAfter, innerException)
    {
    }

    internal SeedreamRateLimitException(string message, Failure failure)
        : base(message, failure)
    {
    }
}
