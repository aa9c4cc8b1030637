using System;

namespace Seedream;

/// <summary>
/// The base of every error the Seedream client raises. Catch a derived type to act on one kind of
/// failure; catch this type for all of them. Messages never contain the API key or an image link.
/// </summary>
public class SeedreamException : Exception
{
    /// <summary>Creates an error with a message.</summary>
    /// <param name="message">What went wrong and what to do about it.</param>
    public SeedreamException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an error with a message and its cause.</summary>
    /// <param name="message">What went wrong and what to do about it.</param>
    /// <param name="innerException">The cause, when there is one.</param>
    public SeedreamException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an error with everything the API said about it.</summary>
    /// <param name="message">What went wrong and what to do about it.</param>
    /// <param name="statusCode">The HTTP status code of the answer, when there was one.</param>
    /// <param name="apiCode">The API's error code (<c>error.code</c>), when given.</param>
    /// <param name="apiMessage">The API's error message (<c>error.message</c>), when given.</param>
    /// <param name="taskId">The task the error concerns, when known.</param>
    /// <param name="innerException">The cause, when there is one.</param>
    public SeedreamException(string message, int? statusCode, string? apiCode, string? apiMessage, string? taskId, Exception? innerException)
        : this(message, statusCode, apiCode, apiMessage, taskId, mayHaveCreatedTask: false, innerException)
    {
    }

    /// <summary>Creates an error with everything the API said about it, and whether a create may have created a task.</summary>
    /// <param name="message">What went wrong and what to do about it.</param>
    /// <param name="statusCode">The HTTP status code of the answer, when there was one.</param>
    /// <param name="apiCode">The API's error code (<c>error.code</c>), when given.</param>
    /// <param name="apiMessage">The API's error message (<c>error.message</c>), when given.</param>
    /// <param name="taskId">The task the error concerns, when known.</param>
    /// <param name="mayHaveCreatedTask">Whether a failed create request may still have created (and billed) a task.</param>
    /// <param name="innerException">The cause, when there is one.</param>
    public SeedreamException(string message, int? statusCode, string? apiCode, string? apiMessage, string? taskId, bool mayHaveCreatedTask, Exception? innerException)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        ApiCode = apiCode;
        ApiMessage = apiMessage;
        TaskId = taskId;
        MayHaveCreatedTask = mayHaveCreatedTask;
    }

    /// <summary>The HTTP status code of the answer, or <see langword="null"/> when no answer was received.</summary>
    public int? StatusCode { get; }

    /// <summary>The API's error code (<c>error.code</c>), when the answer carried one.</summary>
    public string? ApiCode { get; }

    /// <summary>The API's error message (<c>error.message</c>), when the answer carried one.</summary>
    public string? ApiMessage { get; }

    /// <summary>The task the error concerns, when known: keep it to resume or inspect the task later.</summary>
    public string? TaskId { get; }

    /// <summary>
    /// Whether a failed create (<c>POST /v1/tasks</c>) may still have created, and billed, a task: it timed out,
    /// the connection broke mid-request, or the server failed after receiving it. The client never re-sends such a
    /// request; look for the task (or wait for its webhook) before submitting again. <see cref="TaskId"/> holds its id
    /// when it is known. Always <see langword="false"/> for failures of other requests.
    /// </summary>
    public bool MayHaveCreatedTask { get; }
}
