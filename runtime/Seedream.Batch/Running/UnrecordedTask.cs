namespace Seedream.Batch.Running;

/// <summary>A task the API created for a job whose id the ledger could not record (a full or read-only disk): the only record of it is this.</summary>
/// <param name="LineNumber">The job's line in the input file, from 1.</param>
/// <param name="Name">The job's output file name stem.</param>
/// <param name="TaskId">The task's id, with the API key cleared from it should the server have put it there.</param>
public sealed record UnrecordedTask(int LineNumber, string Name, string TaskId);
