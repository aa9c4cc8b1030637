using System.Collections.Generic;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Seedream.Transport.ModelArk;

namespace Seedream.Emulator;

/// <summary>
/// The upstream images API's errors: the envelope <c>{"error": {"code", "message", "param"?, "type"?}}</c> of its non-2xx
/// answers, and the errors of single images. The codes it documents are used as documented
/// (<c>InvalidParameter</c>, <c>InputTextSensitiveContentDetected</c>, <c>ModelAccountIpmRateLimitExceeded</c>, ...);
/// where it documents none (401, 404, 405, 413, 503, ...) the code is the emulator's own, in the same style.
/// <c>type</c> names the status's category, e.g. <c>BadRequest</c>.
/// </summary>
internal static class ArkErrors
{
    /// <summary>400 with the refusal's code and field, e.g. <c>InvalidParameter</c> for <c>size</c>.</summary>
    /// <param name="refusal">Why the request was refused.</param>
    public static JsonAnswer Refused(ArkRequestException refusal) =>
        Create(StatusCodes.Status400BadRequest, refusal.Code, refusal.Message, "BadRequest", refusal.Param);

    /// <summary>401 <c>AuthenticationError</c>: the API key is missing or wrong.</summary>
    /// <param name="message">What was wrong with the key (never the key itself).</param>
    public static JsonAnswer Unauthorized(string message) =>
        Create(StatusCodes.Status401Unauthorized, "AuthenticationError", message, "Unauthorized");

    /// <summary>413 <c>RequestTooLarge</c>: the body is larger than the emulator reads.</summary>
    /// <param name="message">How large the body may be.</param>
    public static JsonAnswer PayloadTooLarge(string message) =>
        Create(StatusCodes.Status413PayloadTooLarge, "RequestTooLarge", message, "BadRequest");

    /// <summary>The answer of an injected status fault: 429 <c>ModelAccountIpmRateLimitExceeded</c>, 503 <c>ServiceUnavailable</c> or 500 <c>InternalServiceError</c>.</summary>
    /// <param name="kind">429, 503 or 500.</param>
    /// <param name="retryAfterSeconds">The <c>Retry-After</c> sent with 429 and 503.</param>
    public static JsonAnswer Injected(FaultKind kind, int retryAfterSeconds)
    {
        var retryAfter = new Dictionary<string, string> { ["Retry-After"] = retryAfterSeconds.ToString(CultureInfo.InvariantCulture) };
        return kind switch
        {
            FaultKind.RateLimited => Create(
                StatusCodes.Status429TooManyRequests,
                "ModelAccountIpmRateLimitExceeded",
                "The request exceeds the images-per-minute limit of this model for this account (injected by the emulator).",
                "TooManyRequests",
                headers: retryAfter),
            FaultKind.ServiceUnavailable => Create(
                StatusCodes.Status503ServiceUnavailable,
                "ServiceUnavailable",
                "The service is temporarily unavailable (injected by the emulator).",
                "ServiceUnavailable",
                headers: retryAfter),
            _ => Create(StatusCodes.Status500InternalServerError, "InternalServiceError", "The service encountered an unexpected internal error (injected by the emulator).", "InternalServiceError"),
        };
    }

    /// <summary>The envelope of an answer no endpoint wrote a body for (no such route, a method the route does not take, limits of the request's head).</summary>
    /// <param name="status">The status being answered, 400 or more.</param>
    /// <param name="message">What was wrong and what is allowed.</param>
    public static JsonAnswer ForStatus(int status, string message)
    {
        var (code, type) = status switch
        {
            StatusCodes.Status401Unauthorized => ("AuthenticationError", "Unauthorized"),
            StatusCodes.Status404NotFound => ("NotFound", "NotFound"),
            StatusCodes.Status405MethodNotAllowed => ("MethodNotAllowed", "BadRequest"),
            StatusCodes.Status408RequestTimeout => ("RequestTimeout", "BadRequest"),
            StatusCodes.Status413PayloadTooLarge => ("RequestTooLarge", "BadRequest"),
            StatusCodes.Status414UriTooLong => ("UriTooLong", "BadRequest"),
            StatusCodes.Status431RequestHeaderFieldsTooLarge => ("HeadersTooLarge", "BadRequest"),
            >= 500 => ("InternalServiceError", "InternalServiceError"),
            _ => ("BadRequest", "BadRequest"),
        };
        return Create(status, code, message, type);
    }

    /// <summary>The error of one image refused by the content policy once made; the set goes on.</summary>
    public static ArkError RejectedImage() => new()
    {
        Code = "OutputImageSensitiveContentDetected",
        Message = "The generated image may contain sensitive content (refused by the emulator, EmulatorOptions.ModelArk.RejectedImageRate).",
    };

    /// <summary>The error of the image an internal error stopped the set at; no image after it is made.</summary>
    public static ArkError InternalError() => new()
    {
        Code = "InternalServiceError",
        Message = "The service encountered an unexpected internal error; no further image of this set is made (injected by the emulator, EmulatorOptions.ModelArk.InternalErrorRate).",
    };

    private static JsonAnswer Create(int status, string code, string message, string type, string? param = null, IReadOnlyDictionary<string, string>? headers = null) =>
        new(status, new ArkErrorEnvelope { Error = new ArkError { Code = code, Message = message, Param = param, Type = type } }, headers);
}
