using System;
using System.Threading;
using System.Threading.Tasks;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Seedream.Http;

/// <summary>
/// The one Polly pipeline that runs a call's attempts: a retry strategy outside a per-attempt time limit. An attempt
/// never throws to steer it: it returns an <see cref="Attempt{T}"/> whose <see cref="Failures.Failure"/> the pipeline
/// reads. A failure is tried again while it is <see cref="Failures.Failure.Retryable"/>, attempts are left
/// (<see cref="ICallRules.MaxAttempts"/>) and any <c>Retry-After</c> is within <see cref="SeedreamRetryOptions.MaxRetryAfter"/>;
/// the waits are <see cref="Backoff"/>'s from <see cref="SeedreamRetryOptions"/>, through the injected <see cref="TimeProvider"/>.
/// The call's rules travel in the pooled <see cref="ResilienceContext"/>, and Polly pools the time limit's token source,
/// so an attempt that succeeds at once allocates neither a timer nor a linked token source here.
/// </summary>
/// <typeparam name="T">The value a successful attempt gives.</typeparam>
internal sealed class RetryPipeline<T>
{
    private static readonly ResiliencePropertyKey<ICallRules> RulesKey = new ResiliencePropertyKey<ICallRules>("Seedream.CallRules");

    private readonly ResiliencePipeline<Attempt<T>> _pipeline;

    public RetryPipeline(SeedreamRetryOptions retry, TimeProvider time, Func<double> random)
    {
        _pipeline = new ResiliencePipelineBuilder<Attempt<T>> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<Attempt<T>>
            {
                // The attempt limit is each call's (ICallRules.MaxAttempts), applied by the predicate.
                MaxRetryAttempts = int.MaxValue,
                ShouldHandle = args => new ValueTask<bool>(
                    args.Outcome.Result.Failure is { Retryable: true } failure &&
                    args.AttemptNumber + 1 < RulesOf(args.Context).MaxAttempts &&
                    (failure.RetryAfter is null || failure.RetryAfter <= retry.MaxRetryAfter)),
                DelayGenerator = args => new ValueTask<TimeSpan?>(Backoff.Delay(
                    args.AttemptNumber + 1,
                    retry.BaseDelay,
                    retry.MaxDelay,
                    args.Outcome.Result.Failure!.RetryAfter,
                    random())),
                OnRetry = args =>
                {
                    RulesOf(args.Context).Retrying(args.Outcome.Result.Failure!, args.AttemptNumber + 1, args.RetryDelay);
                    return default;
                },
            })
            .AddTimeout(new TimeoutStrategyOptions { TimeoutGenerator = args => new ValueTask<TimeSpan>(RulesOf(args.Context).AttemptTimeout) })
            .Build();
    }

    /// <summary>
    /// Runs <paramref name="attempt"/> under <paramref name="rules"/> until it succeeds, its failure is not to be tried again,
    /// or no attempt is left; returns the last attempt. Only the caller's cancellation (and what no classification knows)
    /// escapes as an exception.
    /// </summary>
    /// <param name="rules">The call's rules.</param>
    /// <param name="attempt">One attempt: given its state, the attempt's token (the caller's, cut at the time limit) and the caller's token.</param>
    /// <param name="state">What the attempt needs, passed without a closure.</param>
    /// <param name="cancellationToken">The caller's token.</param>
    public async ValueTask<Attempt<T>> RunAsync<TState>(
        ICallRules rules,
        Func<TState, CancellationToken, CancellationToken, ValueTask<Attempt<T>>> attempt,
        TState state,
        CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(RulesKey, rules);
        try
        {
            return await _pipeline.ExecuteAsync(
                static (ctx, run) => run.Attempt(run.State, ctx.CancellationToken, run.Caller),
                context,
                (Attempt: attempt, State: state, Caller: cancellationToken)).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private static ICallRules RulesOf(ResilienceContext context) =>
        context.Properties.TryGetValue(RulesKey, out var rules) ? rules : throw new InvalidOperationException("A call ran outside RetryPipeline.RunAsync.");
}
