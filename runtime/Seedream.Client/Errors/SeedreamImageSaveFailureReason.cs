namespace Seedream;

/// <summary>Why one image could not be saved.</summary>
public enum SeedreamImageSaveFailureReason
{
    /// <summary>The API reported an error for this image of the set instead of an image.</summary>
    ImageFailed,

    /// <summary>The image has neither a link nor Base64 data.</summary>
    NoData,

    /// <summary>The link had expired before the download started, or the server refused it as expired (403/410).</summary>
    LinkExpired,

    /// <summary>The download server refused a link that had not expired by its <c>expires_at</c> (HTTP 401/403), still so after retries.</summary>
    Refused,

    /// <summary>
    /// The task's images exceed <see cref="SeedreamDownloadOptions.MaxImagesPerTask"/> or, together,
    /// <see cref="SeedreamDownloadOptions.MaxBytesPerTask"/>.
    /// </summary>
    LimitExceeded,

    /// <summary>The link is not http or https.</summary>
    UnsupportedScheme,

    /// <summary>The image is larger than <see cref="SeedreamDownloadOptions.MaxBytes"/>.</summary>
    TooLarge,

    /// <summary>The download server answered with an error status, still so after retries.</summary>
    HttpError,

    /// <summary>The connection failed or broke, still so after retries.</summary>
    NetworkError,

    /// <summary>The download took longer than <see cref="SeedreamDownloadOptions.Timeout"/>, still so after retries.</summary>
    Timeout,

    /// <summary>The data is not a known image (an error page served as an image, a compressed stream, bad Base64, an empty body).</summary>
    InvalidData,

    /// <summary>The file, or the folder to hold it, could not be written.</summary>
    WriteFailed,
}
