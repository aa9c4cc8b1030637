using System;
using Seedream.Failures;

namespace Seedream.Http;

/// <summary>
/// One call's rules, read by <see cref="RetryPipeline{T}"/> while it runs: how many attempts, how long each may take,
/// and who hears of a retry. Built once per kind of call, so running one costs nothing.
/// </summary>
internal interface ICallRules
{
    /// <summary>The most attempts, the first included.</summary>
    int MaxAttempts { get; }

    /// <summary>The time limit of one attempt; <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> for none.</summary>
    TimeSpan AttemptTimeout { get; }

    /// <summary>Reports an attempt about to be repeated.</summary>
    /// <param name="failure">Why it failed.</param>
    /// <param name="attempt">The attempt that failed, from 1.</param>
    /// <param name="delay">The wait before the next one.</param>
    void Retrying(Failure failure, int attempt, TimeSpan delay);
}
