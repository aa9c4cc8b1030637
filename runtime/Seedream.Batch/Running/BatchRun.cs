using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Seedream.Batch.Client;
using Seedream.Batch.Input;
using Seedream.Batch.Ledger;
using Seedream.Http;

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
    private readonly object _reportGate = new();
    private readonly Dictionary<long, BatchJobState> _states = new();
    private readonly int[] _counts = new int[Enum.GetValues<BatchJobState>().Length];
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<UnrecordedTask> _unrecorded = new();

    /// <summary>Which job holds each file name stem (compared without regard to case); guarded by itself, so images are committed one job at a time.</summary>
    private readonly Dictionary<string, long> _stemOwners = new(StringComparer.OrdinalIgnoreCase);
    private readonly long _started;
    private int _running;
    private int _finishedThisRun;
    private int _abandoned;
    private string? _storageProblem;

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

    /// <summary>The output folder could not be written (the ledger or the images), which stopped the run, when that happened.</summary>
    public string? StorageProblem => Volatile.Read(ref _storageProblem);

    /// <summary>The tasks the API created whose ids the ledger could not record; the run stopped at the first.</summary>
    public IReadOnlyList<UnrecordedTask> UnrecordedTasks => _unrecorded.ToArray();

    /// <summary>The text of a job that was ambiguous but whose create's answer named its task: it is followed, never sent again.</summary>
    /// <param name="taskId">The task the answer named.</param>
    public static string FollowingNamedTask(string taskId) =>
        $"The create's answer was cut short, but it named task {taskId}: that task is followed like any submitted one, and the request is never sent again.";

    /// <summary>Runs every pending and submitted job.</summary>
    /// <param name="cancellationToken">Stops starting work and stops waits; creates on their way are carried to their answer.</param>
    /// <param name="abandonCreates">Stops too, and gives up the creates on their way: each job is recorded as ambiguous (<see cref="BatchRunner.CreateUnansweredAtForcedExit"/>).</param>
    public async Task ExecuteAsync(CancellationToken cancellationToken, CancellationToken abandonCreates)
    {
        var jobs = _ledger.ReadJobs();
        foreach (var job in jobs)
        {
            _states[job.Id] = job.State;
            _counts[(int)job.State]++;
            foreach (var stem in OutputNames.Reserved(job))
            {
                _stemOwners.TryAdd(stem, job.Id);
            }
        }

        Report();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, abandonCreates, _stop.Token);
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

            work.Add(RunJobAsync(job, slots, linked.Token, abandonCreates));
        }

        await Task.WhenAll(work).ConfigureAwait(false);
        Interrupted = (cancellationToken.IsCancellationRequested || abandonCreates.IsCancellationRequested) &&
                      (Count(BatchJobState.Pending, BatchJobState.Submitted) > 0 || _abandoned > 0);
        _stop.Dispose();
    }

    private async Task RunJobAsync(BatchJob job, SemaphoreSlim slots, CancellationToken cancellationToken, CancellationToken abandonCreates)
    {
        await Task.Yield();
        Enter();
        try
        {
            var taskId = job.TaskId;
            if (job.State == BatchJobState.Pending)
            {
                taskId = await SubmitAsync(job, cancellationToken, abandonCreates).ConfigureAwait(false);
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

    private async Task<string?> SubmitAsync(BatchJob job, CancellationToken cancellationToken, CancellationToken abandonCreates)
    {
        var problem = BatchFileReader.TryParse(job.LineNumber, job.Request, out var line) ?? BatchClientAdapter.Check(line!, _client.Catalog);
        if (problem is not null)
        {
            Record(job, BatchJobState.Failed, null, "invalid_request", problem);
            return null;
        }

        for (var attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!Record(job, BatchJobState.Submitting, null, null, null))
            {
                return null;
            }

            // Once the ledger says submitting, the create is carried to its answer even after a stop, so its outcome is
            // known and recorded; only being told to give it up ends it sooner, and then the job says so.
            SubmitOutcome outcome;
            try
            {
                outcome = await _client.SubmitAsync(line!, abandonCreates).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (abandonCreates.IsCancellationRequested)
            {
                Interlocked.Increment(ref _abandoned);
                Record(job, BatchJobState.Ambiguous, null, "create_unanswered", BatchRunner.CreateUnansweredAtForcedExit);
                return null;
            }

            switch (outcome.Result)
            {
                case SubmitResult.Submitted:
                    return Record(job, BatchJobState.Submitted, outcome.TaskId, null, null) ? outcome.TaskId : null;
                case SubmitResult.Rejected:
                    Record(job, BatchJobState.Failed, null, outcome.Code ?? "invalid_request", outcome.Message);
                    return null;
                case SubmitResult.Ambiguous when TaskIds.IsAddressable(outcome.TaskId):
                    return Record(job, BatchJobState.Submitted, outcome.TaskId, outcome.Code, FollowingNamedTask(outcome.TaskId!) + " " + outcome.Message) ? outcome.TaskId : null;
                case SubmitResult.Ambiguous:
                    Record(job, BatchJobState.Ambiguous, null, outcome.Code, outcome.Message + " It is not sent again on its own; to send it again anyway, run with --resend-ambiguous.");
                    return null;
                case SubmitResult.Fatal:
                    Record(job, BatchJobState.Pending, null, outcome.Code, outcome.Message);
                    StopReason ??= outcome.Message;
                    _stop.Cancel();
                    return null;
                default:
                    if (!Record(job, BatchJobState.Pending, null, outcome.Code, outcome.Message) || attempt >= _options.AttemptsPerRun)
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
        var staging = ImageFileCommitter.StagingDirectory(_output, job.Id);
        for (var attempt = 1; ; attempt++)
        {
            CollectOutcome outcome;
            try
            {
                ImageFileCommitter.ClearStaging(_output, job.Id);
                outcome = await _client.CollectAsync(taskId, staging, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (StorageError.IsStorage(exception))
            {
                outcome = new CollectOutcome(CollectResult.StorageFailed, Array.Empty<StagedImage>(), "write_failed", StorageError.Describe(exception, staging));
            }

            switch (outcome.Result)
            {
                case CollectResult.Saved:
                    IReadOnlyList<BatchSavedFile> files;
                    try
                    {
                        files = Commit(job, outcome.Files, imagesInSet);
                        ImageFileCommitter.ClearStaging(_output, job.Id);
                    }
                    catch (Exception exception) when (StorageError.IsStorage(exception))
                    {
                        NotWritten(job, StorageError.Describe(exception, Path.Combine(_output, ImageFileCommitter.ImagesFolder)));
                        return;
                    }

                    RecordSaved(job, files, outcome.Message);
                    return;
                case CollectResult.StorageFailed:
                    NotWritten(job, outcome.Message!);
                    return;
                case CollectResult.TaskFailed:
                case CollectResult.NotFound:
                    Record(job, BatchJobState.Failed, null, outcome.Code, outcome.Message);
                    return;
                case CollectResult.Expired:
                    Record(job, BatchJobState.Expired, null, outcome.Code, "The task completed but its links expired before the images were saved: they are lost. " + outcome.Message);
                    return;
                default:
                    if (attempt >= _options.AttemptsPerRun)
                    {
                        Record(job, BatchJobState.Submitted, null, outcome.Code, outcome.Message + " The next run waits for it again.");
                        return;
                    }

                    await Task.Delay(_options.RetryPause, _time, cancellationToken).ConfigureAwait(false);
                    break;
            }
        }
    }

    /// <summary>Commits a job's staged images under names no other job holds, and records the names it took.</summary>
    private IReadOnlyList<BatchSavedFile> Commit(BatchJob job, IReadOnlyList<StagedImage> staged, int imagesInSet)
    {
        lock (_stemOwners)
        {
            var files = ImageFileCommitter.Commit(_output, job.Name, staged, imagesInSet, stem => _stemOwners.TryGetValue(stem, out var owner) && owner != job.Id);
            foreach (var file in files)
            {
                _stemOwners.TryAdd(Path.GetFileNameWithoutExtension(file.Path), job.Id);
            }

            return files;
        }
    }

    /// <summary>A job's images could not be written: the run stops (no new task is created that could not be saved either); the job stays submitted.</summary>
    private void NotWritten(BatchJob job, string problem)
    {
        var message = $"The images of this job's task could not be written: {problem}";
        Stop(message);
        Record(job, BatchJobState.Submitted, null, "write_failed", message + " The next run saves them again.");
    }

    /// <summary>Records a job's new state, with the API key cleared from what the server sent; false when the ledger could not be written, which stops the run.</summary>
    private bool Record(BatchJob job, BatchJobState state, string? taskId, string? code, string? message)
    {
        try
        {
            _ledger.Mark(job.Id, state, _client.Redact(taskId), _client.Redact(code), _client.Redact(message));
        }
        catch (Exception exception) when (StorageError.IsStorage(exception))
        {
            LedgerNotWritten(exception);
            if (taskId is not null)
            {
                _unrecorded.Enqueue(new UnrecordedTask(job.LineNumber, job.Name, _client.Redact(taskId)!));
            }

            return false;
        }

        Changed(job.Id, state);
        return true;
    }

    private void RecordSaved(BatchJob job, IReadOnlyList<BatchSavedFile> files, string? note)
    {
        try
        {
            _ledger.MarkSaved(job.Id, files, _client.Redact(note));
        }
        catch (Exception exception) when (StorageError.IsStorage(exception))
        {
            // The job stays submitted in the ledger: the next run finds its files where they are and records them.
            LedgerNotWritten(exception);
            return;
        }

        Changed(job.Id, BatchJobState.Saved);
    }

    private void LedgerNotWritten(Exception exception) =>
        Stop("The ledger could not be written: " + StorageError.Describe(exception, Path.Combine(_output, SqliteBatchLedger.FileName)));

    /// <summary>Stops the run for a storage problem: no new create is sent; the first problem is the one reported.</summary>
    private void Stop(string problem)
    {
        Interlocked.CompareExchange(ref _storageProblem, problem, null);
        _stop.Cancel();
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

        // One report at a time, each taken when it is sent, so a reader sees the counts in the order they changed.
        lock (_reportGate)
        {
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
                    eta,
                    Count(BatchJobState.Submitting));
            }

            _progress.Report(snapshot);
        }
    }

    private int Count(params BatchJobState[] states) => states.Sum(state => _counts[(int)state]);
}
