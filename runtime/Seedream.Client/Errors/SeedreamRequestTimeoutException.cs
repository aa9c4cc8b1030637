using System;
using Seedream.Failures;

namespace Seedream;

/// <summary>
/// One API request got no answer within its time limit (<see cref="SeedreamClientOptions.RequestTimeout"/>), or the API
/// answered HTTP 408 (<see cref="SeedreamErrorKind.RequestTimeout"/>), still so after the client's retries where retrying
/// was safe. A create request that timed out is never re-sent, since it may have created a task
/// (<see cref="SeedreamException.MayHaveCreatedTask"/>). Waiting for a task past its deadline is a different error:
/// <see cref="SeedreamWaitTimeoutException"/>.
/// </summary>
public sealed class SeedreamRequestTimeoutException : SeedreamException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">What went wrong and what to do about it.</param>
    /// <param name="taskId">The task the request concerned, when known.</param>
    /// <param name="timeout">The time limit of the request.</param>
    /// <param name="mayHaveCreatedTask">Whether a create request may have reached the server.</param>
    /// <param name="innerException">The cause, when there is one.</param>
    public SeedreamRequestTimeoutException(string message, string? taskId, TimeSpan timeout, bool mayHaveCreatedTask = false, Exception? innerException = null)
        : base(SeedreamErrorKind.RequestTimeout, message, null, null, null, taskId, mayHaveCreatedTask, null, innerException)
    {
        Timeout = timeout;
    }

    internal SeedreamRequestTimeoutException(string message, Failure failure, TimeSpan timeout)
        : base(message, failure)
    {
        Timeout = timeout;
    }

    /// <summary>The time limit of the request.</summary>
    public TimeSpan Timeout { get; }
}
