using System;
using Seedream.Failures;

namespace Seedream;

/// <summary>
/// The API answered with a server error (HTTP 5xx; <see cref="SeedreamErrorKind.Server"/>) or with an answer the client
/// could not use (<see cref="SeedreamErrorKind.InvalidResponse"/>), still so after the client's own retries where retrying
/// was safe. For a create, <see cref="SeedreamException.MayHaveCreatedTask"/> says whether the task may exist anyway (a
/// server error, a gateway page, a redirect or an unreadable answer: then look for it, by <see cref="SeedreamException.TaskId"/>
/// when known, before submitting again); otherwise try again later.
/// </summary>
public sealed class SeedreamServerException : SeedreamException
{
    /// <summary>Creates a server error (<see cref="SeedreamErrorKind.Server"/>).</summary>
    /// <param name="message">What went wrong and what to do about it.</param>
    /// <param name="statusCode">The HTTP status code of the answer.</param>
    /// <param name="retryAfter">How long the API asked to wait (<c>Retry-After</c>), when it said.</param>
    /// <param name="taskId">The task the request concerned, when known.</param>
    /// <param name="apiCode">The API's error code, when given.</param>
    /// <param name="apiMessage">The API's error message, when given.</param>
    /// <param name="mayHaveCreatedTask">Whether a create request may have created a task before the server failed.</param>
    /// <param name="innerException">The cause, when there is one.</param>
    public SeedreamServerException(string message, int? statusCode, TimeSpan? retryAfter = null, string? taskId = null, string? apiCode = null, string? apiMessage = null, bool mayHaveCreatedTask = false, Exception? innerException = null)
        : base(SeedreamErrorKind.Server, message, statusCode, apiCode, apiMessage, taskId, mayHaveCreatedTask, retryAfter, innerException)
    {
    }

    internal SeedreamServerException(string message, Failure failure)
        : base(message, failure)
    {
    }
}
