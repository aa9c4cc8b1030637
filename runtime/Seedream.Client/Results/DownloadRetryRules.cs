using System;
using System.Net.Http;
using System.Threading;
using Microsoft.Extensions.Logging;
using Seedream.Http;
using Seedream.Logging;
using Seedream.Telemetry;

namespace Seedream.Results;

/// <summary>
/// One image's download attempts (<see cref="SeedreamDownloadOptions.MaxAttempts"/>, each within
/// <see cref="SeedreamDownloadOptions.Timeout"/>) and the one decision of which failures earn another: see
/// <see cref="IsRetryable"/>. Every other failure is final at once.
/// </summary>
internal sealed class DownloadRetryRules : RetryRules<DownloadRetryRules.Verdict>
{
    private readonly SeedreamImage _image;
    private readonly ILogger _logger;
    private readonly SecretRedactor _redactor;

    public DownloadRetryRules(SeedreamImage image, SeedreamDownloadOptions options, ILogger logger, SecretRedactor redactor)
        : base(options.MaxAttempts, options.Timeout)
    {
        _image = image;
        _logger = logger;
        _redactor = redactor;
    }

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

    public override Verdict? Classify(Exception exception, CancellationToken cancellationToken) =>
        exception switch
        {
            ImageDownloadFailure failure => new Verdict(failure.Error, failure.RetryAfter),
            OperationCanceledException timedOut when !cancellationToken.IsCancellationRequested => new Verdict(
                ImageSaveFailures.Of(_image, ImageSaveFailureReason.Timeout, $"the download did not finish within {AttemptTimeout.TotalSeconds:0.#} s (SeedreamDownloadOptions.Timeout).", _redactor, cause: timedOut),
                null),
            HttpRequestException network => new Verdict(
                ImageSaveFailures.Of(_image, ImageSaveFailureReason.NetworkError, $"the connection to {_image.Url!.Host} failed ({network.GetType().Name}).", _redactor, cause: network),
                null),
            _ => null,
        };

    public override void Retrying(Verdict verdict, int attempt, TimeSpan delay)
    {
        SeedreamLog.DownloadRetrying(_logger, _image.Index, _redactor.Redact(_image.TaskId)!, _redactor.Redact(UrlRedaction.HostOnly(_image.Url))!, verdict.Reason.ToString(), attempt, MaxAttempts, (long)delay.TotalMilliseconds);
        SeedreamMetrics.Retry("download", TelemetryReasons.Of(verdict.Reason));
    }

    /// <summary>A failed download attempt, classified.</summary>
    internal sealed class Verdict : RetryVerdict
    {
        public Verdict(SeedreamImageSaveException error, TimeSpan? retryAfter)
            : base(error, IsRetryable(error.Reason, error.StatusCode), retryAfter)
        {
            Reason = error.Reason;
        }

        public ImageSaveFailureReason Reason { get; }
    }
}
