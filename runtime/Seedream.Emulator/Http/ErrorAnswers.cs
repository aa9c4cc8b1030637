using Microsoft.AspNetCore.Http;

namespace Seedream.Emulator;

/// <summary>
/// The error answer of a request in the envelope and codes of the API it was addressed to: the upstream images API's
/// (<see cref="ArkErrors"/>, for paths under <c>/api/v3</c>) or the gateway's (<see cref="ApiErrors"/>, for the rest).
/// </summary>
internal static class ErrorAnswers
{
    /// <summary>The envelope of an answer no endpoint wrote a body for; see <see cref="ApiErrors.ForStatus"/> and <see cref="ArkErrors.ForStatus"/>.</summary>
    /// <param name="request">The request answered.</param>
    /// <param name="status">The status being answered, 400 or more.</param>
    /// <param name="message">What was wrong and what is allowed.</param>
    public static JsonAnswer ForStatus(HttpRequest request, int status, string message) =>
        ImageGenerationEndpoints.IsModelArk(request)
            ? ArkErrors.ForStatus(status, message)
            : ApiErrors.ForStatus(status, message, TaskEndpoints.IsSynchronous(request));

    /// <summary>401: the API key is missing or wrong.</summary>
    /// <param name="request">The request answered.</param>
    /// <param name="message">What was wrong with the key (never the key itself).</param>
    public static JsonAnswer Unauthorized(HttpRequest request, string message) =>
        ImageGenerationEndpoints.IsModelArk(request)
            ? ArkErrors.Unauthorized(message)
            : ApiErrors.Unauthorized(message, TaskEndpoints.IsSynchronous(request));

    /// <summary>The answer of an injected status fault (500, 503 or 429).</summary>
    /// <param name="request">The request answered.</param>
    /// <param name="kind">The fault.</param>
    /// <param name="retryAfterSeconds">The <c>Retry-After</c> sent with 503 and 429.</param>
    public static JsonAnswer Injected(HttpRequest request, FaultKind kind, int retryAfterSeconds) =>
        ImageGenerationEndpoints.IsModelArk(request)
            ? ArkErrors.Injected(kind, retryAfterSeconds)
            : ApiErrors.Injected(kind, retryAfterSeconds, TaskEndpoints.IsSynchronous(request));
}
