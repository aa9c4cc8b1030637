using System;
using System.Collections.Generic;

namespace Seedream.Batch.Ledger;

/// <summary>
/// The durable record of a batch: the input it was made from and every job's state. Each method returns only
/// once its change is durable (a crash right after loses nothing), so the runner can record a job as submitting
/// before its create request is sent and as saved only after its files are on disk. Implementations are
/// thread-safe. <see cref="SqliteBatchLedger"/> is the embedded one.
/// </summary>
public interface IBatchLedger : IDisposable
{
    /// <summary>The SHA-256 of the input file the batch was made from, or <see langword="null"/> for a new ledger.</summary>
    string? InputSha256 { get; }

    /// <summary>Records the input file's hash (on the first run, or when the user accepted a changed input).</summary>
    /// <param name="sha256">The lowercase hex SHA-256 of the file.</param>
    void RecordInput(string sha256);

    /// <summary>Adds jobs as <see cref="BatchJobState.Pending"/>; a job whose key is already recorded is left as it is.</summary>
    /// <param name="jobs">The jobs.</param>
    /// <returns>How many were added.</returns>
    int AddJobs(IReadOnlyCollection<NewBatchJob> jobs);

    /// <summary>Every job, in line order, with its files.</summary>
    IReadOnlyList<BatchJob> ReadJobs();

    /// <summary>How many state changes have been recorded so far (every call below makes one).</summary>
    long TransitionCount { get; }

    /// <summary>Moves a job to <paramref name="state"/>, which must not be <see cref="BatchJobState.Saved"/> (use <see cref="MarkSaved"/>).</summary>
    /// <param name="jobId">The job.</param>
    /// <param name="state">Its new state.</param>
    /// <param name="taskId">The task's id; kept when <see langword="null"/> (e.g. a submitted job that failed keeps its task id).</param>
    /// <param name="errorCode">The API's error code, when the change is a failure.</param>
    /// <param name="errorMessage">What happened, when there is something to say.</param>
    /// <exception cref="ArgumentException"><paramref name="state"/> is <see cref="BatchJobState.Saved"/>.</exception>
    void Mark(long jobId, BatchJobState state, string? taskId = null, string? errorCode = null, string? errorMessage = null);

    /// <summary>Moves a job to <see cref="BatchJobState.Saved"/> with its files, which must already be flushed to disk.</summary>
    /// <param name="jobId">The job.</param>
    /// <param name="files">The saved images.</param>
    /// <param name="note">Which items of a set failed, when some did.</param>
    void MarkSaved(long jobId, IReadOnlyList<BatchSavedFile> files, string? note);
}
