using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Seedream.Transport;
using Xunit;
using WireTask = Seedream.Transport.SeedreamTask;

namespace Seedream.Contract.Tests;

public class TransportDtoTests
{
    private const string SeedResponse = """
        {
        "task_id" : "task-wave1775285160b950328499" ,
        "model" : "seedream-5.0" ,
        "action" : "generate" ,
        "status" : "queued" ,
        "created_at" : 1775285160040 ,
        "progress" : 0
        }
        """;

    [Fact]
    public async Task SeedResponse_IsReadByTheGeneratedClient()
    {
        var task = await CreateThroughClientAsync(SeedResponse);

        Assert.Equal("task-wave1775285160b950328499", task.Task_id);
        Assert.Equal("seedream-5.0", task.Model);
        Assert.Equal("generate", task.Action);
        Assert.Equal(SeedreamTaskStatus.Queued, task.Status);
        Assert.Equal(0, task.Progress);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1775285160040), task.CreatedAt);
        Assert.False(task.IsTerminal);
    }

    [Fact]
    public async Task ImageUrl_AsSingleString_IsReadAsOneLink()
    {
        var task = await GetThroughClientAsync(Completed("\"https://cdn.example/a.jpeg\""));

        Assert.Equal(new[] { "https://cdn.example/a.jpeg" }, task.Result!.Images!.Single().Url);
    }

    [Fact]
    public async Task ImageUrl_AsArray_IsReadAsAllLinks()
    {
        var task = await GetThroughClientAsync(Completed("[\"https://cdn.example/a.jpeg\", \"https://cdn.example/b.jpeg\"]"));

        Assert.Equal(new[] { "https://cdn.example/a.jpeg", "https://cdn.example/b.jpeg" }, task.Result!.Images!.Single().Url);
    }

    [Theory]
    [InlineData(1775285160L)]
    [InlineData(1775285160000L)]
    public async Task Timestamps_InSecondsOrMilliseconds_MeanTheSameInstant(long createdAt)
    {
        var task = await GetThroughClientAsync($$$"""{"task_id":"task-1","status":"completed","created_at":{{{createdAt}}},"completed_at":{{{createdAt}}},"result":{"images":[{"url":"https://cdn.example/a.png","expires_at":{{{createdAt}}}}]}}""");

        var expected = DateTimeOffset.FromUnixTimeSeconds(1775285160);
        Assert.Equal(expected, task.CreatedAt);
        Assert.Equal(expected, task.CompletedAt);
        Assert.Equal(expected, task.Result!.Images!.Single().ExpiresAt);
    }

    [Fact]
    public async Task UnknownStatusAndFields_AreReadAndTheTaskIsStillRunning()
    {
        var task = await GetThroughClientAsync("""{"task_id":"task-1","status":"moderating","progress":35,"queue_position":4,"result":{"images":[],"seed":7}}""");

        Assert.Equal("moderating", task.Status);
        Assert.Equal(35, task.Progress);
        Assert.False(task.IsTerminal);
    }

    [Fact]
    public async Task AlternativeSubmitEnvelope_YieldsTheTaskId()
    {
        var task = await CreateThroughClientAsync("""{"code":"success","data":"task-wave1775285160b950328499"}""");

        Assert.Equal("task-wave1775285160b950328499", task.Task_id);
        Assert.Equal(SeedreamTaskStatus.Queued, task.Status);
    }

    [Fact]
    public void AlternativeEnvelopeFields_AreNotWrittenBack()
    {
        var settings = SeedreamJson.CreateSettings();
        var task = JsonConvert.DeserializeObject<WireTask>("""{"code":"success","data":"task-1"}""", settings)!;

        var json = JsonConvert.SerializeObject(task, settings);

        Assert.Equal("""{"task_id":"task-1","status":"queued"}""", json);
    }

    [Fact]
    public async Task FailedTask_CarriesTheErrorCodeAndMessage()
    {
        var task = await GetThroughClientAsync("""{"task_id":"task-1","status":"failed","progress":0,"error":{"message":"rejected by the content filter","code":"task_failed"}}""");

        Assert.True(task.IsTerminal);
        Assert.Equal("task_failed", task.Error!.Code);
        Assert.Equal("rejected by the content filter", task.Error.Message);
    }

    [Fact]
    public async Task ErrorEnvelope_IsReadWithStatusAndRetryAfter()
    {
        using var handler = new StubHandler(HttpStatusCode.TooManyRequests, """{"error":{"message":"Rate limit exceeded","code":"rate_limited"}}""", retryAfterSeconds: 7);
        var client = new SeedreamTasksClient(new HttpClient(handler) { BaseAddress = new Uri("https://qingbo.dev/") });

        var error = await Assert.ThrowsAsync<SeedreamApiException<ErrorResponse>>(() => client.GetTaskAsync("task-1", CancellationToken.None));

        Assert.Equal(429, error.StatusCode);
        Assert.Equal("rate_limited", error.Result.Error!.Code);
        Assert.Equal(new[] { "7" }, error.Headers["Retry-After"]);
    }

    [Fact]
    public async Task CreateRequest_IsSentWithTheWireNames()
    {
        using var handler = new StubHandler(HttpStatusCode.OK, SeedResponse);
        var client = new SeedreamTasksClient(new HttpClient(handler) { BaseAddress = new Uri("https://qingbo.dev/") });

        await client.CreateTaskAsync(
            new CreateTaskRequest { Model = "seedream-5.0", Prompt = "一只柴犬穿宇航服站在月球上", Size = "16:9", Resolution = "2K", Watermark = false, N = null },
            CancellationToken.None);

        Assert.Equal("https://qingbo.dev/v1/tasks", handler.LastRequestUri!.ToString());
        Assert.Equal(
            """{"model":"seedream-5.0","action":"generate","prompt":"一只柴犬穿宇航服站在月球上","size":"16:9","resolution":"2K","watermark":false}""",
            handler.LastRequestBody);
    }

    private static string Completed(string url) =>
        $$$"""{"task_id":"task-1","status":"completed","progress":100,"result":{"images":[{"url":{{{url}}},"expires_at":1775371572410}]}}""";

    private static async Task<WireTask> CreateThroughClientAsync(string body)
    {
        using var handler = new StubHandler(HttpStatusCode.OK, body);
        var client = new SeedreamTasksClient(new HttpClient(handler) { BaseAddress = new Uri("https://qingbo.dev/") });
        return await client.CreateTaskAsync(new CreateTaskRequest { Model = "seedream-5.0", Prompt = "p" }, CancellationToken.None);
    }

    private static async Task<WireTask> GetThroughClientAsync(string body)
    {
        using var handler = new StubHandler(HttpStatusCode.OK, body);
        var client = new SeedreamTasksClient(new HttpClient(handler) { BaseAddress = new Uri("https://qingbo.dev/") });
        return await client.GetTaskAsync("task-1", CancellationToken.None);
    }
}
