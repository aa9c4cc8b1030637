using System;
using System.Collections.Generic;
using System.Linq;

namespace Seedream;

/// <summary>
/// A task as the API reports it: its id, status, progress, times, images and error. Plain data, as read
/// from <c>GET /v1/tasks/{id}</c>, a submit's answer or a webhook; build one for tests with <see cref="SeedreamModelFactory.Task"/>.
/// </summary>
public sealed class SeedreamTask
{
    /// <summary>Creates a task; outside the client, <see cref="SeedreamModelFactory.Task"/>.</summary>
    /// <param name="id">The task id.</param>
    /// <param name="status">The status.</param>
    /// <param name="model">The model id, when the API says.</param>
    /// <param name="progress">Progress from 0 to 100, when the API says.</param>
    /// <param name="createdAt">When the task was created.</param>
    /// <param name="completedAt">When the task completed, failed or was cancelled.</param>
    /// <param name="images">The result's items (completed tasks); empty otherwise.</param>
    /// <param name="error">Why the task failed, when it did.</param>
    internal SeedreamTask(string id, SeedreamTaskStatus status, string? model, int? progress, DateTimeOffset? createdAt, DateTimeOffset? completedAt, IReadOnlyList<SeedreamImage>? images, SeedreamTaskError? error)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Status = status;
        Model = model;
        Progress = progress;
        CreatedAt = createdAt;
        CompletedAt = completedAt;
        Images = images ?? Array.Empty<SeedreamImage>();
        Error = error;
    }

    /// <summary>The task id: keep it to follow the task after a restart (<see cref="SeedreamClient.GetOperation"/>).</summary>
    public string Id { get; }

    /// <summary>The status; an unknown value is kept and means "still running".</summary>
    public SeedreamTaskStatus Status { get; }

    /// <summary>The model id, when the API says.</summary>
    public string? Model { get; }

    /// <summary>Progress from 0 to 100, when the API says.</summary>
    public int? Progress { get; }

    /// <summary>When the task was created (the API's seconds or milliseconds, read either way).</summary>
    public DateTimeOffset? CreatedAt { get; }

    /// <summary>When the task completed, failed or was cancelled.</summary>
    public DateTimeOffset? CompletedAt { get; }

    /// <summary>When the first of the result's links expires, when the API says: save the images before then.</summary>
    public DateTimeOffset? ExpiresAt => Images.Where(i => i.ExpiresAt.HasValue).Select(i => i.ExpiresAt).Min();

    /// <summary>The result's items, in order: images and, in a set, items that failed. Empty until the task completes.</summary>
    public IReadOnlyList<SeedreamImage> Images { get; }

    /// <summary>Why the task failed, when it did.</summary>
    public SeedreamTaskError? Error { get; }

    /// <inheritdoc />
    public override string ToString() => $"task {Id}: {Status}" + (Progress is int p ? $" {p}%" : string.Empty);
}
