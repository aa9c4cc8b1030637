using System;

namespace Seedream.Polling;

/// <summary>
/// The polls of one wait. While the task's progress rises steadily (<see cref="CompletionEstimator"/>),
/// the polls are spread so that one lands just after the estimated finish; otherwise each wait is the
/// backoff of <see cref="PollingSchedule"/>. Either way no wait is longer than
/// <see cref="SeedreamPollingOptions.MaxDelay"/> unless a <c>Retry-After</c> asks for more, none is shorter than a
/// <c>Retry-After</c>, and the wait never averages more than one poll per <see cref="SeedreamPollingOptions.InitialDelay"/>
/// (2 s by default, the provider's advice).
/// </summary>
internal sealed class PollingPlan
{
    /// <summary>How far past the estimated finish the poll aims, as a share of the estimated task time.</summary>
    public const double FinishMargin = 0.02;

    /// <summary>The least margin past the estimated finish.</summary>
    public static readonly TimeSpan MinimumMargin = TimeSpan.FromMilliseconds(100);

    private readonly PollingSchedule _schedule;
    private readonly SeedreamPollingOptions _options;
    private readonly CompletionEstimator _estimator = new();
    private int _waits;

    /// <param name="schedule">The backoff.</param>
    /// <param name="options">The polling settings.</param>
    public PollingPlan(PollingSchedule schedule, SeedreamPollingOptions options)
    {
        _schedule = schedule;
        _options = options;
    }

    /// <summary>Takes the progress of an answer (the submit's, or a poll's).</summary>
    /// <param name="elapsed">When the answer came, from the start of the wait.</param>
    /// <param name="progress">The progress it reported, if any.</param>
    public void Observe(TimeSpan elapsed, int? progress)
    {
        if (_options.FollowProgress)
        {
            _estimator.Observe(elapsed, progress);
        }
    }

    /// <summary>The estimated time until the task finishes, when its progress allows an estimate.</summary>
    /// <param name="elapsed">Now, from the start of the wait.</param>
    public TimeSpan? TimeLeft(TimeSpan elapsed) =>
        _estimator.EstimatedCompletion is TimeSpan finish ? (finish > elapsed ? finish - elapsed : TimeSpan.Zero) : null;

    /// <summary>The wait before the next poll.</summary>
    /// <param name="elapsed">Now, from the start of the wait.</param>
    /// <param name="retryAfter">The <c>Retry-After</c> of the last answer, when it had one.</param>
    public TimeSpan NextDelay(TimeSpan elapsed, TimeSpan? retryAfter)
    {
        // The backoff draws its jitter on every wait, so a wait without an estimate gets the same jitter as
        // it would if progress had never been followed.
        var delay = _schedule.NextDelay(_waits++, null);
        if (_estimator.EstimatedCompletion is TimeSpan finish)
        {
            var margin = TimeSpan.FromTicks(Math.Max(MinimumMargin.Ticks, (long)(finish.Ticks * FinishMargin)));
            var untilPoll = finish + margin - elapsed;
            if (untilPoll < MinimumMargin)
            {
                untilPoll = MinimumMargin;
            }

            var polls = Math.Ceiling((double)untilPoll.Ticks / _options.MaxDelay.Ticks);
            delay = TimeSpan.FromTicks((long)(untilPoll.Ticks / polls));
            var earliest = TimeSpan.FromTicks(_options.InitialDelay.Ticks * _waits) - elapsed;
            if (delay < earliest)
            {
                delay = earliest;
            }
        }

        return retryAfter is TimeSpan wait && wait > delay ? wait : delay;
    }
}
