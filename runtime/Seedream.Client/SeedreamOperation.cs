using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using System.Threading.Tasks;
using WireTask = Seedream.Transport.SeedreamTask;

namespace Seedream;

/// <summary>
/// A submitted task, in the manner of Azure's <c>Operation&lt;T&gt;</c>: its <see cref="Id"/> (store it: it is all that is
/// needed to follow the task after a restart, through <see cref="SeedreamClient.GetOperation"/>), whether it
/// <see cref="HasCompleted"/>, its <see cref="Value"/>, <see cref="UpdateStatusAsync"/> and
/// <see cref="WaitForCompletionAsync(IProgress{SeedreamTaskUpdate}, CancellationToken)"/>. Not thread-safe.
/// Members are virtual, and a protected constructor lets a test substitute it.
/// </summary>
public class SeedreamOperation
{
    private readonly SeedreamClient? _client;
    private WireTask? _lastWire;
    private SeedreamTask? _last;

    internal SeedreamOperation(SeedreamClient? client, string id, WireTask? lastWire, SeedreamTask? last)
    {
        _client = client;
        Id = id;
        _lastWire = lastWire;
        _last = last;
    }

    /// <summary>For test doubles only: an operation with no task. Override the members your code calls.</summary>
    protected SeedreamOperation()
    {
        Id = string.Empty;
    }

    /// <summary>The task id.</summary>
    public virtual string Id { get; }

    /// <summary>The task as last seen (the submit's answer, an update or a wait), or <see langword="null"/> before any.</summary>
    public virtual SeedreamTask? LastKnownTask => _last;

    /// <summary>Whether the task, as last seen, is final: completed, failed or cancelled.</summary>
    public virtual bool HasCompleted => _last?.Status.IsTerminal == true;

    /// <summary>Whether the task, as last seen, completed with images, so that <see cref="Value"/> returns them.</summary>
    public virtual bool HasValue => _last?.Status == SeedreamTaskStatus.Completed;

    /// <summary>The completed task's images.</summary>
    /// <exception cref="InvalidOperationException">The task has not completed yet (as last seen): update or wait first.</exception>
    /// <exception cref="SeedreamTaskFailedException">The task failed or was cancelled.</exception>
    public virtual SeedreamResult Value
    {
        get
        {
            if (_last is null || !_last.Status.IsTerminal)
            {
                throw new InvalidOperationException($"Task {_client?.Redactor.Redact(Id) ?? Id} has not completed yet (last seen {(_last is null ? "never" : _last.Status.Value)}); call UpdateStatusAsync or WaitForCompletionAsync first.");
            }

            return SeedreamClient.ToResult(_last, _client);
        }
    }

    /// <summary>Reads the task's current state once (<c>GET /v1/tasks/{id}</c>) and keeps it as <see cref="LastKnownTask"/>.</summary>
    /// <param name="cancellationToken">Stops the request.</param>
    /// <returns>The task's current state.</returns>
    /// <exception cref="SeedreamException">The request failed, typed by what can be done about it.</exception>
    public virtual async Task<SeedreamTask> UpdateStatusAsync(CancellationToken cancellationToken = default)
    {
        var task = await Client.GetTaskAsync(Id, cancellationToken).ConfigureAwait(false);
        _last = task;
        _lastWire = null;
        return task;
    }

    /// <summary>
    /// Waits for the task to finish with the client's polling options: from about 2 s, growing, jittered and capped,
    /// honouring <c>Retry-After</c>, treating unknown statuses as still running. Returns at once when it already has.
    /// </summary>
    /// <param name="progress">Receives status and progress changes.</param>
    /// <param name="cancellationToken">Stops waiting at once (the task goes on at the provider).</param>
    /// <returns>The completed task's images.</returns>
    /// <exception cref="SeedreamWaitTimeoutException">The deadline (<see cref="SeedreamPollingOptions.Timeout"/>) passed; the task may still finish.</exception>
    /// <exception cref="SeedreamTaskFailedException">The task failed or was cancelled.</exception>
    [SuppressMessage("ApiDesign", "RS0027:API with optional parameter(s) should have the most parameters amongst its public overloads", Justification = "Both overloads ship together; the common call has no arguments, and the one taking polling options takes all of them.")]
    public virtual Task<SeedreamResult> WaitForCompletionAsync(IProgress<SeedreamTaskUpdate>? progress = null, CancellationToken cancellationToken = default) =>
        WaitAsync(null, progress, cancellationToken);

    /// <summary>Waits for the task to finish, polling as <paramref name="polling"/> says instead of the client's options.</summary>
    /// <param name="polling">How to poll, and how long to wait at most.</param>
    /// <param name="progress">Receives status and progress changes.</param>
    /// <param name="cancellationToken">Stops waiting at once (the task goes on at the provider).</param>
    /// <returns>The completed task's images.</returns>
    /// <exception cref="SeedreamOptionsException"><paramref name="polling"/> is not valid; it names the option and what is allowed.</exception>
    /// <exception cref="SeedreamWaitTimeoutException">The deadline passed; the task may still finish.</exception>
    /// <exception cref="SeedreamTaskFailedException">The task failed or was cancelled.</exception>
    public virtual Task<SeedreamResult> WaitForCompletionAsync(SeedreamPollingOptions polling, IProgress<SeedreamTaskUpdate>? progress, CancellationToken cancellationToken) =>
        WaitAsync(polling ?? throw new ArgumentNullException(nameof(polling)), progress, cancellationToken);

    /// <summary>Cancels the task while it is queued; see <see cref="SeedreamClient.CancelAsync"/>.</summary>
    /// <param name="cancellationToken">Stops the request.</param>
    /// <returns>The API's answer.</returns>
    public virtual Task<SeedreamCancelResult> CancelAsync(CancellationToken cancellationToken = default) => Client.CancelAsync(Id, cancellationToken);

    /// <summary>Each image as soon as the task's state shows it; see <see cref="SeedreamClient.StreamImagesAsync"/>.</summary>
    /// <param name="progress">Receives status and progress changes.</param>
    /// <param name="cancellationToken">Stops polling at once.</param>
    /// <returns>The images, in the order they appear.</returns>
    public virtual IAsyncEnumerable<SeedreamImage> StreamImagesAsync(IProgress<SeedreamTaskUpdate>? progress = null, CancellationToken cancellationToken = default) =>
        Client.StreamImagesAsync(Id, progress, cancellationToken);

    /// <inheritdoc />
    public override string ToString() => _last is null ? $"task {Id}" : _last.ToString();

    private SeedreamClient Client => _client ?? throw new InvalidOperationException($"The operation for task {Id} was built without a client; build it with SeedreamModelFactory.Operation(task, client).");

    private async Task<SeedreamResult> WaitAsync(SeedreamPollingOptions? polling, IProgress<SeedreamTaskUpdate>? progress, CancellationToken cancellationToken)
    {
        if (_lastWire is null && _last is not null && _last.Status.IsTerminal)
        {
            return SeedreamClient.ToResult(_last, _client);
        }

        _last = await Client.WaitCoreAsync(Id, _lastWire, polling, progress, cancellationToken).ConfigureAwait(false);
        _lastWire = null;
        return SeedreamClient.ToResult(_last, _client);
    }
}
