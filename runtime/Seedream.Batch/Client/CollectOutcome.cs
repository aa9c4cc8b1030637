using System.Collections.Generic;

namespace Seedream.Batch.Client;

/// <summary>What became of waiting for a task and saving its images.</summary>
internal enum CollectResult
{
    /// <summary>The task completed and its images are in the staging folder (<see cref="CollectOutcome.Files"/>); items of a set that failed are in <see cref="CollectOutcome.Message"/>.</summary>
    Saved,

    /// <summary>The task failed or was cancelled at the provider; it is billed and ended.</summary>
    TaskFailed,

    /// <summary>The task's links expired before its images were saved: the images are lost.</summary>
    Expired,

    /// <summary>The API does not know the task (404): it is lost.</summary>
    NotFound,

    /// <summary>The images could not be written to the staging folder (disk full, read-only, …): nothing is lost, but nothing more can be saved until that is fixed.</summary>
    StorageFailed,

    /// <summary>Not finished or not saved yet for a passing reason (deadline, network, server): try again later; nothing is lost.</summary>
    RetryLater,
}

/// <summary>One image written to the staging folder by the client.</summary>
/// <param name="Index">The image's position in the task's result, from 0.</param>
/// <param name="Path">The file the client wrote.</param>
/// <param name="MediaType">The image's media type, e.g. <c>image/png</c>.</param>
internal sealed record StagedImage(int Index, string Path, string MediaType);

/// <summary>The outcome of waiting for one task and saving its images.</summary>
/// <param name="Result">What happened.</param>
/// <param name="Files">The images saved to the staging folder, in image order; empty unless <see cref="CollectResult.Saved"/>.</param>
/// <param name="Code">The API's error code, when it gave one.</param>
/// <param name="Message">What went wrong, or which items of a set failed.</param>
internal sealed record CollectOutcome(CollectResult Result, IReadOnlyList<StagedImage> Files, string? Code, string? Message);
