namespace Seedream;

/// <summary>Why one image could not be saved.</summary>
public enum ImageSaveFailureReason
{
    /// <summary>The API reported an error for this image of the set instead of an image.</summary>
    ImageFailed,

    /// <summary>The image has neither a link nor Base64 data.</summary>
    NoData,

    /// <summary>The link had expired before the download started, or the server refused it as expired (403/410).</summary>
    LinkExpired,

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

    /// <summary>The Base64 data could not be decoded.</summary>
    InvalidData,

    /// <summary>The file could not be written.</summary>
    WriteFailed,
}
