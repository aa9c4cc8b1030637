using System;

namespace Seedream;

/// <summary>What a wait reports through <see cref="IProgress{T}"/> each time a task's status or progress changes.</summary>
public sealed class SeedreamTaskUpdate
{
    /// <summary>Creates an update; see also <see cref="SeedreamModelFactory.TaskUpdate"/>.</summary>
    /// <param name="task">The task as the API last reported it.</param>
    /// <param name="previousStatus">The status at the previous report, or <see langword="null"/> at the first.</param>
    /// <param name="elapsed">Time since the wait began.</param>
    public SeedreamTaskUpdate(SeedreamTask task, SeedreamTaskStatus? previousStatus, TimeSpan elapsed)
    {
        Task = task ?? throw new ArgumentNullException(nameof(task));
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

    /// <summary>The task as the API last reported it.</summary>
    public SeedreamTask Task { get; }

    /// <inheritdoc />
    public override string ToString() => $"{TaskId}: {Status} {Progress}% after {Elapsed.TotalSeconds:0.#} s";
}
