using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Seedream.Transport;

namespace Seedream.Emulator;

/// <summary>The four endpoints of <c>spec/seedream-tasks.openapi.json</c>, behind the bearer-key check.</summary>
internal static class TaskEndpoints
{
    /// <summary>The path of the synchronous create endpoint.</summary>
    public const string SyncPath = "/v1/tasks/sync";

    /// <summary>Maps the endpoints onto <paramref name="routes"/>.</summary>
    /// <param name="routes">The application's routes.</param>
    public static void Map(IEndpointRouteBuilder routes)
    {
        var tasks = routes.MapGroup("/v1/tasks")
            .AddEndpointFilter<RejectionCountingFilter>()
            .AddEndpointFilter<BearerKeyFilter>();
        tasks.MapPost("/", CreateAsync).WithName("CreateTask");
        tasks.MapPost("/sync", CreateSyncAsync).WithName("CreateTaskSync");
        tasks.MapGet("/{task_id}", Get).WithName("GetTask");
        tasks.MapPost("/{task_id}/cancel", Cancel).WithName("CancelTask");
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, TaskCreator creator, TaskRepresentation representation, EmulatorOptions options, CancellationToken cancellationToken)
    {
        try
        {
            var task = creator.Create(await RequestBodyReader.ReadAsync(request, options.MaxRequestBytes, cancellationToken));
            return JsonAnswer.Ok(representation.Created(task));
        }
        catch (RequestTooLargeException exception)
        {
            return ApiErrors.PayloadTooLarge(exception.Message, synchronous: false);
        }
        catch (InvalidRequestException exception)
        {
            return ApiErrors.BadRequest(exception.Message, synchronous: false);
        }
        catch (InsufficientQuotaException exception)
        {
            return ApiErrors.InsufficientBalance(exception.Message, synchronous: false);
        }
    }

    private static async Task<IResult> CreateSyncAsync(
        HttpRequest request,
        TaskCreator creator,
        TaskRepresentation representation,
        EmulatorOptions options,
        EmulatorCounters counters,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        EmulatedTask task;
        try
        {
            task = creator.Create(await RequestBodyReader.ReadAsync(request, options.MaxRequestBytes, cancellationToken));
        }
        catch (RequestTooLargeException exception)
        {
            return ApiErrors.PayloadTooLarge(exception.Message, synchronous: true);
        }
        catch (InvalidRequestException exception)
        {
            return ApiErrors.BadRequest(exception.Message, synchronous: true);
        }
        catch (InsufficientQuotaException exception)
        {
            return ApiErrors.InsufficientBalance(exception.Message, synchronous: true);
        }

        counters.SyncRequest();
        var remaining = task.FinishesAt - time.GetUtcNow();
        if (remaining <= options.SyncWait)
        {
            if (remaining > TimeSpan.Zero)
            {
                await Task.Delay(remaining, time, cancellationToken);
            }

            // A timer may wake a little early by the clock; the task was waited for until it finished.
            var finished = time.GetUtcNow();
            return JsonAnswer.Ok(representation.At(task, finished > task.FinishesAt ? finished : task.FinishesAt));
        }

        if (options.SyncWait > TimeSpan.Zero)
        {
            await Task.Delay(options.SyncWait, time, cancellationToken);
        }

        var now = time.GetUtcNow();
        return JsonAnswer.Ok(task.EndedAt(now) is null ? representation.StillProcessing(task, now) : representation.At(task, now));
    }

    private static IResult Get([FromRoute(Name = "task_id")] string taskId, TaskStore store, TaskRepresentation representation, EmulatorCounters counters, TimeProvider time)
    {
        counters.Poll();
        var task = store.Find(taskId);
        return task is null ? ApiErrors.TaskNotFound(taskId) : JsonAnswer.Ok(representation.At(task, time.GetUtcNow()));
    }

    private static IResult Cancel([FromRoute(Name = "task_id")] string taskId, TaskStore store, QuotaLedger quota, WebhookDispatcher webhooks, EmulatorCounters counters, TimeProvider time)
    {
        var task = store.Find(taskId);
        if (task is null)
        {
            return ApiErrors.TaskNotFound(taskId);
        }

        if (!task.TryCancel(time.GetUtcNow(), out var phase))
        {
            return ApiErrors.BadRequest(
                $"Task '{taskId}' is {phase.Status} and cannot be cancelled (only a queued task can be cancelled).",
                synchronous: false);
        }

        counters.Cancel();
        quota.Refund(task.Request.N);
        webhooks.Cancelled(task);
        return JsonAnswer.Ok(new CancelTaskResponse
        {
            Task_id = task.Id,
            Status = SeedreamTaskStatus.Cancelled.Value,
            Refunded = true,
            Refunded_quota = task.Request.N,
        });
    }
}
