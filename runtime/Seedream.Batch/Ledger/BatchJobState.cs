namespace Seedream.Batch.Ledger;

/// <summary>Where a job of a batch stands, as its ledger records it.</summary>
public enum BatchJobState
{
    /// <summary>Not sent yet; the next run submits it.</summary>
    Pending,

    /// <summary>Its create request is being sent. Recorded durably before the request leaves; a job found here by a later run may have created a task and becomes <see cref="Ambiguous"/>.</summary>
    Submitting,

    /// <summary>A task exists (its id is recorded); the next run waits for it and saves its images.</summary>
    Submitted,

    /// <summary>Its images are on disk, flushed, with their size and SHA-256 recorded. Never touched again.</summary>
    Saved,

    /// <summary>It ended without images: the API refused the request or the task failed (code and message recorded).</summary>
    Failed,

    /// <summary>Its task completed, but the links expired before the images were saved: the images are lost.</summary>
    Expired,

    /// <summary>Its create request may or may not have created a task. Never re-sent without the user's explicit say-so.</summary>
    Ambiguous,
}
