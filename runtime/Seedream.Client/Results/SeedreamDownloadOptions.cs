using System;

namespace Seedream;

/// <summary>How result images are downloaded and saved.</summary>
public sealed class SeedreamDownloadOptions
{
    /// <summary>The largest image accepted, in bytes; a larger one fails with <see cref="ImageSaveFailureReason.TooLarge"/>. Default 50 MiB.</summary>
    public long MaxBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>
    /// The most images saved from one task; a task listing more is an error (<see cref="ImageSaveFailureReason.LimitExceeded"/>)
    /// and nothing of it is saved. Default 100 (the API's sets hold at most 15).
    /// </summary>
    public int MaxImagesPerTask { get; set; } = 100;

    /// <summary>The most bytes saved from one task, all images together; images past it fail with <see cref="ImageSaveFailureReason.LimitExceeded"/>. Default 1 GiB.</summary>
    public long MaxBytesPerTask { get; set; } = 1024L * 1024 * 1024;

    /// <summary>The time limit of one download attempt, body included. Default 60 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Attempts per image, the first included, on 408, 429, 5xx, network errors and timeouts. Default 3.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>How many images of a set are downloaded at once. Default 4.</summary>
    public int MaxConcurrency { get; set; } = 4;

    internal SeedreamDownloadOptions Clone() => (SeedreamDownloadOptions)MemberwiseClone();

    internal void Validate()
    {
        if (MaxBytes <= 0)
        {
            throw new SeedreamOptionsException("Download.MaxBytes", "a positive number of bytes", $"Download.MaxBytes must be positive; it is {MaxBytes}.");
        }

        if (MaxImagesPerTask < 1)
        {
            throw new SeedreamOptionsException("Download.MaxImagesPerTask", "at least 1", $"Download.MaxImagesPerTask must be at least 1; it is {MaxImagesPerTask}.");
        }

        if (MaxBytesPerTask <= 0)
        {
            throw new SeedreamOptionsException("Download.MaxBytesPerTask", "a positive number of bytes", $"Download.MaxBytesPerTask must be positive; it is {MaxBytesPerTask}.");
        }

        if (Timeout <= TimeSpan.Zero)
        {
            throw new SeedreamOptionsException("Download.Timeout", "a positive time", $"Download.Timeout must be positive; it is {Timeout}.");
        }

        if (MaxAttempts < 1)
        {
            throw new SeedreamOptionsException("Download.MaxAttempts", "at least 1", $"Download.MaxAttempts must be at least 1; it is {MaxAttempts}.");
        }

        if (MaxConcurrency < 1)
        {
            throw new SeedreamOptionsException("Download.MaxConcurrency", "at least 1", $"Download.MaxConcurrency must be at least 1; it is {MaxConcurrency}.");
        }
    }
}
