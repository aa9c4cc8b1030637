using System;
using System.Threading;

namespace Seedream.Http;

/// <summary>
/// One retried call's rules, read by <see cref="RetryEngine"/>'s predicate, delay generator and retry hook:
/// how many attempts, how long each may take, and what a failure means.
/// </summary>
/// <typeparam name="TVerdict">What the call's failures are classified as.</typeparam>
internal abstract class RetryRules<TVerdict>
    where TVerdict : RetryVerdict
{
    protected RetryRules(int maxAttempts, TimeSpan attemptTimeout)
    {
        MaxAttempts = maxAttempts;
        AttemptTimeout = attemptTimeout;
    }

    /// <summary>The most attempts, the first included.</summary>
    public int MaxAttempts { get; }

    /// <summary>The time limit of one attempt; <see cref="Timeout.InfiniteTimeSpan"/> for none.</summary>
    public TimeSpan AttemptTimeout { get; }

    /// <summary>Whether the waits between attempts are jittered; when not, each is the middle of its jitter range.</summary>
    public virtual bool Jittered => true;

    /// <summary>
    /// What <paramref name="exception"/>, thrown by an attempt, means; <see langword="null"/> when it is not a failure
    /// of the call (the caller cancelled, or the error is final as thrown), so it escapes unchanged.
    /// </summary>
    /// <param name="exception">What the attempt threw.</param>
    /// <param name="cancellationToken">The caller's token (not the attempt's time limit).</param>
    public abstract TVerdict? Classify(Exception exception, CancellationToken cancellationToken);

    /// <summary>Reports an attempt about to be repeated; by default nothing is reported.</summary>
    /// <param name="verdict">Why it failed.</param>
    /// <param name="attempt">The attempt that failed, from 1.</param>
    /// <param name="delay">The wait before the next one.</param>
    public virtual void Retrying(TVerdict verdict, int attempt, TimeSpan delay)
    {
    }

    /// <summary>Reports a failure that is raised (no attempt left, or not retried); its <see cref="RetryVerdict.Error"/> is thrown next.</summary>
    public virtual void GivingUp(TVerdict verdict)
    {
    }
}
