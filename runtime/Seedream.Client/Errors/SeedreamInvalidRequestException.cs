using System;

namespace Seedream;

/// <summary>
/// The request was rejected as invalid: by the API (HTTP 400, with its code and message) or, before
/// anything was sent, by the client's check against the model's table (<see cref="SeedreamValidationException"/>).
/// Change the request; retrying it as it is will fail again.
/// </summary>
public class SeedreamInvalidRequestException : SeedreamException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">What went wrong and what to do about it.</param>
    /// <param name="statusCode">400 when the API answered; <see langword="null"/> when the client refused the request itself.</param>
    /// <param name="apiCode">The API's error code, when given.</param>
    /// <param name="apiMessage">The API's error message, when given.</param>
    /// <param name="taskId">The task the request concerned, when known (a cancel of a task that is no longer queued).</param>
    /// <param name="innerException">The cause, when there is one.</param>
    public SeedreamInvalidRequestException(string message, int? statusCode = 400, string? apiCode = null, string? apiMessage = null, string? taskId = null, Exception? innerException = null)
        : base(message, statusCode, apiCode, apiMessage, taskId, innerException)
    {
    }
}
