using System;
using System.Net.Http;
using System.Threading;
using Seedream.Logging;

namespace Seedream.Failures;

/// <summary>
/// The classification of an image download's outcome: each failure becomes one <see cref="Failure"/> of kind
/// <see cref="SeedreamErrorKind.ImageNotSaved"/> with its <see cref="Failure.ImageReason"/>, which the retry pipeline
/// reads as it reads an API call's (<see cref="Http.RetryPipeline{T}"/>). Which reasons earn another attempt is decided
/// here alone (<see cref="IsRetryable"/>).
/// </summary>
internal static class DownloadFailures
{
    /// <summary>
    /// Whether a download that failed for <paramref name="reason"/> (with HTTP <paramref name="status"/>, when one was
    /// received) is worth another attempt: a 401 or 403 on a link that is still valid (<see cref="ImageSaveFailureReason.Refused"/>),
    /// an answer 408, 429 or 5xx, a broken connection or body, and an attempt that ran out of time.
    /// </summary>
    public static bool IsRetryable(ImageSaveFailureReason reason, int? status) => reason switch
    {
        ImageSaveFailureReason.Refused => true,
        ImageSaveFailureReason.HttpError => status is 408 or 429 or >= 500,
        ImageSaveFailureReason.NetworkError => true,
        ImageSaveFailureReason.Timeout => true,
        _ => false,
    };

    /// <summary>A failed download for <paramref name="reason"/>.</summary>
    /// <param name="reason">Why the image was not saved.</param>
    /// <param name="what">What went wrong, as a sentence after "was not saved: " (never the image's link).</param>
    /// <param name="redactor">Clears the API key from the text and the cause.</param>
    /// <param name="status">The download's HTTP status code, when one was received.</param>
    /// <param name="retryAfter">The download server's <c>Retry-After</c>, when it sent one.</param>
    /// <param name="cause">The exception behind the failure, when there is one.</param>
    public static Failure Of(ImageSaveFailureReason reason, string what, SecretRedactor redactor, int? status = null, TimeSpan? retryAfter = null, Exception? cause = null) =>
        new Failure(
            SeedreamErrorKind.ImageNotSaved,
            redactor.Redact(what)!,
            IsRetryable(reason, status),
            statusCode: status,
            retryAfter: retryAfter,
            cause: redactor.Guard(cause),
            imageReason: reason);

    /// <summary>
    /// What <paramref name="exception"/>, thrown by a download attempt, means; <see langword="null"/> when it is no failure
    /// of the download (the caller cancelled, or an error no rule knows), so it escapes unchanged.
    /// </summary>
    /// <param name="exception">What the attempt threw.</param>
    /// <param name="link">The image's link (only its host is named).</param>
    /// <param name="attemptTimeout">The attempt's time limit.</param>
    /// <param name="redactor">Clears the API key from the cause.</param>
    /// <param name="callerToken">The caller's token (not the attempt's time limit).</param>
    public static Failure? Classify(Exception exception, Uri link, TimeSpan attemptTimeout, SecretRedactor redactor, CancellationToken callerToken) =>
        exception switch
        {
            OperationCanceledException timedOut when !callerToken.IsCancellationRequested =>
                Of(ImageSaveFailureReason.Timeout, $"the download did not finish within {attemptTimeout.TotalSeconds:0.#} s (SeedreamDownloadOptions.Timeout).", redactor, cause: timedOut),
            HttpRequestException network =>
                Of(ImageSaveFailureReason.NetworkError, $"the connection to {link.Host} failed ({network.GetType().Name}).", redactor, cause: network),
            _ => null,
        };
}
