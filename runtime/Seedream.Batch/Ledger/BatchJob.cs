using System;
using System.Collections.Generic;

namespace Seedream.Batch.Ledger;

/// <summary>One job of a batch as its ledger records it.</summary>
/// <param name="Id">The ledger's id of the job.</param>
/// <param name="Key">What identifies the job's line across runs: the SHA-256 of its text and its occurrence among equal lines.</param>
/// <param name="LineNumber">The line's number in the input file when the job was added, from 1.</param>
/// <param name="Name">The job's output file name stem, sanitised and unique in the batch.</param>
/// <param name="Request">The line's text, the request as the user wrote it.</param>
/// <param name="State">Where the job stands.</param>
/// <param name="TaskId">The task's id, once one was created.</param>
/// <param name="ErrorCode">The API's error code of the last failure, when there was one.</param>
/// <param name="ErrorMessage">What went wrong last, or which items of a set failed.</param>
/// <param name="UpdatedAt">When the job last changed state.</param>
/// <param name="Files">The saved images; empty unless <see cref="BatchJobState.Saved"/>.</param>
public sealed record BatchJob(
    long Id,
    string Key,
    int LineNumber,
    string Name,
    string Request,
    BatchJobState State,
    string? TaskId,
    string? ErrorCode,
    string? ErrorMessage,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<BatchSavedFile> Files);
