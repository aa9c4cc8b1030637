using System;
using Microsoft.Extensions.Logging;
using Seedream.Failures;
using Seedream.Http;
using Seedream.Logging;
using Seedream.Telemetry;

namespace Seedream.Results;

/// <summary>
/// One image's download and its rules (<see cref="ICallRules"/>): <see cref="SeedreamDownloadOptions.MaxAttempts"/>
/// attempts, each within <see cref="SeedreamDownloadOptions.Timeout"/>; a retry is logged and counted, and the last
/// failure becomes the image's public error once, here (<see cref="Raise"/>).
/// </summary>
internal sealed class DownloadCall : ICallRules
{
    private readonly ILogger _logger;
    private readonly SecretRedactor _redactor;

    public DownloadCall(SeedreamImage image, SeedreamDownloadOptions options, ILogger logger, SecretRedactor redactor)
    {
        Image = image;
        MaxAttempts = options.MaxAttempts;
        AttemptTimeout = options.Timeout;
        _logger = logger;
        _redactor = redactor;
    }

    /// <summary>The image downloaded; it has a link.</summary>
    public SeedreamImage Image { get; }

    /// <inheritdoc />
    public int MaxAttempts { get; }

    /// <inheritdoc />
    public TimeSpan AttemptTimeout { get; }

    /// <inheritdoc />
    public void Retrying(Failure failure, int attempt, TimeSpan delay)
    {
        var reason = failure.ImageReason ?? ImageSaveFailureReason.NetworkError;
        SeedreamLog.DownloadRetrying(_logger, Image.Index, _redactor.Redact(Image.TaskId)!, _redactor.Redact(UrlRedaction.HostOnly(Image.Url))!, reason.ToString(), attempt, MaxAttempts, (long)delay.TotalMilliseconds);
        SeedreamMetrics.Retry("download", TelemetryReasons.Of(reason));
    }

    /// <summary>The image's public error for a download that ends in <paramref name="failure"/>.</summary>
    /// <param name="failure">The download's last failure (<see cref="DownloadFailures"/>).</param>
    public SeedreamImageSaveException Raise(Failure failure) =>
        ImageSaveFailures.Of(Image, failure.ImageReason ?? ImageSaveFailureReason.NetworkError, failure.What, _redactor, failure.StatusCode, failure.Cause);
}
