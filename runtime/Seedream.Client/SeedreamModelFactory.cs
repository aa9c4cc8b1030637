using System;
using System.Collections.Generic;

namespace Seedream;

/// <summary>
/// Builds the client's result types for tests of code that uses <see cref="SeedreamClient"/>: substitute the client
/// (a subclass overriding the members your code calls) and answer with these. A result or operation built with a
/// client saves images and waits through that client, so a test client's overrides are used.
/// </summary>
public static class SeedreamModelFactory
{
    /// <summary>A task as the API would report it.</summary>
    /// <param name="id">The task id.</param>
    /// <param name="status">The status; <see cref="SeedreamTaskStatus.Completed"/> when omitted.</param>
    /// <param name="model">The model id.</param>
    /// <param name="progress">Progress from 0 to 100.</param>
    /// <param name="createdAt">When the task was created.</param>
    /// <param name="completedAt">When it became final.</param>
    /// <param name="images">The result's items.</param>
    /// <param name="error">Why it failed.</param>
    /// <returns>The task.</returns>
    public static SeedreamTask Task(
        string id,
        SeedreamTaskStatus? status = null,
        string? model = null,
        int? progress = null,
        DateTimeOffset? createdAt = null,
        DateTimeOffset? completedAt = null,
        IReadOnlyList<SeedreamImage>? images = null,
        SeedreamTaskError? error = null) =>
        new SeedreamTask(id, status ?? SeedreamTaskStatus.Completed, model, progress, createdAt, completedAt, images, error);

    /// <summary>One item of a task's result: a link, Base64 data, or an error.</summary>
    /// <param name="taskId">The task the image belongs to.</param>
    /// <param name="index">The image's position, from 0.</param>
    /// <param name="url">The download link.</param>
    /// <param name="base64Data">The Base64 data.</param>
    /// <param name="expiresAt">When the link expires.</param>
    /// <param name="pixelSize">The pixel size, e.g. <c>2848x1600</c>.</param>
    /// <param name="error">The item's error, for an item of a set that failed.</param>
    /// <returns>The image.</returns>
    public static SeedreamImage Image(string taskId, int index, Uri? url = null, string? base64Data = null, DateTimeOffset? expiresAt = null, string? pixelSize = null, SeedreamTaskError? error = null) =>
        new SeedreamImage(taskId, index, url, base64Data, expiresAt, pixelSize, error);

    /// <summary>A task's or an image's error.</summary>
    /// <param name="code">The error code, e.g. <c>task_failed</c>.</param>
    /// <param name="message">The error message.</param>
    /// <returns>The error.</returns>
    public static SeedreamTaskError TaskError(string? code, string? message) => new SeedreamTaskError(code, message);

    /// <summary>A completed task's result, saved through <paramref name="client"/> (<see cref="SeedreamResult.SaveImagesAsync"/>).</summary>
    /// <param name="task">A completed task.</param>
    /// <param name="client">The client that saves the images, e.g. a test double; without one, saving throws <see cref="InvalidOperationException"/>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">The task is not completed.</exception>
    public static SeedreamResult Result(SeedreamTask task, SeedreamClient? client = null)
    {
        if (task is null)
        {
            throw new ArgumentNullException(nameof(task));
        }

        return task.Status == SeedreamTaskStatus.Completed
            ? new SeedreamResult(task, client)
            : throw new ArgumentException($"A result is made of a completed task; task {task.Id} is {task.Status}.", nameof(task));
    }

    /// <summary>An operation whose task was last seen as <paramref name="task"/>; it waits and saves through <paramref name="client"/>.</summary>
    /// <param name="task">The task as last seen; a final one makes <see cref="SeedreamOperation.HasCompleted"/> true.</param>
    /// <param name="client">The client it waits and saves through; without one, only <see cref="SeedreamOperation.Value"/> of a completed task works.</param>
    /// <returns>The operation.</returns>
    public static SeedreamOperation Operation(SeedreamTask task, SeedreamClient? client = null) =>
        new SeedreamOperation(client, (task ?? throw new ArgumentNullException(nameof(task))).Id, null, task);

    /// <summary>What a cancel answers.</summary>
    /// <param name="taskId">The task id.</param>
    /// <param name="refundedQuota">How much quota was refunded.</param>
    /// <returns>The cancel result, status cancelled and refunded.</returns>
    public static SeedreamCancelResult CancelResult(string taskId, long? refundedQuota = null) =>
        new SeedreamCancelResult(taskId, SeedreamTaskStatus.Cancelled, true, refundedQuota);

    /// <summary>An image written to disk.</summary>
    /// <param name="taskId">The task the image belongs to.</param>
    /// <param name="index">The image's position, from 0.</param>
    /// <param name="path">The file written.</param>
    /// <param name="mediaType">The media type, e.g. <c>image/png</c>.</param>
    /// <param name="length">The file's length in bytes.</param>
    /// <returns>The saved image.</returns>
    public static SeedreamSavedImage SavedImage(string taskId, int index, string path, string mediaType = "image/png", long length = 0) =>
        new SeedreamSavedImage(taskId, index, path, mediaType, length);

    /// <summary>A progress update, as a wait reports it.</summary>
    /// <param name="task">The task as reported.</param>
    /// <param name="previousStatus">The status at the previous report, or <see langword="null"/> at the first.</param>
    /// <param name="elapsed">Time since the wait began.</param>
    /// <param name="estimatedTimeLeft">How long the task should still take, or <see langword="null"/> when there is no estimate.</param>
    /// <returns>The update.</returns>
    public static SeedreamTaskUpdate TaskUpdate(SeedreamTask task, SeedreamTaskStatus? previousStatus = null, TimeSpan elapsed = default, TimeSpan? estimatedTimeLeft = null) =>
        new SeedreamTaskUpdate(task, previousStatus, elapsed, estimatedTimeLeft);
}
