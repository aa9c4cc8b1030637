using System;
using Seedream.Http;

namespace Seedream.Polling;

/// <summary>
/// The waits between two polls of a task: <see cref="SeedreamPollingOptions.InitialDelay"/> grown by
/// <see cref="SeedreamPollingOptions.Multiplier"/> each time, moved by up to ±<see cref="SeedreamPollingOptions.JitterRatio"/>,
/// never longer than <see cref="SeedreamPollingOptions.MaxDelay"/>, and never shorter than a <c>Retry-After</c> the API sent.
/// Each wait starts a <see cref="PollingPlan"/> (<see cref="Start"/>), which uses this backoff whenever progress says nothing.
/// </summary>
internal sealed class PollingSchedule
{
    private readonly SeedreamPollingOptions _options;
    private readonly Func<double> _random;

    /// <param name="options">The polling settings.</param>
    /// <param name="random">Uniform numbers in [0, 1) for the jitter.</param>
    public PollingSchedule(SeedreamPollingOptions options, Func<double> random)
    {
        _options = options;
        _random = random;
    }

    /// <summary>The plan of one wait, which follows the task's progress when <see cref="SeedreamPollingOptions.FollowProgress"/> is on.</summary>
    public PollingPlan Start() => new PollingPlan(this, _options);

    /// <summary>The wait after poll number <paramref name="pollIndex"/> (from 0).</summary>
    /// <param name="pollIndex">How many waits came before this one.</param>
    /// <param name="retryAfter">The <c>Retry-After</c> of the last answer, when it had one.</param>
    public TimeSpan NextDelay(int pollIndex, TimeSpan? retryAfter) =>
        Backoff.Grown(pollIndex, _options.InitialDelay, _options.Multiplier, _options.MaxDelay, _options.JitterRatio, retryAfter, _random());
}
