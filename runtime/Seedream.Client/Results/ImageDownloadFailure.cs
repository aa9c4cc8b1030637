using System;

namespace Seedream.Results;

/// <summary>
/// What a download attempt throws for every failure it recognises: the image's error and the wait the download server
/// asked for. <see cref="DownloadRetryRules"/> decides from it whether another attempt is made.
/// </summary>
internal sealed class ImageDownloadFailure : Exception
{
    public ImageDownloadFailure(SeedreamImageSaveException error, TimeSpan? retryAfter = null)
        : base(error.Message, error)
    {
        Error = error;
        RetryAfter = retryAfter;
    }

    /// <summary>The error raised when no attempt is left or the failure is not retried.</summary>
    public SeedreamImageSaveException Error { get; }

    /// <summary>The download server's <c>Retry-After</c>, when it sent one.</summary>
    public TimeSpan? RetryAfter { get; }
}
