using System;
using System.Threading;
using System.Threading.Tasks;
using Polly;
using Polly.Retry;

namespace Seedream.Http;

/// <summary>
/// The retry engine of image downloads (API calls run on <see cref="RetryPipeline{T}"/>; downloads move onto it and onto
/// <see cref="Failures.Failure"/> next, and this class goes): a Polly retry pipeline built from
/// <see cref="SeedreamRetryOptions"/>. Each download brings its <see cref="RetryRules{TVerdict}"/>; their classification
/// is the pipeline's predicate, the waits are <see cref="Backoff"/>'s (growth, jitter, cap, <c>Retry-After</c>; an answer asking for longer than
/// <see cref="SeedreamRetryOptions.MaxRetryAfter"/> is not retried), and all waiting goes through the injected
/// <see cref="TimeProvider"/>.
/// </summary>
internal sealed class RetryEngine
{
    private static readonly ResiliencePropertyKey<IExecution> ExecutionKey = new ResiliencePropertyKey<IExecution>("Seedream.Retry");

    /// <summary>The random draw that puts a wait in the middle of its jitter range.</summary>
    private const double Unjittered = 0.5;

    private readonly ResiliencePipeline _pipeline;
    private readonly TimeProvider _time;

    public RetryEngine(SeedreamRetryOptions retry, TimeProvider time, Func<double> random)
    {
        _time = time;
        _pipeline = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                // The attempt limit is each call's (RetryRules.MaxAttempts), applied by the predicate.
                MaxRetryAttempts = int.MaxValue,
                ShouldHandle = args => new ValueTask<bool>(
                    args.Outcome.Exception is Exception failure &&
                    ExecutionOf(args.Context).ShouldRetry(failure, args.AttemptNumber + 1, retry.MaxRetryAfter, args.Context.CancellationToken)),
                DelayGenerator = args =>
                {
                    var execution = ExecutionOf(args.Context);
                    return new ValueTask<TimeSpan?>(
                        Backoff.Delay(args.AttemptNumber + 1, retry.BaseDelay, retry.MaxDelay, execution.LastRetryAfter, execution.Jittered ? random() : Unjittered));
                },
                OnRetry = args =>
                {
                    ExecutionOf(args.Context).Retrying(args.AttemptNumber + 1, args.RetryDelay);
                    return default;
                },
            })
            .Build();
    }

    /// <summary>
    /// Runs <paramref name="call"/> under <paramref name="rules"/>: each attempt within its time limit, repeated while
    /// the rules call its failure retryable and attempts are left. Then the last failure's
    /// <see cref="RetryVerdict.Error"/> is thrown, or what an attempt threw when the rules did not classify it.
    /// </summary>
    public async Task<T> RunAsync<T, TVerdict>(RetryRules<TVerdict> rules, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
        where TVerdict : RetryVerdict
    {
        var execution = new Execution<TVerdict>(rules);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(ExecutionKey, execution);
        try
        {
            return await _pipeline.ExecuteAsync(
                static (ctx, state) => state.Engine.AttemptAsync(state.Call, state.Timeout, ctx.CancellationToken),
                context,
                (Engine: this, Call: call, Timeout: rules.AttemptTimeout)).ConfigureAwait(false);
        }
        catch (Exception exception) when (execution.VerdictOn(exception) is TVerdict verdict)
        {
            rules.GivingUp(verdict);
            throw verdict.Error;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private static IExecution ExecutionOf(ResilienceContext context) =>
        context.Properties.TryGetValue(ExecutionKey, out var execution) ? execution : throw new InvalidOperationException("A retry ran outside RetryEngine.RunAsync.");

    private async ValueTask<T> AttemptAsync<T>(Func<CancellationToken, Task<T>> call, TimeSpan timeout, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using (var timeoutSource = _time.CreateCancellationTokenSource(timeout))
        using (var linked = cancellationToken.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token) : null)
        {
            return await call(linked?.Token ?? timeoutSource.Token).ConfigureAwait(false);
        }
    }

    /// <summary>One run's rules and the verdict on its latest failure, as the pipeline's callbacks see them.</summary>
    private interface IExecution
    {
        TimeSpan? LastRetryAfter { get; }

        bool Jittered { get; }

        bool ShouldRetry(Exception failure, int attempt, TimeSpan maxRetryAfter, CancellationToken cancellationToken);

        void Retrying(int attempt, TimeSpan delay);
    }

    private sealed class Execution<TVerdict> : IExecution
        where TVerdict : RetryVerdict
    {
        private readonly RetryRules<TVerdict> _rules;
        private Exception? _lastFailure;
        private TVerdict? _lastVerdict;

        public Execution(RetryRules<TVerdict> rules)
        {
            _rules = rules;
        }

        public TimeSpan? LastRetryAfter => _lastVerdict?.RetryAfter;

        public bool Jittered => _rules.Jittered;

        public bool ShouldRetry(Exception failure, int attempt, TimeSpan maxRetryAfter, CancellationToken cancellationToken)
        {
            _lastFailure = failure;
            _lastVerdict = _rules.Classify(failure, cancellationToken);
            return _lastVerdict is { Retryable: true } verdict && attempt < _rules.MaxAttempts &&
                   (verdict.RetryAfter is null || verdict.RetryAfter <= maxRetryAfter);
        }

        public void Retrying(int attempt, TimeSpan delay) => _rules.Retrying(_lastVerdict!, attempt, delay);

        /// <summary>The verdict on <paramref name="exception"/> when it is the failure last classified.</summary>
        public TVerdict? VerdictOn(Exception exception) => ReferenceEquals(exception, _lastFailure) ? _lastVerdict : null;
    }
}
