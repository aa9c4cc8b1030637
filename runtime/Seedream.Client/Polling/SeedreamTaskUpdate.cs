using System;

namespace Seedream;

/// <summary>What a wait reports through <see cref="IProgress{T}"/> each time a task's status or progress changes.</summary>
public sealed class SeedreamTaskUpdate
{
    /// <summary>Creates an update; outside the client, <see cref="SeedreamModelFactory.TaskUpdate"/>.</summary>
    /// <param name="task">The task as the API last reported it.</param>
    /// <param name="previousStatus">The status at the previous report, or <see langword="null"/> at the first.</param>
    /// <param name="elapsed">Time since the wait began.</param>
    /// <param name="estimatedTimeLeft">How long the task should still take, estimated from its progress; <see langword="null"/> (the default) when there is no estimate.</param>
    /// <exception cref="ArgumentNullException"><paramref name="task"/> is <see langword="null"/>.</exception>
    internal SeedreamTaskUpdate(SeedreamTask task, SeedreamTaskStatus? previousStatus, TimeSpan elapsed, TimeSpan? estimatedTimeLeft = null)
    {
        Task = task ?? throw new ArgumentNullException(nameof(task));
        EstimatedTimeLeft = estimatedTimeLeft;
        PreviousStatus = previousStatus;
        Elapsed = elapsed;
    }

    /// <summary>The task id.</summary>
    public string TaskId => Task.Id;

    /// <summary>The status now: queued, processing, a final status, or a value the API added later (treated as running).</summary>
    public SeedreamTaskStatus Status => Task.Status;

    /// <summary>The status at the previous report, or <see langword="null"/> at the first.</summary>
    public SeedreamTaskStatus? PreviousStatus { get; }

    /// <summary>Whether the status differs from the previous report's (always true at the first).</summary>
    public bool StatusChanged => PreviousStatus is not SeedreamTaskStatus previous || previous != Status;

    /// <summary>Progress from 0 to 100, when the API reports it.</summary>
    public int? Progress => Task.Progress;

    /// <summary>Time since the wait began.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>
    /// How long the task should still take, estimated from its rising progress (see
    /// <see cref="SeedreamPollingOptions.FollowProgress"/>); <see langword="null"/> when progress gives no
    /// estimate (it is missing, stays at 0, moves in steps or went backwards) or following progress is off.
    /// </summary>
    public TimeSpan? EstimatedTimeLeft { get; }

    /// <summary>The task as the API last reported it.</summary>
    public SeedreamTask Task { get; }

    /// <inheritdoc />
    public override string ToString() => $"{TaskId}: {Status} {Progress}% after {Elapsed.TotalSeconds:0.#} s";
}
