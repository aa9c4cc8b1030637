using System;

namespace Seedream;

/// <summary>
/// Time ran out: waiting for a task passed its deadline (the task may still finish: resume it with
/// <see cref="SeedreamException.TaskId"/>), or one request got no answer in time. A create request that timed
/// out is never re-sent, since it may have created a task (<see cref="MayHaveCreatedTask"/>).
/// </summary>
public sealed class SeedreamTimeoutException : SeedreamException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">What went wrong and what to do about it.</param>
    /// <param name="taskId">The task that was being waited for or requested, when known.</param>
    /// <param name="timeout">The time limit that was reached.</param>
    /// <param name="lastStatus">The task's last status seen, when it was being waited for.</param>
    /// <param name="mayHaveCreatedTask">Whether a create request may have reached the server.</param>
    /// <param name="innerException">The cause, when there is one.</param>
    public SeedreamTimeoutException(string message, string? taskId, TimeSpan timeout, string? lastStatus = null, bool mayHaveCreatedTask = false, Exception? innerException = null)
        : base(message, null, null, null, taskId, innerException)
    {
        Timeout = timeout;
        LastStatus = lastStatus;
        MayHaveCreatedTask = mayHaveCreatedTask;
    }

    /// <summary>The time limit that was reached.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>The task's last status seen while waiting, when known.</summary>
    public string? LastStatus { get; }

    /// <summary>Whether a create request may have reached the server before time ran out.</summary>
    public bool MayHaveCreatedTask { get; }
}
