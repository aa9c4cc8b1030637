using System;
using System.Threading.Tasks;
using Seedream.Client.Tests.Infrastructure;
using Xunit;

namespace Seedream.Client.Tests;

/// <summary>Every failure carries the kind a program switches on, and one answer is one failure whichever call met it.</summary>
public class ErrorKindTests
{
    [Theory]
    [InlineData(400, SeedreamErrorKind.InvalidRequest)]
    [InlineData(401, SeedreamErrorKind.Authentication)]
    [InlineData(402, SeedreamErrorKind.InsufficientBalance)]
    [InlineData(403, SeedreamErrorKind.InvalidRequest)]
    [InlineData(404, SeedreamErrorKind.NotFound)]
    [InlineData(408, SeedreamErrorKind.RequestTimeout)]
    [InlineData(409, SeedreamErrorKind.InvalidRequest)]
    [InlineData(429, SeedreamErrorKind.RateLimited)]
    [InlineData(500, SeedreamErrorKind.Server)]
    [InlineData(501, SeedreamErrorKind.Server)]
    public async Task AnErrorAnswer_HasTheKindAProgramSwitchesOn_WithTheApisCodeAndStatus(int status, SeedreamErrorKind kind)
    {
        using var h = new Harness(o => o.Retry.MaxAttempts = 1);
        h.Handler.On("GET", "/v1/tasks/task-1", Reply.Error(status, "some_code", "what the API said"));

        var error = await Assert.ThrowsAnyAsync<SeedreamException>(() => h.Client.GetTaskAsync("task-1"));

        Assert.Equal((kind, status, "some_code", "what the API said", "task-1"), (error.Kind, error.StatusCode, error.ApiCode, error.ApiMessage, error.TaskId));
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(402)]
    [InlineData(404)]
    [InlineData(409)]
    [InlineData(501)]
    [InlineData(200)]
    public async Task OneAnswer_IsOneFailure_WhetherARead_ACancel_OrAWaitMetIt(int status)
    {
        using var h = new Harness();
        var reply = status == 200 ? Reply.Json(200, TaskJson.Task("task-other", "processing", 10)) : Reply.Error(status, "some_code", "what the API said");
        h.Handler.On("GET", "/v1/tasks/task-1", reply).On("POST", "/v1/tasks/task-1/cancel", reply);

        var read = await Assert.ThrowsAnyAsync<SeedreamException>(() => h.RunAsync(h.Client.GetTaskAsync("task-1")));
        var wait = await Assert.ThrowsAnyAsync<SeedreamException>(() => h.RunAsync(h.Client.GetOperation("task-1").WaitForCompletionAsync()));

        Assert.Equal(Data(read), Data(wait));
        if (status != 200)
        {
            var cancel = await Assert.ThrowsAnyAsync<SeedreamException>(() => h.RunAsync(h.Client.CancelAsync("task-1")));
            Assert.Equal(Data(read), Data(cancel));
        }
    }

    [Fact]
    public async Task AFailedCreateThatNamedItsTask_PointsAtIt_ByMethodsThatExist()
    {
        using var h = new Harness();
        h.Handler.On("POST", "/v1/tasks", Reply.Json(200, "{\"task_id\":\"task-cut-3\",\"status\":\"que"));

        var error = await Assert.ThrowsAsync<SeedreamServerException>(() => h.RunAsync(h.Client.SubmitAsync(SeedreamRequest.ForModel("seedream-5.0").Prompt("a cat").Build())));

        Assert.Equal((SeedreamErrorKind.InvalidResponse, true, "task-cut-3"), (error.Kind, error.MayHaveCreatedTask, error.TaskId));
        Assert.Contains("SeedreamClient.GetOperation(\"task-cut-3\").WaitForCompletionAsync()", error.Message);
        Assert.NotNull(typeof(SeedreamClient).GetMethod(nameof(SeedreamClient.GetOperation)));
        Assert.NotNull(typeof(SeedreamOperation).GetMethod(nameof(SeedreamOperation.WaitForCompletionAsync), new[] { typeof(IProgress<SeedreamTaskUpdate>), typeof(System.Threading.CancellationToken) }));
        Assert.Single(h.Handler.Requests);
    }

    private static (Type, SeedreamErrorKind, int?, string?, string?, string?, bool) Data(SeedreamException error) =>
        (error.GetType(), error.Kind, error.StatusCode, error.ApiCode, error.ApiMessage, error.TaskId, error.MayHaveCreatedTask);
}
