using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Seedream.Failures;
using Seedream.Http;
using Seedream.Logging;
using Seedream.Telemetry;
using Seedream.Transport;
using WireTask = Seedream.Transport.SeedreamTask;

namespace Seedream.Polling;

/// <summary>
/// Polls one task until it reaches a final status or the deadline passes. Yields every answer, reports status and
/// progress changes, treats unknown statuses as still running, and stops at once on cancellation. Each poll is one
/// attempt (the schedule is the retry), and the loop decides from its <see cref="Failure"/>: a retryable one (429, 5xx,
/// a network failure, a request time-out, a 404 for a task created moments ago) is polled again later, honouring
/// <c>Retry-After</c>; an answer that cannot be used is polled again up to <see cref="SeedreamRetryOptions.MaxAttempts"/>
/// times in a row, then reported, so a server that only sends such answers ends the wait with its real error; anything
/// else ends the wait with its public exception. Every wait goes through the injected <see cref="TimeProvider"/>.
/// </summary>
internal sealed class TaskPoller
{
    private readonly Func<string, CancellationToken, ValueTask<Attempt<WireTask>>> _pollOnce;
    private readonly Func<Failure, SeedreamException> _raise;
    private readonly int _maxUnusable;
    private readonly SeedreamPollingOptions _options;
    private readonly PollingSchedule _schedule;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SecretRedactor _redactor;

    /// <param name="pollOnce">One status request, one attempt.</param>
    /// <param name="raise">Makes the public exception of a failed poll that ends the wait (and logs it).</param>
    /// <param name="maxUnusable">How many answers in a row that cannot be used end the wait.</param>
    /// <param name="options">The polling settings.</param>
    /// <param name="time">The clock.</param>
    /// <param name="logger">Where status changes and failed polls are logged.</param>
    /// <param name="redactor">Removes the API key from what the server sent before it is logged or shown.</param>
    /// <param name="random">Uniform numbers in [0, 1) for the jitter.</param>
    public TaskPoller(
        Func<string, CancellationToken, ValueTask<Attempt<WireTask>>> pollOnce,
        Func<Failure, SeedreamException> raise,
        int maxUnusable,
        SeedreamPollingOptions options,
        TimeProvider time,
        ILogger logger,
        SecretRedactor redactor,
        Func<double> random)
    {
        _pollOnce = pollOnce;
        _raise = raise;
        _maxUnusable = maxUnusable;
        _redactor = redactor;
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
    /// <exception cref="SeedreamException">A poll failed in a way polling again cannot help.</exception>
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

        // The poll in flight at the deadline is cut short there: the wait never overruns its deadline by a request's time.
        using var atDeadline = _time.CreateCancellationTokenSource(_options.Timeout);
        using var pollToken = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, atDeadline.Token);
        var polled = false;
        var unusable = 0;
        Failure? failedPoll = null;

        while (true)
        {
            if (current is null && _options.Timeout - _time.GetElapsedTime(started) > TimeSpan.Zero)
            {
                Attempt<WireTask> attempt = default;
                try
                {
                    telemetry.BeforePoll();
                    attempt = await _pollOnce(taskId, pollToken.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (atDeadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
                {
                    // The deadline passed during the poll; the check below raises SeedreamWaitTimeoutException.
                }
                catch (Exception failure)
                {
                    telemetry.Failed(failure);
                    throw;
                }

                if (attempt.Value is { } answer)
                {
                    current = answer;
                    polled = true;
                    unusable = 0;
                }
                else if (attempt.Failure is { } failure)
                {
                    if (!failure.Retryable || (failure.Kind == SeedreamErrorKind.InvalidResponse && ++unusable >= _maxUnusable))
                    {
                        var error = _raise(failure);
                        telemetry.Failed(error);
                        throw error;
                    }

                    telemetry.PollFailed(failure);
                    failedPoll = failure;
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

            var delay = plan.NextDelay(_time.GetElapsedTime(started), failedPoll?.RetryAfter);
            if (delay > remaining)
            {
                delay = remaining;
            }

            if (failedPoll is not null)
            {
                SeedreamLog.PollFailed(_logger, shownId, failedPoll.What, (long)delay.TotalMilliseconds);
            }

            failedPoll = null;
            await _time.Delay(delay, cancellationToken).ConfigureAwait(false);
            polled = false;
        }
    }
}
