using System;
using Seedream.Failures;

namespace Seedream;

/// <summary>
/// The API refused the request as it is (<see cref="SeedreamErrorKind.InvalidRequest"/>: HTTP 400 or another 4xx, or the
/// API's error object in a 2xx answer, with its code and message), e.g. a cancel of a task that is no longer queued, or a
/// body above the server's cap (HTTP 413, see <see cref="SeedreamException.StatusCode"/>). Change the request; retrying it
/// as it is will fail again. A request the client refused before sending is a <see cref="SeedreamValidationException"/> instead.
/// </summary>
public sealed class SeedreamInvalidRequestException : SeedreamException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">What went wrong and what to do about it.</param>
    /// <param name="statusCode">The HTTP status code: 400, or 413 for a request too large.</param>
    /// <param name="apiCode">The API's error code, when given.</param>
    /// <param name="apiMessage">The API's error message, when given.</param>
    /// <param name="taskId">The task the request concerned, when known (a cancel of a task that is no longer queued).</param>
    /// <param name="innerException">The cause, when there is one.</param>
    public SeedreamInvalidRequestException(string message, int? statusCode = 400, string? apiCode = null, string? apiMessage = null, string? taskId = null, Exception? innerException = null)
        : base(SeedreamErrorKind.InvalidRequest, message, statusCode, apiCode, apiMessage, taskId, false, null, innerException)
    {
    }

    internal SeedreamInvalidRequestException(string message, Failure failure)
        : base(message, failure)
    {
    }
}
