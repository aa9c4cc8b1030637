using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Logging;
using Seedream.Failures;
using Seedream.Logging;
using Seedream.Telemetry;

namespace Seedream.Http;

/// <summary>
/// One kind of call to the task API and its rules (<see cref="ICallRules"/>): the request it sends, how long an attempt
/// may take, how many attempts it makes, and its name in messages, logs and metrics. The client builds one per kind of
/// call when it is created; a call's text (which holds the task id) is made only when something is reported.
/// </summary>
internal sealed class ApiCall : ICallRules
{
    private readonly SecretRedactor _redactor;
    private readonly ILogger _logger;

    /// <param name="request">The request sent.</param>
    /// <param name="metricName">The call as metrics name it: <c>create</c>, <c>get</c>, <c>cancel</c> or <c>poll</c>.</param>
    /// <param name="attemptTimeout">The time limit of one attempt.</param>
    /// <param name="maxAttempts">The most attempts, the first included.</param>
    /// <param name="redactor">Clears the API key from a task id before it is shown.</param>
    /// <param name="logger">Where retries and failures are logged.</param>
    public ApiCall(ApiRequest request, string metricName, TimeSpan attemptTimeout, int maxAttempts, SecretRedactor redactor, ILogger logger)
    {
        Request = request;
        MetricName = metricName;
        AttemptTimeout = attemptTimeout;
        MaxAttempts = maxAttempts;
        _redactor = redactor;
        _logger = logger;
    }

    /// <summary>The request sent.</summary>
    public ApiRequest Request { get; }

    /// <summary>Whether the call creates a task, so that a failure that may have reached the server is never sent again.</summary>
    public bool IsCreate => Request is ApiRequest.Create or ApiRequest.CreateSync or ApiRequest.Generate;

    /// <summary>The call as metrics name it.</summary>
    public string MetricName { get; }

    /// <inheritdoc />
    public TimeSpan AttemptTimeout { get; }

    /// <inheritdoc />
    public int MaxAttempts { get; }

    /// <summary>The request as messages and logs show it, e.g. <c>GET /v1/tasks/task-1</c>; the task id cleared of the key.</summary>
    /// <param name="taskId">The task the request concerns, for a status or cancel request.</param>
    public string Describe(string? taskId) => Request switch
    {
        ApiRequest.Create => "POST /v1/tasks",
        ApiRequest.CreateSync => "POST /v1/tasks/sync",
        ApiRequest.Get => "GET /v1/tasks/" + _redactor.Redact(taskId),
        ApiRequest.Generate => "POST /images/generations",
        _ => "POST /v1/tasks/" + _redactor.Redact(taskId) + "/cancel",
    };

    /// <inheritdoc />
    public void Retrying(Failure failure, int attempt, TimeSpan delay)
    {
        SeedreamLog.RequestRetrying(_logger, Describe(failure.TaskId), failure.What, attempt, MaxAttempts, (long)delay.TotalMilliseconds);
        SeedreamMetrics.Retry(MetricName, TelemetryReasons.Of(failure.Kind));
    }

    /// <summary>The public exception for a call that ends in <paramref name="failure"/>, the failure logged first.</summary>
    /// <param name="failure">The call's last failure.</param>
    public SeedreamException Raise(Failure failure)
    {
        var operation = Describe(failure.TaskId);
        if (failure.MayHaveCreatedTask)
        {
            SeedreamLog.CreateNotResent(_logger, operation, failure.What);
            SeedreamMetrics.AmbiguousCreate(failure.Kind);
        }
        else
        {
            SeedreamLog.RequestFailed(_logger, operation, failure.What);
        }

        return SeedreamErrors.From(failure, operation, _redactor);
    }

    /// <summary>
    /// The public exception for a streamed generation that ends in <paramref name="failure"/> before it is complete, the
    /// failure logged first: it carries what arrived and names what did not.
    /// </summary>
    /// <param name="failure">Why the stream ended.</param>
    /// <param name="received">Every item that arrived, in arrival order.</param>
    /// <param name="requested">How many images the request asked for.</param>
    public SeedreamIncompleteImageSetException RaiseIncomplete(Failure failure, IReadOnlyList<SeedreamImage> received, int requested)
    {
        var operation = Describe(null) + " (streaming)";
        SeedreamLog.CreateNotResent(_logger, operation, failure.What);
        SeedreamMetrics.AmbiguousCreate(failure.Kind);
        var arrived = new HashSet<int>(received.Select(image => image.Index));
        var missing = Enumerable.Range(0, requested).Where(index => !arrived.Contains(index)).ToList();
        var failed = received.Count(image => !image.Succeeded);
        var message =
            $"{operation} ended before the set was complete: {failure.What}. {received.Count - failed} image(s) and {failed} failed item(s) arrived" +
            (missing.Count == 0 ? string.Empty : $"; nothing arrived for position(s) {string.Join(", ", missing)} of the {requested} asked for") +
            ". The images made were billed, so the request was not sent again (that would make and bill a new set); save the images received (SeedreamIncompleteImageSetException.ReceivedImages).";
        return new SeedreamIncompleteImageSetException(message, failure, received, missing, requested);
    }

    /// <summary>Logs an attempt that answered, with its time, when debug logging is on (the call's text is not made otherwise).</summary>
    public void Answered(string? taskId, TimeSpan elapsed)
    {
        if (_logger.IsEnabled(LogLevel.Debug))
        {
            SeedreamLog.RequestCompleted(_logger, Describe(taskId), (long)elapsed.TotalMilliseconds);
        }
    }
}
