using System;

namespace Seedream;

/// <summary>
/// Waiting for a task passed its deadline (<see cref="SeedreamPollingOptions.Timeout"/>). The task was accepted and
/// may still finish: follow it later from <see cref="SeedreamException.TaskId"/> (<see cref="SeedreamClient.GetOperation"/>)
/// or receive it by webhook. Submitting again would create and bill a new task. Its kind is <see cref="SeedreamErrorKind.WaitTimeout"/>.
/// </summary>
public sealed class SeedreamWaitTimeoutException : SeedreamException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">What went wrong and what to do about it.</param>
    /// <param name="taskId">The task that was being waited for.</param>
    /// <param name="timeout">The deadline that passed.</param>
    /// <param name="lastStatus">The task's last status seen, when one was.</param>
    /// <param name="lastProgress">The task's last progress seen, when one was.</param>
    public SeedreamWaitTimeoutException(string message, string taskId, TimeSpan timeout, SeedreamTaskStatus? lastStatus, int? lastProgress)
        : base(SeedreamErrorKind.WaitTimeout, message, null, null, null, taskId ?? throw new ArgumentNullException(nameof(taskId)), false, null, null)
    {
        Timeout = timeout;
        LastStatus = lastStatus;
        LastProgress = lastProgress;
    }

    /// <summary>The deadline that passed.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>The task's last status seen while waiting, when one was.</summary>
    public SeedreamTaskStatus? LastStatus { get; }

    /// <summary>The task's last progress seen while waiting, when one was.</summary>
    public int? LastProgress { get; }
}
