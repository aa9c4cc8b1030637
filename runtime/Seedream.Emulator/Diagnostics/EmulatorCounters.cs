using System;
using System.Collections.Generic;
using System.Threading;

namespace Seedream.Emulator;

/// <summary>What the emulator has done so far; every value is safe to read while requests run.</summary>
public sealed class EmulatorCounters
{
    private readonly long[] _faults = new long[Enum.GetValues<FaultKind>().Length];
    private long _tasksCreated;
    private long _syncRequests;
    private long _polls;
    private long _cancels;
    private long _rejected;
    private long _filesServed;
    private long _webhookAttempts;
    private long _webhooksDelivered;
    private long _webhooksAbandoned;

    /// <summary>Tasks created by <c>POST /v1/tasks</c> and <c>POST /v1/tasks/sync</c>.</summary>
    public long TasksCreated => Interlocked.Read(ref _tasksCreated);

    /// <summary>Requests to <c>POST /v1/tasks/sync</c> that created a task.</summary>
    public long SyncRequests => Interlocked.Read(ref _syncRequests);

    /// <summary>Requests to <c>GET /v1/tasks/{task_id}</c> that reached the handler (including 404s).</summary>
    public long Polls => Interlocked.Read(ref _polls);

    /// <summary>Tasks cancelled successfully.</summary>
    public long Cancels => Interlocked.Read(ref _cancels);

    /// <summary>API requests answered 4xx by the task endpoints (400, 401, 402, 404, 413, 429 when the emulator is full; injected faults are not counted here).</summary>
    public long Rejected => Interlocked.Read(ref _rejected);

    /// <summary>Result images served from <c>/files/</c>.</summary>
    public long FilesServed => Interlocked.Read(ref _filesServed);

    /// <summary>Webhook POSTs attempted, successful or not.</summary>
    public long WebhookAttempts => Interlocked.Read(ref _webhookAttempts);

    /// <summary>Finished tasks whose webhook was answered 2xx.</summary>
    public long WebhooksDelivered => Interlocked.Read(ref _webhooksDelivered);

    /// <summary>Finished tasks whose webhook failed on every attempt.</summary>
    public long WebhooksAbandoned => Interlocked.Read(ref _webhooksAbandoned);

    /// <summary>Faults injected, all kinds together.</summary>
    public long FaultsInjected
    {
        get
        {
            long total = 0;
            for (var i = 0; i < _faults.Length; i++)
            {
                total += Interlocked.Read(ref _faults[i]);
            }

            return total;
        }
    }

    /// <summary>Faults of <paramref name="kind"/> injected.</summary>
    /// <param name="kind">The kind of fault.</param>
    public long Faults(FaultKind kind) => Interlocked.Read(ref _faults[(int)kind]);

    /// <summary>Faults injected, by kind (every kind present, zero included).</summary>
    public IReadOnlyDictionary<FaultKind, long> FaultsByKind()
    {
        var result = new Dictionary<FaultKind, long>();
        foreach (var kind in Enum.GetValues<FaultKind>())
        {
            result[kind] = Faults(kind);
        }

        return result;
    }

    internal void TaskCreated() => Interlocked.Increment(ref _tasksCreated);

    internal void SyncRequest() => Interlocked.Increment(ref _syncRequests);

    internal void Poll() => Interlocked.Increment(ref _polls);

    internal void Cancel() => Interlocked.Increment(ref _cancels);

    internal void Reject() => Interlocked.Increment(ref _rejected);

    internal void FileServed() => Interlocked.Increment(ref _filesServed);

    internal void WebhookAttempt() => Interlocked.Increment(ref _webhookAttempts);

    internal void WebhookDelivered() => Interlocked.Increment(ref _webhooksDelivered);

    internal void WebhookAbandoned() => Interlocked.Increment(ref _webhooksAbandoned);

    internal void Fault(FaultKind kind) => Interlocked.Increment(ref _faults[(int)kind]);
}
