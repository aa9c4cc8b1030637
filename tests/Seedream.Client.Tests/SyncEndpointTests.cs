using System.Threading.Tasks;
using Seedream.Client.Tests.Infrastructure;
using Xunit;

namespace Seedream.Client.Tests;

public class SyncEndpointTests
{
    [Fact]
    public async Task GenerateAsync_ThroughSync_ReturnsTheCompletedTask_WithoutPolling()
    {
        using var h = new Harness(o => o.UseSyncEndpoint = true);
        h.Handler.On("POST", "/v1/tasks/sync", Reply.Json(200, TaskJson.Task("task-1", "completed", 100, TaskJson.Link("https://cdn.test/a.png"))));

        var result = await h.Client.GenerateAsync(SeedreamRequest.ForModel("seedream-5.0").Prompt("a cat").Build());

        Assert.Equal("task-1", result.TaskId);
        Assert.Single(h.Handler.Requests);
    }

    [Fact]
    public async Task GenerateAsync_ThroughSync_FallsBackToPolling_WhenTheAnswerIsStillProcessing()
    {
        using var h = new Harness(o => o.UseSyncEndpoint = true);
        h.Handler
            .On("POST", "/v1/tasks/sync", Reply.Json(200, "{\"task_id\":\"task-1\",\"status\":\"processing\",\"progress\":45,\"poll_url\":\"/v1/tasks/task-1\"}"))
            .On("GET", "/v1/tasks/task-1", Reply.Json(200, TaskJson.Task("task-1", "completed", 100, TaskJson.Link("https://cdn.test/a.png"))));

        var result = await h.RunAsync(h.Client.GenerateAsync(SeedreamRequest.ForModel("seedream-5.0").Prompt("a cat").Build()));

        Assert.Equal("completed", result.Task.Status);
        Assert.Single(h.Handler.RequestsTo("POST", "/v1/tasks/sync"));
        Assert.Single(h.Handler.RequestsTo("GET", "/v1/tasks/task-1"));
        Assert.Empty(h.Handler.RequestsTo("POST", "/v1/tasks"));
    }

    [Fact]
    public async Task Submit_ReadsTheTaskIdFromTheAlternativeEnvelope()
    {
        using var h = new Harness();
        h.Handler.On("POST", "/v1/tasks", Reply.Json(200, "{\"code\":\"success\",\"data\":\"task-wave1775285160b950328499\"}"));

        var handle = await h.Client.SubmitAsync(SeedreamRequest.ForModel("seedream-5.0").Prompt("a cat").Build());

        Assert.Equal("task-wave1775285160b950328499", handle.Id);
    }
}
