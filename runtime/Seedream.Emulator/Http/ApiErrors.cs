using System.Collections.Generic;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Seedream.Transport;

namespace Seedream.Emulator;

/// <summary>
/// The error envelope <c>{"error": {"message", "code", "type"}}</c> for each status the API documents.
/// As the provider does, <c>type</c> is sent only by the synchronous endpoint.
/// </summary>
internal static class ApiErrors
{
    /// <summary>400: a parameter is missing, malformed or not supported by the model.</summary>
    /// <param name="message">What was wrong, where, and what is allowed.</param>
    /// <param name="synchronous">Whether the request went to the synchronous endpoint.</param>
    public static JsonAnswer BadRequest(string message, bool synchronous) =>
        Create(StatusCodes.Status400BadRequest, message, "invalid_request", "invalid_request_error", synchronous);

    /// <summary>413: the request body is larger than the emulator reads.</summary>
    /// <param name="message">How large the body was allowed to be.</param>
    /// <param name="synchronous">Whether the request went to the synchronous endpoint.</param>
    public static JsonAnswer PayloadTooLarge(string message, bool synchronous) =>
        Create(StatusCodes.Status413PayloadTooLarge, message, "request_too_large", "invalid_request_error", synchronous);

    /// <summary>401: the API key is missing or wrong.</summary>
    /// <param name="message">What was wrong with the key (never the key itself).</param>
    /// <param name="synchronous">Whether the request went to the synchronous endpoint.</param>
    public static JsonAnswer Unauthorized(string message, bool synchronous) =>
        Create(StatusCodes.Status401Unauthorized, message, "invalid_api_key", "authentication_error", synchronous);

    /// <summary>402: the quota cannot pay for the task.</summary>
    /// <param name="message">What the task costs and what is left.</param>
    /// <param name="synchronous">Whether the request went to the synchronous endpoint.</param>
    public static JsonAnswer InsufficientBalance(string message, bool synchronous) =>
        Create(StatusCodes.Status402PaymentRequired, message, "insufficient_quota", "insufficient_quota", synchronous);

    /// <summary>404: no such task.</summary>
    /// <param name="taskId">The id asked for.</param>
    public static JsonAnswer TaskNotFound(string taskId) =>
        Create(StatusCodes.Status404NotFound, $"Task not found: no task has the id '{taskId}'.", "task_not_found", "not_found_error", synchronous: false);

    /// <summary>404: no such result file.</summary>
    /// <param name="fileName">The file asked for.</param>
    public static JsonAnswer FileNotFound(string fileName) =>
        Create(StatusCodes.Status404NotFound, $"No result file is named '{fileName}'.", "file_not_found", "not_found_error", synchronous: false);

    /// <summary>410: the result link has expired.</summary>
    /// <param name="expiredAt">When it expired, as Unix milliseconds.</param>
    public static JsonAnswer LinkExpired(long expiredAt) =>
        Create(
            StatusCodes.Status410Gone,
            string.Create(CultureInfo.InvariantCulture, $"This result link expired at {expiredAt} (Unix ms); links are valid for a limited time, so save images promptly."),
            "link_expired",
            "not_found_error",
            synchronous: false);

    /// <summary>429: the emulator holds as many tasks as it may (<see cref="EmulatorOptions.MaxRetainedTasks"/>) and none has ended.</summary>
    /// <param name="message">How many are held and when to retry.</param>
    /// <param name="retryAfterSeconds">The <c>Retry-After</c> sent: until the oldest task ends.</param>
    /// <param name="synchronous">Whether the request went to the synchronous endpoint.</param>
    public static JsonAnswer TooManyTasks(string message, int retryAfterSeconds, bool synchronous) =>
        Create(StatusCodes.Status429TooManyRequests, message, "rate_limited", "rate_limit_error", synchronous, RetryAfter(retryAfterSeconds));

    /// <summary>
    /// The envelope of an answer no endpoint wrote a body for: no such route (404), a method the route does not take (405),
    /// a request line or headers over the limits (414, 431), or what the server refused while reading the request.
    /// </summary>
    /// <param name="status">The status being answered, 400 or more.</param>
    /// <param name="message">What was wrong and what is allowed.</param>
    /// <param name="synchronous">Whether the request went to the synchronous endpoint.</param>
    public static JsonAnswer ForStatus(int status, string message, bool synchronous)
    {
        var (code, type) = status switch
        {
            StatusCodes.Status404NotFound => ("not_found", "not_found_error"),
            StatusCodes.Status405MethodNotAllowed => ("method_not_allowed", "invalid_request_error"),
            StatusCodes.Status408RequestTimeout => ("request_timeout", "invalid_request_error"),
            StatusCodes.Status413PayloadTooLarge => ("request_too_large", "invalid_request_error"),
            StatusCodes.Status414UriTooLong => ("uri_too_long", "invalid_request_error"),
            StatusCodes.Status431RequestHeaderFieldsTooLarge => ("headers_too_large", "invalid_request_error"),
            >= 500 => ("server_error", "server_error"),
            _ => ("invalid_request", "invalid_request_error"),
        };
        return Create(status, message, code, type, synchronous);
    }

    /// <summary>The answer of an injected status fault.</summary>
    /// <param name="kind">500, 503 or 429.</param>
    /// <param name="retryAfterSeconds">The <c>Retry-After</c> sent with 503 and 429.</param>
    /// <param name="synchronous">Whether the request went to the synchronous endpoint.</param>
    public static JsonAnswer Injected(FaultKind kind, int retryAfterSeconds, bool synchronous)
    {
        var retryAfter = RetryAfter(retryAfterSeconds);
        return kind switch
        {
            FaultKind.RateLimited => Create(StatusCodes.Status429TooManyRequests, "Rate limit exceeded (injected by the emulator).", "rate_limited", "rate_limit_error", synchronous, retryAfter),
            FaultKind.ServiceUnavailable => Create(StatusCodes.Status503ServiceUnavailable, "Service unavailable (injected by the emulator).", "service_unavailable", "server_error", synchronous, retryAfter),
            _ => Create(StatusCodes.Status500InternalServerError, "Internal error, retry later (injected by the emulator).", "server_error", "server_error", synchronous),
        };
    }

    private static Dictionary<string, string> RetryAfter(int seconds) =>
        new() { ["Retry-After"] = seconds.ToString(CultureInfo.InvariantCulture) };

    private static JsonAnswer Create(int status, string message, string code, string type, bool synchronous, IReadOnlyDictionary<string, string>? headers = null) =>
        new(status, new ErrorResponse { Error = new ErrorDetail { Message = message, Code = code, Type = synchronous ? type : null } }, headers);
}
