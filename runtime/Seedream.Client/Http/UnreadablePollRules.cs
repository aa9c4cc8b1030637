using System;
using System.Threading;

namespace Seedream.Http;

/// <summary>
/// A poll whose answer arrived but could not be used (no status, another task, not JSON; see
/// <see cref="TaskAnswers.IsUnreadable"/>) is run again, after the retry backoff without jitter, up to
/// <see cref="SeedreamRetryOptions.MaxAttempts"/> times; then the last such failure is thrown, and a wait
/// reports it instead of polling on. The poll has no time limit of its own: its requests have theirs.
/// </summary>
internal sealed class UnreadablePollRules : RetryRules<RetryVerdict>
{
    public UnreadablePollRules(int maxAttempts)
        : base(maxAttempts, Timeout.InfiniteTimeSpan)
    {
    }

    public override bool Jittered => false;

    public override RetryVerdict? Classify(Exception exception, CancellationToken cancellationToken) =>
        exception is SeedreamServerException failure && TaskAnswers.IsUnreadable(failure) ? new RetryVerdict(failure, retryable: true, null) : null;
}
