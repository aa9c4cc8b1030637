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
/// Runs one API call through the transport with a time limit per attempt, retries what is safe to
/// retry (see <see cref="RequestKind"/>), and turns every failure into a typed <see cref="SeedreamException"/>.
/// All waiting goes through the injected <see cref="TimeProvider"/>.
/// </summary>
internal sealed class RequestRunner
{
    private readonly SeedreamRetryOptions _retry;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SecretRedactor _redactor;
    private readonly Func<double> _random;

    public RequestRunner(SeedreamRetryOptions retry, TimeProvider time, ILogger logger, SecretRedactor redactor, Func<double> random)
    {
        _retry = retry;
        _time = time;
        _logger = logger;
        _redactor = redactor;
        _random = random;
    }

    /// <summary>The most attempts a request makes, the first included.</summary>
    public int MaxAttempts => _retry.MaxAttempts;

    public async Task<T> RunAsync<T>(
        string operation,
        string? taskId,
        RequestKind kind,
        TimeSpan timeout,
        int maxAttempts,
        Func<CancellationToken, Task<T>> call,
        CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Failure failure;
            var started = _time.GetTimestamp();
            using (var timeoutSource = _time.CreateCancellationTokenSource(timeout))
            using (var linked = cancellationToken.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token) : null)
            {
                try
                {
                    var result = await call(linked?.Token ?? timeoutSource.Token).ConfigureAwait(false);
                    SeedreamLog.RequestCompleted(_logger, operation, (long)_time.GetElapsedTime(started).TotalMilliseconds);
                    return result;
                }
                catch (SeedreamApiException exception)
                {
                    failure = FromAnswer(exception, operation, taskId, kind);
                }
                catch (UnusableAnswerException exception)
                {
                    failure = FromUnusable(exception, operation, taskId, kind);
                }
                catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
                {
                    failure = FromTimeout(exception, operation, taskId, kind, timeout);
                }
                catch (HttpRequestException exception)
                {
                    failure = FromNetwork(exception, operation, taskId, kind);
                }
                catch (IOException exception)
                {
                    failure = FromNetwork(exception, operation, taskId, kind);
                }
            }

            if (failure.Retryable && attempt < maxAttempts && (failure.RetryAfter is null || failure.RetryAfter <= _retry.MaxRetryAfter))
            {
                var delay = Backoff.Delay(attempt, _retry.BaseDelay, _retry.MaxDelay, failure.RetryAfter, _random());
                SeedreamLog.RequestRetrying(_logger, operation, failure.Reason, attempt, maxAttempts, (long)delay.TotalMilliseconds);
                SeedreamMetrics.RequestRetried(operation, failure.Error);
                await _time.Delay(delay, cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (failure.MayHaveCreatedTask)
            {
                SeedreamLog.CreateNotResent(_logger, operation, failure.Reason);
                SeedreamMetrics.AmbiguousCreate(failure.Error);
            }
            else
            {
                SeedreamLog.RequestFailed(_logger, operation, failure.Reason);
            }

            throw failure.Error;
        }
    }

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

        var task = taskId is null ? string.Empty : $" (task {taskId})";
        var error = new SeedreamServerException($"{operation}{task} failed: {reason}.", exception.StatusCode, taskId: taskId, innerException: exception);
        return new Failure(error, exception.Retryable, null, reason, mayHaveCreatedTask: false);
    }

    private Failure FromTimeout(OperationCanceledException exception, string operation, string? taskId, RequestKind kind, TimeSpan timeout)
    {
        var seconds = timeout.TotalSeconds.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
        if (kind == RequestKind.Create)
        {
            var named = _redactor.Redact(CreateFailures.TaskIdOfStall(exception));
            var message = $"{operation} got no complete answer within {seconds} s. {CreateFailures.LookBeforeResubmitting(named, _redactor)}";
            return new Failure(new SeedreamRequestTimeoutException(message, named ?? taskId, timeout, mayHaveCreatedTask: true, innerException: exception), false, null, "no answer within " + seconds + " s", mayHaveCreatedTask: true);
        }

        var task = taskId is null ? string.Empty : $" (task {taskId})";
        return new Failure(new SeedreamRequestTimeoutException($"{operation}{task} got no answer within {seconds} s.", taskId, timeout, innerException: exception), true, null, "no answer within " + seconds + " s", mayHaveCreatedTask: false);
    }

    private Failure FromNetwork(Exception exception, string operation, string? taskId, RequestKind kind)
    {
        var notSent = ConnectionFailure.CertainlyNotSent(exception);
        var reason = exception.GetType().Name + ": " + _redactor.Redact(exception.Message);
        var task = taskId is null ? string.Empty : $" (task {taskId})";
        if (kind == RequestKind.Create && !notSent)
        {
            var message = $"{operation} failed mid-request ({reason}). The request may have reached the server and created a task, so it was not sent again " +
                          "(that could create and bill a second task). Look for the task (or its webhook) before submitting again.";
            return new Failure(new SeedreamNetworkException(message, mayHaveCreatedTask: true, taskId, exception), false, null, reason, mayHaveCreatedTask: true);
        }

        var text = notSent
            ? $"{operation}{task} could not connect ({reason}); nothing was sent. Check the network and SeedreamClientOptions.BaseUrl."
            : $"{operation}{task} failed: the connection broke ({reason}). Try again later.";
        return new Failure(new SeedreamNetworkException(text, mayHaveCreatedTask: false, taskId, exception), kind == RequestKind.Repeatable || notSent, null, reason, mayHaveCreatedTask: false);
    }

    private readonly struct Failure
    {
        public Failure(SeedreamException error, bool retryable, TimeSpan? retryAfter, string reason, bool mayHaveCreatedTask)
        {
            Error = error;
            Retryable = retryable;
            RetryAfter = retryAfter;
            Reason = reason;
            MayHaveCreatedTask = mayHaveCreatedTask;
        }

        public SeedreamException Error { get; }

        public bool Retryable { get; }

        public TimeSpan? RetryAfter { get; }

        public string Reason { get; }

        public bool MayHaveCreatedTask { get; }
    }
}
