using System;
using System.Collections.Generic;
using System.Threading;
using Seedream.Transport;

namespace Seedream.Emulator;

/// <summary>
/// A task held by the emulator. Its times and outcome are fixed when it is created; its status and
/// progress are computed from the clock on every read, so a fake clock drives it without sleeping.
/// </summary>
internal sealed class EmulatedTask
{
    private readonly Lock _gate = new();
    private DateTimeOffset? _cancelledAt;

    /// <summary>Creates a task.</summary>
    /// <param name="id">The task id.</param>
    /// <param name="request">The validated request.</param>
    /// <param name="createdAt">When it was created.</param>
    /// <param name="startsAt">When it leaves <c>queued</c> for <c>processing</c>.</param>
    /// <param name="finishesAt">When it completes or fails.</param>
    /// <param name="fails">Whether it fails instead of completing.</param>
    /// <param name="images">Its planned images, one per <c>n</c>.</param>
    /// <param name="linksExpireAt">When its result links stop answering.</param>
    public EmulatedTask(
        string id,
        ValidatedRequest request,
        DateTimeOffset createdAt,
        DateTimeOffset startsAt,
        DateTimeOffset finishesAt,
        bool fails,
        IReadOnlyList<PlannedImage> images,
        DateTimeOffset linksExpireAt)
    {
        Id = id;
        Request = request;
        CreatedAt = createdAt;
        StartsAt = startsAt;
        FinishesAt = finishesAt;
        Fails = fails;
        Images = images;
        LinksExpireAt = linksExpireAt;
    }

    /// <summary>The task id.</summary>
    public string Id { get; }

    /// <summary>The validated request.</summary>
    public ValidatedRequest Request { get; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset CreatedAt { get; }

    /// <summary>When it leaves <c>queued</c> for <c>processing</c>.</summary>
    public DateTimeOffset StartsAt { get; }

    /// <summary>When it completes or fails.</summary>
    public DateTimeOffset FinishesAt { get; }

    /// <summary>Whether it fails instead of completing.</summary>
    public bool Fails { get; }

    /// <summary>Its planned images.</summary>
    public IReadOnlyList<PlannedImage> Images { get; }

    /// <summary>When its result links stop answering (410 after that).</summary>
    public DateTimeOffset LinksExpireAt { get; }

    /// <summary>The delivery of its webhook, when it was created with a <c>callback_url</c>; it is forgotten with the task.</summary>
    public WebhookSubscription? Webhook { get; set; }

    /// <summary>When it was cancelled, if it was.</summary>
    public DateTimeOffset? CancelledAt
    {
        get
        {
            lock (_gate)
            {
                return _cancelledAt;
            }
        }
    }

    /// <summary>The moment it reached its final status, or <see langword="null"/> while it is still running at <paramref name="now"/>.</summary>
    /// <param name="now">The current time.</param>
    public DateTimeOffset? EndedAt(DateTimeOffset now) => CancelledAt ?? (now >= FinishesAt ? FinishesAt : null);

    /// <summary>Its status and progress at <paramref name="now"/>.</summary>
    /// <param name="now">The current time.</param>
    public TaskPhase PhaseAt(DateTimeOffset now) => Compute(now, CancelledAt);

    /// <summary>Cancels the task if it is still queued at <paramref name="now"/>.</summary>
    /// <param name="now">The current time.</param>
    /// <param name="phase">The phase it was in: <c>queued</c> when the cancel succeeded, otherwise why it did not.</param>
    /// <returns>Whether the task was cancelled by this call.</returns>
    public bool TryCancel(DateTimeOffset now, out TaskPhase phase)
    {
        lock (_gate)
        {
            phase = Compute(now, _cancelledAt);
            if (phase.Status != SeedreamTaskStatus.Queued)
            {
                return false;
            }

            _cancelledAt = now;
            return true;
        }
    }

    private TaskPhase Compute(DateTimeOffset now, DateTimeOffset? cancelledAt)
    {
        if (cancelledAt is not null)
        {
            return new TaskPhase(SeedreamTaskStatus.Cancelled, 0);
        }

        if (now < StartsAt)
        {
            return new TaskPhase(SeedreamTaskStatus.Queued, 0);
        }

        if (now < FinishesAt)
        {
            var share = (now - StartsAt).TotalMilliseconds / (FinishesAt - StartsAt).TotalMilliseconds;
            return new TaskPhase(SeedreamTaskStatus.Processing, Math.Clamp(1 + (int)(share * 98), 1, 99));
        }

        return Fails ? new TaskPhase(SeedreamTaskStatus.Failed, 0) : new TaskPhase(SeedreamTaskStatus.Completed, 100);
    }
}
