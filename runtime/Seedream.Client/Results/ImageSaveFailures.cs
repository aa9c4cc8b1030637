using System;
using Seedream.Logging;

namespace Seedream.Results;

/// <summary>The error of one image that was not saved, its task id, detail and cause cleared of the API key.</summary>
internal static class ImageSaveFailures
{
    /// <param name="image">The image.</param>
    /// <param name="reason">Why it was not saved.</param>
    /// <param name="detail">What went wrong, as a sentence after "was not saved: " (never the image's link).</param>
    /// <param name="redactor">Clears the API key (a task id or an error the server sent may echo it).</param>
    /// <param name="status">The download's HTTP status code, when one was received.</param>
    /// <param name="cause">The exception behind the failure, when there is one.</param>
    public static SeedreamImageSaveException Of(SeedreamImage image, ImageSaveFailureReason reason, string detail, SecretRedactor redactor, int? status = null, Exception? cause = null)
    {
        var taskId = redactor.Redact(image.TaskId)!;
        return new SeedreamImageSaveException($"Image {image.Index} of task {taskId} was not saved: {redactor.Redact(detail)}", taskId, image.Index, reason, status, redactor.Guard(cause));
    }

    /// <summary>The error of an image whose bytes would overdraw its task's <paramref name="budget"/>.</summary>
    public static SeedreamImageSaveException OverBudget(SeedreamImage image, ByteBudget budget, SecretRedactor redactor) =>
        Of(image, ImageSaveFailureReason.LimitExceeded, OverBudgetDetail(budget), redactor);

    /// <summary>What is wrong with an image whose bytes would overdraw its task's <paramref name="budget"/>.</summary>
    public static string OverBudgetDetail(ByteBudget budget) =>
        $"the task's images together exceed {budget.Total} bytes (SeedreamDownloadOptions.MaxBytesPerTask).";
}
