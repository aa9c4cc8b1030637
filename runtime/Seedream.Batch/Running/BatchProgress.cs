using System;

namespace Seedream.Batch.Running;

/// <summary>A snapshot of a running batch, reported after every change of a job's state.</summary>
/// <param name="Total">Jobs in the batch.</param>
/// <param name="Saved">Jobs whose images are saved (this run and earlier ones).</param>
/// <param name="Running">Jobs in flight now: being submitted, waited for or saved.</param>
/// <param name="Failed">Jobs that ended without images (failed or expired).</param>
/// <param name="Ambiguous">Jobs whose create may have created a task; left alone until the user decides.</param>
/// <param name="Remaining">Jobs still to do: pending or submitted, in flight or not.</param>
/// <param name="Elapsed">Time since this run started.</param>
/// <param name="EstimatedRemaining">The time left at this run's pace so far; <see langword="null"/> until a job has finished.</param>
/// <param name="Creating">Jobs whose create request is on its way, not answered yet: each may create, and bill, a task whose id only the answer gives.</param>
public sealed record BatchProgress(int Total, int Saved, int Running, int Failed, int Ambiguous, int Remaining, TimeSpan Elapsed, TimeSpan? EstimatedRemaining, int Creating);
