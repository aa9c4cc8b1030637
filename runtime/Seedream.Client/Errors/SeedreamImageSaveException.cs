using System;

namespace Seedream;

/// <summary>One image of a task could not be saved (<see cref="SeedreamErrorKind.ImageNotSaved"/>); <see cref="Reason"/> says why. No partial file is left behind.</summary>
public sealed class SeedreamImageSaveException : SeedreamException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">What went wrong and what to do about it (never the image's link).</param>
    /// <param name="taskId">The task the image belongs to.</param>
    /// <param name="reason">Why the image could not be saved.</param>
    /// <param name="imageIndex">The image's position in the task's result, from 0; <see langword="null"/> for a failure of the whole set.</param>
    /// <param name="statusCode">The download's HTTP status code, when one was received.</param>
    /// <param name="innerException">The cause, when there is one.</param>
    public SeedreamImageSaveException(string message, string taskId, SeedreamImageSaveFailureReason reason, int? imageIndex = null, int? statusCode = null, Exception? innerException = null)
        : base(message, SeedreamErrorKind.ImageNotSaved, statusCode, taskId: taskId, innerException: innerException)
    {
        ImageIndex = imageIndex;
        Reason = reason;
    }

    /// <summary>
    /// The image's position in the task's result, from 0; <see langword="null"/> when the failure concerns the task's
    /// whole set: no image of it was tried because the task lists more than <see cref="SeedreamDownloadOptions.MaxImagesPerTask"/>.
    /// </summary>
    public int? ImageIndex { get; }

    /// <summary>Why the image could not be saved.</summary>
    public SeedreamImageSaveFailureReason Reason { get; }
}
