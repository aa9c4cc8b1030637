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
    private const string SyncPath = "/v1/tasks/sync";

    /// <summary>Whether <paramref name="request"/> went to the synchronous endpoint, whose errors carry <c>type</c>.</summary>
    /// <param name="request">The request.</param>
    public static bool IsSynchronous(HttpRequest request) => request.Path.Equals(SyncPath, StringComparison.Ordinal);

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
        var (task, refusal) = await TryCreateAsync(request, creator, options, synchronous: false, cancellationToken);
        return refusal ?? JsonAnswer.Ok(representation.Created(task!));
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
        var (task, refusal) = await TryCreateAsync(request, creator, options, synchronous: true, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        counters.SyncRequest();
        var waitUntil = time.GetUtcNow() + options.SyncWait;
        if (task!.FinishesAt <= waitUntil)
        {
            waitUntil = task.FinishesAt;
        }

        // A timer may wake a little early by the clock: wait again until the clock says the moment has come, so the answer
        // agrees with a GET made at the same time.
        for (var now = time.GetUtcNow(); now < waitUntil; now = time.GetUtcNow())
        {
            await Task.Delay(waitUntil - now, time, cancellationToken);
        }

        var answeredAt = time.GetUtcNow();
        return JsonAnswer.Ok(task.EndedAt(answeredAt) is null ? representation.StillProcessing(task, answeredAt) : representation.At(task, answeredAt));
    }

    /// <summary>Reads the body and creates the task; the refusal (413, 400, 402, 429 with the error envelope) when it cannot.</summary>
    private static async Task<(EmulatedTask? Task, IResult? Refusal)> TryCreateAsync(
        HttpRequest request, TaskCreator creator, EmulatorOptions options, bool synchronous, CancellationToken cancellationToken)
    {
        try
        {
            return (creator.Create(await RequestBodyReader.ReadAsync(request, options.MaxRequestBytes, cancellationToken)), null);
        }
        catch (RequestTooLargeException exception)
        {
            return (null, ApiErrors.PayloadTooLarge(exception.Message, synchronous));
        }
        catch (InvalidRequestException exception)
        {
            return (null, ApiErrors.BadRequest(exception.Message, synchronous));
        }
        catch (InsufficientQuotaException exception)
        {
            return (null, ApiErrors.InsufficientBalance(exception.Message, synchronous));
        }
        catch (TaskStoreFullException exception)
        {
            return (null, ApiErrors.TooManyTasks(exception.Message, exception.RetryAfterSeconds, synchronous));
        }
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
