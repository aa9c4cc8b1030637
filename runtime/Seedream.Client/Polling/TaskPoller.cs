using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Seedream.Logging;
using Seedream.Telemetry;
using Seedream.Transport;
using WireTask = Seedream.Transport.SeedreamTask;

namespace Seedream.Polling;

/// <summary>
/// Polls one task until it reaches a final status or the deadline passes. Yields every answer, reports
/// status and progress changes, treats unknown statuses as still running, rides out transient errors
/// (429, 5xx, network, a request timeout) by polling again later (honouring <c>Retry-After</c>), and
/// stops at once on cancellation. Every wait goes through the injected <see cref="TimeProvider"/>.
/// </summary>
internal sealed class TaskPoller
{
    private readonly Func<string, CancellationToken, Task<WireTask>> _getOnce;
    private readonly SeedreamPollingOptions _options;
    private readonly PollingSchedule _schedule;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SecretRedactor _redactor;

    /// <param name="getOnce">One status request, without retries (the schedule is the retry).</param>
    /// <param name="options">The polling settings.</param>
    /// <param name="time">The clock.</param>
    /// <param name="logger">Where status changes and failed polls are logged.</param>
    /// <param name="redactor">Removes the API key from what the server sent before it is logged or shown.</param>
    /// <param name="random">Uniform numbers in [0, 1) for the jitter.</param>
    public TaskPoller(Func<string, CancellationToken, Task<WireTask>> getOnce, SeedreamPollingOptions options, TimeProvider time, ILogger logger, SecretRedactor redactor, Func<double> random)
    {
        _redactor = redactor;
        _getOnce = getOnce;
        _options = options;
        _schedule = new PollingSchedule(options, random);
        _time = time;
        _logger = logger;
    }

    /// <summary>Every answer for the task, the last one final.</summary>
    /// <param name="taskId">The task.</param>
    /// <param name="initial">An answer already in hand (from the submit), or <see langword="null"/> to poll at once.</param>
    /// <param name="progress">Receives an update whenever the status or progress changes.</param>
    /// <param name="cancellationToken">Stops polling at once.</param>
    /// <exception cref="SeedreamWaitTimeoutException">The deadline passed; carries the task id.</exception>
    public async IAsyncEnumerable<WireTask> PollAsync(string taskId, WireTask? initial, IProgress<SeedreamTaskUpdate>? progress, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        var shownId = _redactor.Redact(taskId)!;
        var current = initial;
        string? lastStatus = null;
        int? lastProgress = null;
        var reported = false;
        var plan = _schedule.Start();
        using var telemetry = WaitTelemetry.Start(taskId, _time, _redactor);
        var polled = false;
        TimeSpan? retryAfter = null;
        string? failedPoll = null;

        while (true)
        {
            var untilDeadline = _options.Timeout - _time.GetElapsedTime(started);
            if (current is null && untilDeadline > TimeSpan.Zero)
            {
                // The poll in flight at the deadline is cut short there: the wait never overruns its deadline by a request's time.
                using var atDeadline = _time.CreateCancellationTokenSource(untilDeadline);
                using var pollToken = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, atDeadline.Token);
                try
                {
                    telemetry.BeforePoll();
                    current = await _getOnce(taskId, pollToken.Token).ConfigureAwait(false);
                    polled = true;
                }
                catch (OperationCanceledException) when (atDeadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
                {
                    // The deadline passed during the poll; the check below raises SeedreamWaitTimeoutException.
                }
                catch (SeedreamException failure) when (IsTransient(failure))
                {
                    telemetry.PollFailed(failure);
                    retryAfter = RetryAfterOf(failure);
                    failedPoll = failure.GetType().Name + (failure.StatusCode is int status ? " HTTP " + status : string.Empty);
                }
                catch (Exception failure)
                {
                    telemetry.Failed(failure);
                    throw;
                }
            }

            if (current is not null)
            {
                var elapsed = _time.GetElapsedTime(started);
                plan.Observe(elapsed, current.Progress);
                telemetry.Answered(current, polled, plan.TimeLeft(elapsed));
                if (!reported || current.Status != lastStatus || current.Progress != lastProgress)
                {
                    if (!reported || current.Status != lastStatus)
                    {
                        SeedreamLog.TaskStatusChanged(_logger, shownId, _redactor.Redact(current.Status), current.Progress);
                    }

                    progress?.Report(new SeedreamTaskUpdate(WireMapper.ToTask(current, _redactor, taskId), reported ? new SeedreamTaskStatus(lastStatus) : (SeedreamTaskStatus?)null, elapsed, plan.TimeLeft(elapsed)));
                    reported = true;
                    lastStatus = current.Status;
                    lastProgress = current.Progress;
                }

                yield return current;
                if (current.IsTerminal)
                {
                    yield break;
                }

                current = null;
            }

            var remaining = _options.Timeout - _time.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero)
            {
                var shownStatus = _redactor.Redact(lastStatus);
                SeedreamLog.WaitTimedOut(_logger, shownId, shownStatus, _options.Timeout.TotalSeconds);
                var timedOut = new SeedreamWaitTimeoutException(
                    $"Task {shownId} did not finish within {_options.Timeout.TotalSeconds:0.#} s (SeedreamPollingOptions.Timeout); " +
                    (string.IsNullOrWhiteSpace(shownStatus) ? "no status was read before the deadline" : $"its last status was {shownStatus}" + (lastProgress is int p ? $" at {p}%" : string.Empty)) +
                    $". It may still finish: follow it later with GetOperation(\"{shownId}\").WaitForCompletionAsync(), or receive it by webhook. Submitting again would create and bill a new task.",
                    taskId,
                    _options.Timeout,
                    reported ? new SeedreamTaskStatus(shownStatus) : (SeedreamTaskStatus?)null,
                    lastProgress);
                telemetry.Failed(timedOut);
                throw timedOut;
            }

            var delay = plan.NextDelay(_time.GetElapsedTime(started), retryAfter);
            if (delay > remaining)
            {
                delay = remaining;
            }

            if (failedPoll is not null)
            {
                SeedreamLog.PollFailed(_logger, shownId, failedPoll, (long)delay.TotalMilliseconds);
            }

            retryAfter = null;
            failedPoll = null;
            await _time.Delay(delay, cancellationToken).ConfigureAwait(false);
            polled = false;
        }
    }

    private static bool IsTransient(SeedreamException failure) =>
        failure is SeedreamRateLimitException || (failure is SeedreamServerException && !Http.TaskAnswers.IsUnreadable(failure)) || failure is SeedreamNetworkException || failure is SeedreamRequestTimeoutException;

    private static TimeSpan? RetryAfterOf(SeedreamException failure) => failure switch
    {
        SeedreamRateLimitException limited => limited.RetryAfter,
        SeedreamServerException server => server.RetryAfter,
        _ => null,
    };
}
