using System;

namespace Seedream;

/// <summary>One image of a task could not be saved (<see cref="SeedreamErrorKind.ImageNotSaved"/>); <see cref="Reason"/> says why. No partial file is left behind.</summary>
public sealed class SeedreamImageSaveException : SeedreamException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">What went wrong and what to do about it (never the image's link).</param>
    /// <param name="taskId">The task the image belongs to.</param>
    /// <param name="imageIndex">The image's position in the task's result, from 0.</param>
    /// <param name="reason">Why the image could not be saved.</param>
    /// <param name="statusCode">The download's HTTP status code, when one was received.</param>
    /// <param name="innerException">The cause, when there is one.</param>
    public SeedreamImageSaveException(string message, string taskId, int imageIndex, ImageSaveFailureReason reason, int? statusCode = null, Exception? innerException = null)
        : base(SeedreamErrorKind.ImageNotSaved, message, statusCode, null, null, taskId, false, null, innerException)
    {
        ImageIndex = imageIndex;
        Reason = reason;
    }

    /// <summary>
    /// The image's position in the task's result, from 0; <see cref="WholeSet"/> (-1) when no image of the task was tried
    /// because the task lists more than <see cref="SeedreamDownloadOptions.MaxImagesPerTask"/>.
    /// </summary>
    public int ImageIndex { get; }

    /// <summary>The <see cref="ImageIndex"/> of a failure that concerns the task's whole set of images, not one image: -1.</summary>
    public const int WholeSet = -1;

    /// <summary>Why the image could not be saved.</summary>
    public ImageSaveFailureReason Reason { get; }
}
