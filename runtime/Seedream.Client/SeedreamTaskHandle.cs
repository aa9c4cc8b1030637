using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Seedream.Transport;

namespace Seedream;

/// <summary>
/// A submitted task, known by its id alone: keep <see cref="TaskId"/> (a database row, a file) and
/// <see cref="SeedreamClient.Resume"/> it after a restart; nothing else is needed.
/// </summary>
public sealed class SeedreamTaskHandle
{
    private readonly SeedreamClient _client;

    internal SeedreamTaskHandle(SeedreamClient client, string taskId, SeedreamTask? lastKnown)
    {
        _client = client;
        TaskId = taskId;
        LastKnown = lastKnown;
    }

    /// <summary>The task id.</summary>
    public string TaskId { get; }

    /// <summary>The task as the API answered the submit, or <see langword="null"/> for a resumed handle.</summary>
    public SeedreamTask? LastKnown { get; }

    /// <summary>Waits for the task to finish; see <see cref="SeedreamClient.WaitAsync"/>.</summary>
    /// <param name="progress">Receives status and progress changes.</param>
    /// <param name="cancellationToken">Stops waiting at once (the task goes on at the provider).</param>
    public Task<GenerationResult> WaitAsync(IProgress<SeedreamTaskUpdate>? progress = null, CancellationToken cancellationToken = default) =>
        _client.WaitCoreAsync(TaskId, LastKnown, progress, cancellationToken);

    /// <summary>The task's current state; see <see cref="SeedreamClient.GetAsync"/>.</summary>
    /// <param name="cancellationToken">Stops the request.</param>
    public Task<SeedreamTask> GetAsync(CancellationToken cancellationToken = default) => _client.GetAsync(TaskId, cancellationToken);

    /// <summary>Cancels the task while it is queued; see <see cref="SeedreamClient.CancelAsync"/>.</summary>
    /// <param name="cancellationToken">Stops the request.</param>
    public Task<CancelTaskResponse> CancelAsync(CancellationToken cancellationToken = default) => _client.CancelAsync(TaskId, cancellationToken);

    /// <summary>Each image as soon as the task's state shows it; see <see cref="SeedreamClient.StreamImagesAsync"/>.</summary>
    /// <param name="progress">Receives status and progress changes.</param>
    /// <param name="cancellationToken">Stops polling at once.</param>
    public IAsyncEnumerable<GeneratedImage> StreamImagesAsync(IProgress<SeedreamTaskUpdate>? progress = null, CancellationToken cancellationToken = default) =>
        _client.StreamCoreAsync(TaskId, LastKnown, progress, cancellationToken);

    /// <inheritdoc />
    public override string ToString() => TaskId;
}
