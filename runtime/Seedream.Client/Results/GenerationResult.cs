using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Seedream.Transport;

namespace Seedream;

/// <summary>A completed task and its images. Save them promptly: links expire (24 hours per the provider).</summary>
public sealed class GenerationResult
{
    private readonly Results.ImageSaver _saver;

    internal GenerationResult(SeedreamTask task, Results.ImageSaver saver)
    {
        Task = task;
        _saver = saver;
        TaskId = task.Task_id ?? string.Empty;
        Images = (task.Result?.Images ?? new List<TaskImage>())
            .Select((image, index) => new GeneratedImage(TaskId, index, image ?? new TaskImage(), saver))
            .ToList();
    }

    /// <summary>The task id.</summary>
    public string TaskId { get; }

    /// <summary>The task as the API last answered it.</summary>
    public SeedreamTask Task { get; }

    /// <summary>Every item of the result, in order: images and, in a set, items that failed.</summary>
    public IReadOnlyList<GeneratedImage> Images { get; }

    /// <summary>The items of the set that failed (each with its error code and message).</summary>
    public IReadOnlyList<GeneratedImage> FailedImages => Images.Where(i => !i.Succeeded).ToList();

    /// <summary>
    /// Saves every image as <c>&lt;directory&gt;/&lt;task id&gt;-&lt;index&gt;.&lt;extension&gt;</c> (downloads size-capped,
    /// time-limited, retried; files written atomically). Every image is attempted; when any fails,
    /// <see cref="SeedreamImagesNotSavedException"/> lists each failure and each saved file.
    /// </summary>
    /// <param name="directory">Where to write; created when missing.</param>
    /// <param name="cancellationToken">Stops the downloads.</param>
    /// <returns>The saved files, in image order.</returns>
    /// <exception cref="SeedreamImagesNotSavedException">At least one image was not saved.</exception>
    public Task<IReadOnlyList<SavedImage>> SaveImagesAsync(string directory, CancellationToken cancellationToken = default) =>
        _saver.SaveAllAsync(TaskId, Images, directory, cancellationToken);

    /// <inheritdoc />
    public override string ToString() => $"task {TaskId}: {Images.Count} image(s), {FailedImages.Count} failed";
}
