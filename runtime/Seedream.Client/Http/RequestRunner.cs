using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Seedream.Errors;
using Seedream.Logging;
using Seedream.Telemetry;
using Seedream.Transport;

namespace Seedream.Http;

/// <summary>
/// Runs one API call through the transport on the <see cref="RetryEngine"/>, with a time limit per attempt:
/// retries what is safe to retry (see <see cref="RequestKind"/>), and turns every failure into a typed
/// <see cref="SeedreamException"/>. All waiting goes through the injected <see cref="TimeProvider"/>.
/// </summary>
internal sealed class RequestRunner
{
    private readonly SeedreamRetryOptions _retry;
    private readonly RetryEngine _engine;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SecretRedactor _redactor;

    public RequestRunner(SeedreamRetryOptions retry, RetryEngine engine, TimeProvider time, ILogger logger, SecretRedactor redactor)
    {
        _retry = retry;
        _engine = engine;
        _time = time;
        _logger = logger;
        _redactor = redactor;
    }

    /// <summary>The most attempts a request makes, the first included.</summary>
    public int MaxAttempts => _retry.MaxAttempts;

    public Task<T> RunAsync<T>(
        string operation,
        string? taskId,
        RequestKind kind,
        TimeSpan timeout,
        int maxAttempts,
        Func<CancellationToken, Task<T>> call,
        CancellationToken cancellationToken) =>
        _engine.RunAsync(new Rules(this, operation, taskId, kind, timeout, maxAttempts), ct => TimedAsync(operation, call, ct), cancellationToken);

    private async Task<T> TimedAsync<T>(string operation, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        var result = await call(cancellationToken).ConfigureAwait(false);
        SeedreamLog.RequestCompleted(_logger, operation, (long)_time.GetElapsedTime(started).TotalMilliseconds);
        return result;
    }

    private Failure? Classify(Exception exception, string operation, string? taskId, RequestKind kind, TimeSpan timeout, CancellationToken cancellationToken) =>
        exception switch
        {
            SeedreamApiException answer => FromAnswer(answer, operation, taskId, kind),
            UnusableAnswerException unusable => FromUnusable(unusable, operation, taskId, kind),
            OperationCanceledException timedOut when !cancellationToken.IsCancellationRequested => FromTimeout(timedOut, operation, taskId, kind, timeout),
            HttpRequestException network => FromNetwork(network, operation, taskId, kind),
            IOException network => FromNetwork(network, operation, taskId, kind),
            _ => null,
        };

    private Failure FromAnswer(SeedreamApiException exception, string operation, string? taskId, RequestKind kind)
    {
        var status = exception.StatusCode;
        var retryAfter = RetryAfter.From(exception.Headers, _time.GetUtcNow());
        var error = ApiErrorMapper.Map(exception, operation, taskId, retryAfter, _redactor);
        if (kind == RequestKind.Create)
        {
            return CreateFailures.CreatedNothing(exception)
                ? new Failure(error, CreateFailures.MayResend(exception), retryAfter, "HTTP " + status, mayHaveCreatedTask: false)
                : new Failure(CreateFailures.Ambiguous(exception, operation, retryAfter, _redactor), false, retryAfter, "HTTP " + status, mayHaveCreatedTask: true);
        }

        var retryable = (status >= 200 && status < 300) || status == 408 || status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
        return new Failure(error, retryable, retryAfter, "HTTP " + status, mayHaveCreatedTask: false);
    }

    private Failure FromUnusable(UnusableAnswerException exception, string operation, string? taskId, RequestKind kind)
    {
        var reason = _redactor.Redact(exception.Message)!;
        if (kind == RequestKind.Create)
        {
            return new Failure(CreateFailures.Ambiguous(exception, operation, _redactor), false, null, reason, mayHaveCreatedTask: true);
        }

        var task = taskId is null ? string.Empty : $" (task {_redactor.Redact(taskId)})";
        var error = new SeedreamServerException($"{operation}{task} failed: {reason}.", exception.StatusCode, taskId: taskId, innerException: _redactor.Guard(exception));
        return new Failure(error, exception.Retryable, null, reason, mayHaveCreatedTask: false);
    }

    private Failure FromTimeout(OperationCanceledException exception, string operation, string? taskId, RequestKind kind, TimeSpan timeout)
    {
        var seconds = timeout.TotalSeconds.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
        if (kind == RequestKind.Create)
        {
            var named = _redactor.Redact(CreateFailures.TaskIdOfStall(exception));
            var message = $"{operation} got no complete answer within {seconds} s. {CreateFailures.LookBeforeResubmitting(named, _redactor)}";
            return new Failure(new SeedreamRequestTimeoutException(message, named ?? taskId, timeout, mayHaveCreatedTask: true, innerException: _redactor.Guard(exception)), false, null, "no answer within " + seconds + " s", mayHaveCreatedTask: true);
        }

        var task = taskId is null ? string.Empty : $" (task {_redactor.Redact(taskId)})";
        return new Failure(new SeedreamRequestTimeoutException($"{operation}{task} got no answer within {seconds} s.", taskId, timeout, innerException: _redactor.Guard(exception)), true, null, "no answer within " + seconds + " s", mayHaveCreatedTask: false);
    }

    private Failure FromNetwork(Exception exception, string operation, string? taskId, RequestKind kind)
    {
        var notSent = ConnectionFailure.CertainlyNotSent(exception);
        var reason = exception.GetType().Name + ": " + _redactor.Redact(exception.Message);
        var task = taskId is null ? string.Empty : $" (task {_redactor.Redact(taskId)})";
        if (kind == RequestKind.Create && !notSent)
        {
            var message = $"{operation} failed mid-request ({reason}). The request may have reached the server and created a task, so it was not sent again " +
                          "(that could create and bill a second task). Look for the task (or its webhook) before submitting again.";
            return new Failure(new SeedreamNetworkException(message, mayHaveCreatedTask: true, taskId, _redactor.Guard(exception)), false, null, reason, mayHaveCreatedTask: true);
        }

        var text = notSent
            ? $"{operation}{task} could not connect ({reason}); nothing was sent. Check the network and SeedreamClientOptions.BaseUrl."
            : $"{operation}{task} failed: the connection broke ({reason}). Try again later.";
        return new Failure(new SeedreamNetworkException(text, mayHaveCreatedTask: false, taskId, _redactor.Guard(exception)), kind == RequestKind.Repeatable || notSent, null, reason, mayHaveCreatedTask: false);
    }

    /// <summary>One request's rules: the attempts it may make, and the never-create-twice classification of its failures.</summary>
    private sealed class Rules : RetryRules<Failure>
    {
        private readonly RequestRunner _runner;
        private readonly string _operation;
        private readonly string? _taskId;
        private readonly RequestKind _kind;

        public Rules(RequestRunner runner, string operation, string? taskId, RequestKind kind, TimeSpan timeout, int maxAttempts)
            : base(maxAttempts, timeout)
        {
            _runner = runner;
            _operation = operation;
            _taskId = taskId;
            _kind = kind;
        }

        public override Failure? Classify(Exception exception, CancellationToken cancellationToken) =>
            _runner.Classify(exception, _operation, _taskId, _kind, AttemptTimeout, cancellationToken);

        public override void Retrying(Failure verdict, int attempt, TimeSpan delay)
        {
            SeedreamLog.RequestRetrying(_runner._logger, _operation, verdict.Reason, attempt, MaxAttempts, (long)delay.TotalMilliseconds);
            SeedreamMetrics.RequestRetried(_operation, verdict.Error);
        }

        public override void GivingUp(Failure verdict)
        {
            if (verdict.MayHaveCreatedTask)
            {
                SeedreamLog.CreateNotResent(_runner._logger, _operation, verdict.Reason);
                SeedreamMetrics.AmbiguousCreate(verdict.Error);
            }
            else
            {
                SeedreamLog.RequestFailed(_runner._logger, _operation, verdict.Reason);
            }
        }
    }

    private sealed class Failure : RetryVerdict
    {
        public Failure(SeedreamException error, bool retryable, TimeSpan? retryAfter, string reason, bool mayHaveCreatedTask)
            : base(error, retryable, retryAfter)
        {
            Reason = reason;
            MayHaveCreatedTask = mayHaveCreatedTask;
        }

        public string Reason { get; }

        public bool MayHaveCreatedTask { get; }
    }
}
