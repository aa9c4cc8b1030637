using System;
using System.Diagnostics;
using Seedream.Failures;
using Seedream.Logging;
using WireTask = Seedream.Transport.SeedreamTask;

namespace Seedream.Telemetry;

/// <summary>
/// What one wait shows: the <c>seedream wait</c> activity with a <c>seedream.poll</c> event per answer, and,
/// when the wait ends, <c>seedream.client.task.duration</c> and <c>seedream.client.task.polls</c> by model and outcome.
/// </summary>
internal sealed class WaitTelemetry : IDisposable
{
    private readonly Activity? _activity;
    private readonly TimeProvider _time;
    private readonly SecretRedactor _redactor;
    private readonly long _started;
    private int _polls;
    private string? _model;
    private string? _outcome;
    private TimeSpan? _ended;

    private WaitTelemetry(Activity? activity, TimeProvider time, SecretRedactor redactor)
    {
        _activity = activity;
        _time = time;
        _redactor = redactor;
        _started = time.GetTimestamp();
    }

    /// <summary>Starts the telemetry of a wait for <paramref name="taskId"/>.</summary>
    public static WaitTelemetry Start(string taskId, TimeProvider time, SecretRedactor redactor) =>
        new WaitTelemetry(SeedreamActivities.StartTaskOperation("wait", taskId, ActivityKind.Internal, redactor), time, redactor);

    /// <summary>Makes the wait's activity the current one, so the status request about to be sent is its child.</summary>
    public void BeforePoll()
    {
        if (_activity is not null)
        {
            Activity.Current = _activity;
        }
    }

    /// <summary>Takes an answer: the submit's (<paramref name="polled"/> false) or a poll's.</summary>
    /// <param name="task">The answer.</param>
    /// <param name="polled">Whether it came from a status request of this wait.</param>
    /// <param name="timeLeft">The estimated time left, when progress gave one.</param>
    public void Answered(WireTask task, bool polled, TimeSpan? timeLeft)
    {
        if (polled)
        {
            _polls++;
        }

        _model = task.Model is null ? _model : _redactor.Redact(task.Model);
        if (task.IsTerminal)
        {
            _ended = _time.GetElapsedTime(_started);
            var status = new SeedreamTaskStatus(task.Status);
            _outcome = status == SeedreamTaskStatus.Completed ? "completed" : status == SeedreamTaskStatus.Cancelled ? "cancelled" : "failed";
        }

        if (_activity is null)
        {
            return;
        }

        SeedreamActivities.Answered(_activity, task, _redactor);
        var tags = new ActivityTagsCollection
        {
            [TelemetryTags.TaskStatus] = _redactor.Redact(task.Status),
            [TelemetryTags.TaskProgress] = task.Progress,
        };
        if (timeLeft is TimeSpan left)
        {
            tags[TelemetryTags.TimeLeft] = left.TotalSeconds;
        }

        _activity.AddEvent(new ActivityEvent("seedream.poll", _time.GetUtcNow(), tags));
    }

    /// <summary>Takes a poll that failed transiently and will be repeated.</summary>
    /// <param name="failure">Why it failed; the event's <c>error.type</c> is its HTTP status code, or its reason when no answer came.</param>
    public void PollFailed(Failure failure)
    {
        _polls++;
        var reason = TelemetryReasons.Of(failure.Kind);
        SeedreamMetrics.Retry("poll", reason);
        _activity?.AddEvent(new ActivityEvent("seedream.poll", _time.GetUtcNow(), new ActivityTagsCollection
        {
            [TelemetryTags.ErrorType] = failure.StatusCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? reason,
            [TelemetryTags.Reason] = reason,
        }));
    }

    /// <summary>Takes the exception that ends the wait: a time-out, the caller's cancellation, or a failure no poll can ride out.</summary>
    public void Failed(Exception failure)
    {
        if (failure is OperationCanceledException)
        {
            _outcome ??= "aborted";
            return;
        }

        _outcome ??= failure is SeedreamException { Kind: SeedreamErrorKind.WaitTimeout } ? "timed_out" : "error";
        SeedreamActivities.Failed(_activity, failure);
    }

    /// <summary>Ends the wait: records its metrics and stops its activity. A wait left before any final answer or failure counts as <c>aborted</c>.</summary>
    public void Dispose()
    {
        var outcome = _outcome ?? "aborted";
        var duration = _ended ?? _time.GetElapsedTime(_started);
        SeedreamMetrics.WaitEnded(_model, outcome, duration.TotalSeconds, _polls);
        if (_activity is not null)
        {
            _activity.SetTag(TelemetryTags.Outcome, outcome);
            _activity.SetTag(TelemetryTags.Polls, _polls);
            if (outcome is "failed" or "cancelled")
            {
                _activity.SetStatus(ActivityStatusCode.Error, "task " + outcome);
            }

            _activity.Dispose();
        }
    }
}
