using System.Collections.Generic;
using Seedream.Batch.Ledger;

namespace Seedream.Batch.Running;

/// <summary>How a run left the batch.</summary>
/// <param name="Jobs">Every job as the ledger records it at the end of the run, in line order.</param>
/// <param name="SkippedLines">The invalid lines left out (with <see cref="BatchRunOptions.SkipInvalidLines"/>).</param>
/// <param name="Interrupted">Whether the run was stopped (Ctrl+C) before every job was done.</param>
/// <param name="StopReason">Why the run stopped early on its own (a bad key, no balance), when it did.</param>
/// <param name="Throttles">How many 429/503 answers slowed the batch down in this run.</param>
/// <param name="StorageProblem">What could not be written to the output folder (the ledger or the images: disk full, read-only, …, with the path), which stopped the run; <see langword="null"/> when everything was written.</param>
/// <param name="UnrecordedTasks">Tasks the API created in this run whose ids the ledger could not record: print them, or they are lost.</param>
public sealed record BatchRunSummary(
    IReadOnlyList<BatchJob> Jobs,
    IReadOnlyList<Input.BatchLineProblem> SkippedLines,
    bool Interrupted,
    string? StopReason,
    long Throttles,
    string? StorageProblem,
    IReadOnlyList<UnrecordedTask> UnrecordedTasks)
{
    /// <summary>Whether every job reached an end (saved, failed, expired): nothing is left to do by running again, and no job is ambiguous.</summary>
    public bool Finished => System.Linq.Enumerable.All(Jobs, j => j.State is BatchJobState.Saved or BatchJobState.Failed or BatchJobState.Expired);
}
