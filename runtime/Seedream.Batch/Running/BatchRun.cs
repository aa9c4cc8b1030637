using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Seedream.Batch.Client;
using Seedream.Batch.Input;
using Seedream.Batch.Ledger;

namespace Seedream.Batch.Running;

/// <summary>
/// One run over a prepared ledger: takes every pending and submitted job through submit, wait and save with
/// bounded concurrency, recording each step before (submitting) or after (submitted, saved, failed) it happens.
/// </summary>
internal sealed class BatchRun
{
    /// <summary>Why a job found in <see cref="BatchJobState.Submitting"/> at start-up is ambiguous, and what the user can do.</summary>
    public const string AmbiguousAfterStop =
        "The run stopped while this job's create request was being sent: a task may exist, and be billed. " +
        "It is not sent again on its own. Look for it with the provider; to send it again anyway, run with --resend-ambiguous.";

    private readonly IBatchLedger _ledger;
    private readonly BatchClientAdapter _client;
    private readonly string _output;
    private readonly BatchRunOptions _options;
    private readonly TimeProvider _time;
    private readonly IProgress<BatchProgress>? _progress;
    private readonly object _countsGate = new();
    private readonly Dictionary<long, BatchJobState> _states = new();
    private readonly int[] _counts = new int[Enum.GetValues<BatchJobState>().Length];
    private readonly CancellationTokenSource _stop = new();
    private readonly long _started;
    private int _running;
    private int _finishedThisRun;

    public BatchRun(IBatchLedger ledger, BatchClientAdapter client, string output, BatchRunOptions options, TimeProvider time, IProgress<BatchProgress>? progress)
    {
        _ledger = ledger;
        _client = client;
        _output = output;
        _options = options;
        _time = time;
        _progress = progress;
        _started = time.GetTimestamp();
    }

    /// <summary>Whether Ctrl+C stopped the run.</summary>
    public bool Interrupted { get; private set; }

    /// <summary>Why the run stopped on its own, when it did.</summary>
    public string? StopReason { get; private set; }

    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        var jobs = _ledger.ReadJobs();
        foreach (var job in jobs)
        {
            _states[job.Id] = job.State;
            _counts[(int)job.State]++;
        }

        Report();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stop.Token);
        using var slots = new SemaphoreSlim(_options.MaxConcurrency);
        var work = new List<Task>();
        foreach (var job in jobs.Where(j => j.State is BatchJobState.Pending or BatchJobState.Submitted))
        {
            try
            {
                await slots.WaitAsync(linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            work.Add(RunJobAsync(job, slots, linked.Token));
        }

        await Task.WhenAll(work).ConfigureAwait(false);
        Interrupted = cancellationToken.IsCancellationRequested && Count(BatchJobState.Pending, BatchJobState.Submitted) > 0;
        _stop.Dispose();
    }

    private async Task RunJobAsync(BatchJob job, SemaphoreSlim slots, CancellationToken cancellationToken)
    {
        await Task.Yield();
        Enter();
        try
        {
            var taskId = job.TaskId;
            if (job.State == BatchJobState.Pending)
            {
                taskId = await SubmitAsync(job, cancellationToken).ConfigureAwait(false);
            }

            if (taskId is not null)
            {
                await CollectAsync(job, taskId, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped: the job keeps the state last recorded, which the next run resumes from.
        }
        finally
        {
            Leave();
            slots.Release();
        }
    }

    private async Task<string?> SubmitAsync(BatchJob job, CancellationToken cancellationToken)
    {
        var problem = BatchFileReader.TryParse(job.LineNumber, job.Request, out var line) ?? BatchClientAdapter.Check(line!, _client.Catalog);
        if (problem is not null)
        {
            Record(job.Id, BatchJobState.Failed, null, "invalid_request", problem);
            return null;
        }

        for (var attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Record(job.Id, BatchJobState.Submitting, null, null, null);

            // Once the ledger says submitting, the create is carried through whatever happens, so its
            // outcome is known and recorded; stopping it half-way would make the job ambiguous.
            var outcome = await _client.SubmitAsync(line!, CancellationToken.None).ConfigureAwait(false);
            switch (outcome.Result)
            {
                case SubmitResult.Submitted:
                    Record(job.Id, BatchJobState.Submitted, outcome.TaskId, null, null);
                    return outcome.TaskId;
                case SubmitResult.Rejected:
                    Record(job.Id, BatchJobState.Failed, null, outcome.Code ?? "invalid_request", outcome.Message);
                    return null;
                case SubmitResult.Ambiguous:
                    Record(job.Id, BatchJobState.Ambiguous, outcome.TaskId, outcome.Code, outcome.Message);
                    return null;
                case SubmitResult.Fatal:
                    Record(job.Id, BatchJobState.Pending, null, outcome.Code, outcome.Message);
                    StopReason ??= outcome.Message;
                    _stop.Cancel();
                    return null;
                default:
                    Record(job.Id, BatchJobState.Pending, null, outcome.Code, outcome.Message);
                    if (attempt >= _options.AttemptsPerRun)
                    {
                        return null;
                    }

                    await Task.Delay(outcome.RetryAfter ?? _options.RetryPause, _time, cancellationToken).ConfigureAwait(false);
                    break;
            }
        }
    }

    private async Task CollectAsync(BatchJob job, string taskId, CancellationToken cancellationToken)
    {
        var imagesInSet = BatchFileReader.TryParse(job.LineNumber, job.Request, out var line) is null ? line!.ImageCount ?? 1 : 1;
        for (var attempt = 1; ; attempt++)
        {
            ImageFileCommitter.ClearStaging(_output, job.Id);
            var outcome = await _client.CollectAsync(taskId, ImageFileCommitter.StagingDirectory(_output, job.Id), cancellationToken).ConfigureAwait(false);
            switch (outcome.Result)
            {
                case CollectResult.Saved:
                    IReadOnlyList<BatchSavedFile> files;
                    try
                    {
                        files = ImageFileCommitter.Commit(_output, job.Name, outcome.Files, imagesInSet);
                        ImageFileCommitter.ClearStaging(_output, job.Id);
                    }
                    catch (IOException exception)
                    {
                        Record(job.Id, BatchJobState.Submitted, null, "write_failed", $"The images could not be written to {_output}: {exception.Message} The next run saves them again.");
                        return;
                    }

                    RecordSaved(job.Id, files, outcome.Message);
                    return;
                case CollectResult.TaskFailed:
                case CollectResult.NotFound:
                    Record(job.Id, BatchJobState.Failed, null, outcome.Code, outcome.Message);
                    return;
                case CollectResult.Expired:
                    Record(job.Id, BatchJobState.Expired, null, outcome.Code, "The task completed but its links expired before the images were saved: they are lost. " + outcome.Message);
                    return;
                default:
                    if (attempt >= _options.AttemptsPerRun)
                    {
                        Record(job.Id, BatchJobState.Submitted, null, outcome.Code, outcome.Message + " The next run waits for it again.");
                        return;
                    }

                    await Task.Delay(_options.RetryPause, _time, cancellationToken).ConfigureAwait(false);
                    break;
            }
        }
    }

    private void Record(long jobId, BatchJobState state, string? taskId, string? code, string? message)
    {
        _ledger.Mark(jobId, state, taskId, code, message);
        Changed(jobId, state);
    }

    private void RecordSaved(long jobId, IReadOnlyList<BatchSavedFile> files, string? note)
    {
        _ledger.MarkSaved(jobId, files, note);
        Changed(jobId, BatchJobState.Saved);
    }

    private void Changed(long jobId, BatchJobState state)
    {
        lock (_countsGate)
        {
            _counts[(int)_states[jobId]]--;
            _counts[(int)state]++;
            _states[jobId] = state;
            if (state is BatchJobState.Saved or BatchJobState.Failed or BatchJobState.Expired or BatchJobState.Ambiguous)
            {
                _finishedThisRun++;
            }
        }

        Report();
    }

    private void Enter()
    {
        lock (_countsGate)
        {
            _running++;
        }
    }

    private void Leave()
    {
        lock (_countsGate)
        {
            _running--;
        }

        Report();
    }

    private void Report()
    {
        if (_progress is null)
        {
            return;
        }

        BatchProgress snapshot;
        lock (_countsGate)
        {
            var elapsed = _time.GetElapsedTime(_started);
            var remaining = Count(BatchJobState.Pending, BatchJobState.Submitting, BatchJobState.Submitted);
            TimeSpan? eta = _finishedThisRun == 0 ? null : TimeSpan.FromTicks((long)(elapsed.Ticks / (double)_finishedThisRun * remaining));
            snapshot = new BatchProgress(
                _states.Count,
                Count(BatchJobState.Saved),
                _running,
                Count(BatchJobState.Failed, BatchJobState.Expired),
                Count(BatchJobState.Ambiguous),
                remaining,
                elapsed,
                eta);
        }

        _progress.Report(snapshot);
    }

    private int Count(params BatchJobState[] states) => states.Sum(state => _counts[(int)state]);
}
