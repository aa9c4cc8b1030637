using System;
using Seedream.Failures;

namespace Seedream;

/// <summary>No such task, or the task belongs to another API key (HTTP 404; <see cref="SeedreamErrorKind.NotFound"/>).</summary>
public sealed class SeedreamNotFoundException : SeedreamException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">What went wrong and what to do about it.</param>
    /// <param name="taskId">The task id that was not found.</param>
    /// <param name="apiCode">The API's error code, when given.</param>
    /// <param name="apiMessage">The API's error message, when given.</param>
    /// <param name="innerException">The cause, when there is one.</param>
    public SeedreamNotFoundException(string message, string? taskId, string? apiCode = null, string? apiMessage = null, Exception? innerException = null)
        : base(SeedreamErrorKind.NotFound, message, 404, apiCode, apiMessage, taskId, false, null, innerException)
    {
    }

    internal SeedreamNotFoundException(string message, Failure failure)
        : base(message, failure)
    {
    }
}
