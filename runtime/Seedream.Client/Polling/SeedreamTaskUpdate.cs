using System;
using Seedream.Transport;

namespace Seedream;

/// <summary>What a wait reports through <see cref="IProgress{T}"/> each time a task's status or progress changes.</summary>
public sealed class SeedreamTaskUpdate
{
    internal SeedreamTaskUpdate(SeedreamTask task, string? previousStatus, TimeSpan elapsed, TimeSpan? estimatedTimeLeft)
    {
        EstimatedTimeLeft = estimatedTimeLeft;
        Task = task;
        PreviousStatus = previousStatus;
        Elapsed = elapsed;
    }

    /// <summary>The task id.</summary>
    public string TaskId => Task.Task_id ?? string.Empty;

    /// <summary>The status now: <c>queued</c>, <c>processing</c>, a final status, or a value the API added later (treated as running).</summary>
    public string? Status => Task.Status;

    /// <summary>The status at the previous report, or <see langword="null"/> at the first.</summary>
    public string? PreviousStatus { get; }

    /// <summary>Whether the status differs from the previous report's (always true at the first).</summary>
    public bool StatusChanged => !string.Equals(Status, PreviousStatus, StringComparison.Ordinal);

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

    /// <summary>The task as the API last answered it.</summary>
    public SeedreamTask Task { get; }

    /// <inheritdoc />
    public override string ToString() => $"{TaskId}: {Status} {Progress}% after {Elapsed.TotalSeconds:0.#} s";
}
