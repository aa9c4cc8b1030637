namespace Seedream.Batch.Ledger;

/// <summary>A job to add to a ledger, in state <see cref="BatchJobState.Pending"/>.</summary>
/// <param name="Key">What identifies the job's line across runs (see <see cref="BatchJob.Key"/>).</param>
/// <param name="LineNumber">The line's number in the input file, from 1.</param>
/// <param name="Name">The output file name stem, sanitised and unique in the batch.</param>
/// <param name="Request">The line's text.</param>
public sealed record NewBatchJob(string Key, int LineNumber, string Name, string Request);
