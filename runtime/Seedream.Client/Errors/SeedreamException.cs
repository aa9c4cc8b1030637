using System;
using Seedream.Failures;

namespace Seedream;

/// <summary>
/// The base of every error the Seedream client raises. A program decides by data: <see cref="Kind"/> says what kind of
/// failure it is (switch on it), and <see cref="StatusCode"/>, <see cref="ApiCode"/>, <see cref="TaskId"/>,
/// <see cref="MayHaveCreatedTask"/> and <see cref="RetryAfter"/> say the rest; <see cref="Exception.Message"/> is for
/// people and may change. Messages never contain the API key or an image link.
/// </summary>
public class SeedreamException : Exception
{
    /// <summary>Creates an error of a kind.</summary>
    /// <param name="kind">What kind of failure it is.</param>
    /// <param name="message">What went wrong and what to do about it.</param>
    /// <param name="innerException">The cause, when there is one.</param>
    public SeedreamException(SeedreamErrorKind kind, string message, Exception? innerException)
        : base(message, innerException)
    {
        Kind = kind;
    }

    /// <summary>Creates an error with everything the API said about it.</summary>
    /// <param name="kind">What kind of failure it is.</param>
    /// <param name="message">What went wrong and what to do about it.</param>
    /// <param name="statusCode">The HTTP status code of the answer, when there was one.</param>
    /// <param name="apiCode">The API's error code (<c>error.code</c>), when given.</param>
    /// <param name="apiMessage">The API's error message (<c>error.message</c>), when given.</param>
    /// <param name="taskId">The task the error concerns, when known.</param>
    /// <param name="mayHaveCreatedTask">Whether a failed create request may still have created (and billed) a task.</param>
    /// <param name="retryAfter">How long the API asked to wait before the next request (<c>Retry-After</c>), when it said.</param>
    /// <param name="innerException">The cause, when there is one.</param>
    public SeedreamException(SeedreamErrorKind kind, string message, int? statusCode, string? apiCode, string? apiMessage, string? taskId, bool mayHaveCreatedTask, TimeSpan? retryAfter, Exception? innerException)
        : base(message, innerException)
    {
        Kind = kind;
        StatusCode = statusCode;
        ApiCode = apiCode;
        ApiMessage = apiMessage;
        TaskId = taskId;
        MayHaveCreatedTask = mayHaveCreatedTask;
        RetryAfter = retryAfter;
    }

    /// <summary>The error for a classified failure, with everything the record holds.</summary>
    internal SeedreamException(string message, Failure failure)
        : this(failure.Kind, message, failure.StatusCode, failure.ApiCode, failure.ApiMessage, failure.TaskId, failure.MayHaveCreatedTask, failure.RetryAfter, failure.Cause)
    {
    }

    /// <summary>What kind of failure this is: the value to switch on.</summary>
    public SeedreamErrorKind Kind { get; }

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

    /// <summary>How long the API asked to wait before the next request (<c>Retry-After</c>), when it said; set on <see cref="SeedreamErrorKind.RateLimited"/> and <see cref="SeedreamErrorKind.Server"/> failures.</summary>
    public TimeSpan? RetryAfter { get; }
}
