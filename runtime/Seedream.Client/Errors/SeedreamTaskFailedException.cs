using System;

namespace Seedream;

/// <summary>
/// The task ended without images: it failed (with the task's error code and message) or was cancelled.
/// The request was accepted, so resubmitting creates (and bills) a new task. Its kind is <see cref="SeedreamErrorKind.TaskFailed"/>.
/// </summary>
public sealed class SeedreamTaskFailedException : SeedreamException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">What went wrong and what to do about it.</param>
    /// <param name="task">The task in its final state.</param>
    /// <param name="innerException">The cause, when there is one.</param>
    public SeedreamTaskFailedException(string message, SeedreamTask task, Exception? innerException = null)
        : base(SeedreamErrorKind.TaskFailed, message, null, task?.Error?.Code, task?.Error?.Message, task?.Id, false, null, innerException)
    {
        Task = task ?? throw new ArgumentNullException(nameof(task));
    }

    /// <summary>The task in its final state (<c>failed</c> or <c>cancelled</c>).</summary>
    public SeedreamTask Task { get; }

    /// <summary>The final status: <see cref="SeedreamTaskStatus.Failed"/> or <see cref="SeedreamTaskStatus.Cancelled"/>.</summary>
    public SeedreamTaskStatus Status => Task.Status;
}
