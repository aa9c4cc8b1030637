using System;
using System.Threading;
using System.Threading.Tasks;
using Seedream.Failures;
using Seedream.Transport;
using WireTask = Seedream.Transport.SeedreamTask;

namespace Seedream.Http;

/// <summary>
/// The task API's requests (create, status, cancel): each attempt is sent through the transport, its outcome classified
/// once (<see cref="FailureClassifier"/>), and the attempts are run by the <see cref="RetryPipeline{T}"/> under the
/// call's <see cref="ApiCall"/> rules. Returns the value or the call's last <see cref="Failure"/>; only the caller's
/// cancellation escapes as an exception. The caller makes the public exception at its edge (<see cref="ApiCall.Raise"/>).
/// </summary>
internal sealed class TaskApi
{
    private readonly SeedreamHttp _http;
    private readonly FailureClassifier _classifier;
    private readonly TimeProvider _time;
    private readonly RetryPipeline<WireTask> _tasks;
    private readonly RetryPipeline<CancelTaskResponse> _cancels;

    public TaskApi(SeedreamHttp http, FailureClassifier classifier, SeedreamRetryOptions retry, TimeProvider time, Func<double> random)
    {
        _http = http;
        _classifier = classifier;
        _time = time;
        _tasks = new RetryPipeline<WireTask>(retry, time, random);
        _cancels = new RetryPipeline<CancelTaskResponse>(retry, time, random);
    }

    /// <summary>Creates a task (<see cref="ApiRequest.Create"/> or <see cref="ApiRequest.CreateSync"/>); the answer names the task it created.</summary>
    public ValueTask<Attempt<WireTask>> CreateAsync(ApiCall call, CreateTaskRequest request, CancellationToken cancellationToken) =>
        _tasks.RunAsync(call, CreateOnceAsync, (Api: this, Call: call, Tasks: _http.Tasks(), Request: request), cancellationToken);

    /// <summary>Reads a task; the answer is about that task and has a status (its id is set to <paramref name="taskId"/>).</summary>
    public ValueTask<Attempt<WireTask>> GetAsync(ApiCall call, string taskId, CancellationToken cancellationToken) =>
        _tasks.RunAsync(call, GetOnceAsync, (Api: this, Call: call, Tasks: _http.Tasks(), TaskId: taskId), cancellationToken);

    /// <summary>Cancels a queued task.</summary>
    public ValueTask<Attempt<CancelTaskResponse>> CancelAsync(ApiCall call, string taskId, CancellationToken cancellationToken) =>
        _cancels.RunAsync(call, CancelOnceAsync, (Api: this, Call: call, Tasks: _http.Tasks(), TaskId: taskId), cancellationToken);

    private static async ValueTask<Attempt<WireTask>> CreateOnceAsync(
        (TaskApi Api, ApiCall Call, ISeedreamTasksClient Tasks, CreateTaskRequest Request) run, CancellationToken attemptToken, CancellationToken callerToken)
    {
        var started = run.Api._time.GetTimestamp();
        try
        {
            var task = run.Call.Request == ApiRequest.CreateSync
                ? await run.Tasks.CreateTaskSyncAsync(run.Request, attemptToken).ConfigureAwait(false)
                : await run.Tasks.CreateTaskAsync(run.Request, attemptToken).ConfigureAwait(false);
            run.Call.Answered(null, run.Api._time.GetElapsedTime(started));
            return run.Api._classifier.OfCreateAnswer(task) is { } refused ? Attempt<WireTask>.Failed(refused) : Attempt<WireTask>.Succeeded(task);
        }
        catch (Exception exception) when (run.Api._classifier.Classify(exception, run.Call, null, callerToken) is { } failure)
        {
            return Attempt<WireTask>.Failed(failure);
        }
    }

    private static async ValueTask<Attempt<WireTask>> GetOnceAsync(
        (TaskApi Api, ApiCall Call, ISeedreamTasksClient Tasks, string TaskId) run, CancellationToken attemptToken, CancellationToken callerToken)
    {
        var started = run.Api._time.GetTimestamp();
        try
        {
            var task = await run.Tasks.GetTaskAsync(run.TaskId, attemptToken).ConfigureAwait(false);
            run.Call.Answered(run.TaskId, run.Api._time.GetElapsedTime(started));
            if (run.Api._classifier.OfStatusAnswer(task, run.TaskId) is { } unusable)
            {
                return Attempt<WireTask>.Failed(unusable);
            }

            task.Task_id = run.TaskId;
            return Attempt<WireTask>.Succeeded(task);
        }
        catch (Exception exception) when (run.Api._classifier.Classify(exception, run.Call, run.TaskId, callerToken) is { } failure)
        {
            return Attempt<WireTask>.Failed(failure);
        }
    }

    private static async ValueTask<Attempt<CancelTaskResponse>> CancelOnceAsync(
        (TaskApi Api, ApiCall Call, ISeedreamTasksClient Tasks, string TaskId) run, CancellationToken attemptToken, CancellationToken callerToken)
    {
        var started = run.Api._time.GetTimestamp();
        try
        {
            var answer = await run.Tasks.CancelTaskAsync(run.TaskId, attemptToken).ConfigureAwait(false);
            run.Call.Answered(run.TaskId, run.Api._time.GetElapsedTime(started));
            return Attempt<CancelTaskResponse>.Succeeded(answer);
        }
        catch (Exception exception) when (run.Api._classifier.Classify(exception, run.Call, run.TaskId, callerToken) is { } failure)
        {
            return Attempt<CancelTaskResponse>.Failed(failure);
        }
    }
}
