using System;

namespace Seedream;

/// <summary>
/// The API answered with a server error (HTTP 5xx) or an answer the client could not read, still so
/// after the client's own retries where retrying was safe. For a create, <see cref="SeedreamException.MayHaveCreatedTask"/>
/// says whether the task may exist anyway (a server error, a gateway page, a redirect or an unreadable answer: then look
/// for it, by <see cref="SeedreamException.TaskId"/> when known, before submitting again); otherwise try again later.
/// </summary>
public sealed class SeedreamServerException : SeedreamException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">What went wrong and what to do about it.</param>
    /// <param name="statusCode">The HTTP status code of the answer.</param>
    /// <param name="retryAfter">How long the API asked to wait (<c>Retry-After</c>), when it said.</param>
    /// <param name="taskId">The task the request concerned, when known.</param>
    /// <param name="apiCode">The API's error code, when given.</param>
    /// <param name="apiMessage">The API's error message, when given.</param>
    /// <param name="mayHaveCreatedTask">Whether a create request may have created a task before the server failed.</param>
    /// <param name="innerException">The cause, when there is one.</param>
    public SeedreamServerException(string message, int? statusCode, TimeSpan? retryAfter = null, string? taskId = null, string? apiCode = null, string? apiMessage = null, bool mayHaveCreatedTask = false, Exception? innerException = null)
        : base(message, statusCode, apiCode, apiMessage, taskId, mayHaveCreatedTask, innerException)
    {
        RetryAfter = retryAfter;
    }

    /// <summary>How long the API asked to wait before the next request (<c>Retry-After</c>), when it said.</summary>
    public TimeSpan? RetryAfter { get; }
}
