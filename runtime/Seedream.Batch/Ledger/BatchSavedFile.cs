namespace Seedream.Batch.Ledger;

/// <summary>One image file of a saved job.</summary>
/// <param name="Index">The image's position in the task's result, from 0.</param>
/// <param name="Path">The file's path relative to the batch's output folder, with <c>/</c> separators.</param>
/// <param name="Size">The file's length in bytes.</param>
/// <param name="Sha256">The lowercase hex SHA-256 of the file's bytes.</param>
public sealed record BatchSavedFile(int Index, string Path, long Size, string Sha256);
