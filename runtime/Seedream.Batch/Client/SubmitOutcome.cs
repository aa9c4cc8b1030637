using System;

namespace Seedream.Batch.Client;

/// <summary>What became of one create request, in the terms the ledger needs.</summary>
internal enum SubmitResult
{
    /// <summary>A task was created; <see cref="SubmitOutcome.TaskId"/> holds its id.</summary>
    Submitted,

    /// <summary>The API refused the request as it is (400, or another answer the client says certainly created nothing): no task exists, and sending it again will fail again.</summary>
    Rejected,

    /// <summary>Certainly no task was created (429, 503, connection refused): the job may be sent again later.</summary>
    RetryLater,

    /// <summary>The request may have created a task (no answer, a broken answer, a server error): never re-sent automatically.</summary>
    Ambiguous,

    /// <summary>No request can succeed now (bad key, no balance): the batch stops, the job stays pending.</summary>
    Fatal,
}

/// <summary>The outcome of submitting one job.</summary>
/// <param name="Result">What happened.</param>
/// <param name="TaskId">The new task's id, when <see cref="SubmitResult.Submitted"/>; when <see cref="SubmitResult.Ambiguous"/>, the id of the task that may exist, if the answer named one.</param>
/// <param name="Code">The API's error code, when it gave one.</param>
/// <param name="Message">What went wrong, when something did.</param>
/// <param name="RetryAfter">How long the API asked to wait, when it said.</param>
internal sealed record SubmitOutcome(SubmitResult Result, string? TaskId, string? Code, string? Message, TimeSpan? RetryAfter);
