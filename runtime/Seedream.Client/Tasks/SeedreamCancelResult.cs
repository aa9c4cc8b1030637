namespace Seedream;

/// <summary>What the API answered to a cancel (<c>POST /v1/tasks/{id}/cancel</c>).</summary>
public sealed class SeedreamCancelResult
{
    /// <summary>Creates a cancel result; outside the client, <see cref="SeedreamModelFactory.CancelResult"/>.</summary>
    /// <param name="taskId">The task id.</param>
    /// <param name="status">The status after the cancel, normally <see cref="SeedreamTaskStatus.Cancelled"/>.</param>
    /// <param name="refunded">Whether the quota was refunded, when the API says.</param>
    /// <param name="refundedQuota">How much quota was refunded, when the API says.</param>
    internal SeedreamCancelResult(string taskId, SeedreamTaskStatus status, bool? refunded, long? refundedQuota)
    {
        TaskId = taskId;
        Status = status;
        Refunded = refunded;
        RefundedQuota = refundedQuota;
    }

    /// <summary>The task id.</summary>
    public string TaskId { get; }

    /// <summary>The status after the cancel, normally <see cref="SeedreamTaskStatus.Cancelled"/>.</summary>
    public SeedreamTaskStatus Status { get; }

    /// <summary>Whether the quota was refunded, when the API says.</summary>
    public bool? Refunded { get; }

    /// <summary>How much quota was refunded, when the API says.</summary>
    public long? RefundedQuota { get; }

    /// <inheritdoc />
    public override string ToString() => $"task {TaskId}: {Status}" + (RefundedQuota is long q ? $", {q} refunded" : string.Empty);
}
