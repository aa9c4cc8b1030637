using System;
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
    public bool IsCreate => Request is ApiRequest.Create or ApiRequest.CreateSync;

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

    /// <summary>Logs an attempt that answered, with its time, when debug logging is on (the call's text is not made otherwise).</summary>
    public void Answered(string? taskId, TimeSpan elapsed)
    {
        if (_logger.IsEnabled(LogLevel.Debug))
        {
            SeedreamLog.RequestCompleted(_logger, Describe(taskId), (long)elapsed.TotalMilliseconds);
        }
    }
}
