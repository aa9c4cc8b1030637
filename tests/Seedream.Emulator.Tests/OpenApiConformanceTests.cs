using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Seedream.Transport;
using Xunit;
using WireTask = Seedream.Transport.SeedreamTask;

namespace Seedream.Emulator.Tests;

public class OpenApiConformanceTests
{
    private const string Create = "/v1/tasks";
    private const string Sync = "/v1/tasks/sync";
    private const string Get = "/v1/tasks/{task_id}";
    private const string Cancel = "/v1/tasks/{task_id}/cancel";
    private const string Valid = """{"model":"seedream-5.0","prompt":"一只柴犬穿宇航服站在月球上","size":"16:9","resolution":"2K","watermark":false}""";

    [Fact]
    public async Task EveryTaskState_ReadThroughGet_MatchesTheSeedreamTaskSchema()
    {
        await using var harness = await EmulatorHarness.StartAsync(options => options.Quota = 100);
        var plain = await CreateIdAsync(harness, Valid);
        var set = await CreateIdAsync(harness, """{"model":"seedream-5.0","prompt":"x","n":3,"extra":{"output_format":"png"}}""");
        var base64 = await CreateIdAsync(harness, """{"model":"seedream-4.0","prompt":"x","resolution":"1K","extra":{"response_format":"b64_json"}}""");
        var cancelled = await CreateIdAsync(harness, Valid);

        await AssertAnswerAsync(harness, "get", Get, 200, HttpMethod.Get, "v1/tasks/" + plain);
        await AssertAnswerAsync(harness, "post", Cancel, 200, HttpMethod.Post, $"v1/tasks/{cancelled}/cancel");
        await AssertAnswerAsync(harness, "get", Get, 200, HttpMethod.Get, "v1/tasks/" + cancelled);
        harness.Time.Advance(TimeSpan.FromSeconds(2));
        await AssertAnswerAsync(harness, "get", Get, 200, HttpMethod.Get, "v1/tasks/" + plain);
        await AssertAnswerAsync(harness, "post", Cancel, 400, HttpMethod.Post, $"v1/tasks/{plain}/cancel");
        harness.Time.Advance(TimeSpan.FromSeconds(5));
        foreach (var id in new[] { plain, set, base64 })
        {
            await AssertAnswerAsync(harness, "get", Get, 200, HttpMethod.Get, "v1/tasks/" + id);
        }

        await AssertAnswerAsync(harness, "get", Get, 404, HttpMethod.Get, "v1/tasks/task-missing");
        await AssertAnswerAsync(harness, "post", Cancel, 404, HttpMethod.Post, "v1/tasks/task-missing/cancel");
    }

    [Fact]
    public async Task FailedTasks_AndSetsWithFailedItems_MatchTheSchema()
    {
        await using var harness = await EmulatorHarness.StartAsync(options => options.SetItemFailureRate = 0.5);
        var set = await CreateIdAsync(harness, """{"model":"seedream-5.0","prompt":"x","n":6}""");
        harness.Time.Advance(TimeSpan.FromSeconds(5));
        var body = await AssertAnswerAsync(harness, "get", Get, 200, HttpMethod.Get, "v1/tasks/" + set);
        Assert.Contains("image_failed", body);
        Assert.Contains("/files/", body);

        await using var failing = await EmulatorHarness.StartAsync(options => options.TaskFailureRate = 1);
        var failed = await CreateIdAsync(failing, Valid);
        failing.Time.Advance(TimeSpan.FromSeconds(5));
        Assert.Contains("task_failed", await AssertAnswerAsync(failing, "get", Get, 200, HttpMethod.Get, "v1/tasks/" + failed));
    }

    [Fact]
    public async Task CreateAnswers_AndTheirErrors_MatchTheSchemas()
    {
        await using var harness = await EmulatorHarness.StartAsync(options => options.Quota = 1);

        await AssertAnswerAsync(harness, "post", Create, 200, HttpMethod.Post, "v1/tasks", Valid);
        await AssertAnswerAsync(harness, "post", Create, 402, HttpMethod.Post, "v1/tasks", Valid);
        await AssertAnswerAsync(harness, "post", Create, 400, HttpMethod.Post, "v1/tasks", """{"model":"seedream-5.0","prompt":"x","resolution":"4K"}""");
        await AssertAnswerAsync(harness, "post", Sync, 400, HttpMethod.Post, "v1/tasks/sync", "{");
        await AssertAnswerAsync(harness, "post", Create, 401, HttpMethod.Post, "v1/tasks", Valid, apiKey: "sk-wrong");
        await AssertAnswerAsync(harness, "post", Sync, 401, HttpMethod.Post, "v1/tasks/sync", Valid, apiKey: "sk-wrong");
        await AssertAnswerAsync(harness, "get", Get, 401, HttpMethod.Get, "v1/tasks/task-any", apiKey: "sk-wrong");
        await AssertAnswerAsync(harness, "post", Cancel, 401, HttpMethod.Post, "v1/tasks/task-any/cancel", apiKey: "sk-wrong");
    }

    [Fact]
    public async Task SyncAnswers_CompletedAndProcessing_MatchTheSchema()
    {
        await using var quick = await EmulatorHarness.StartAsync(options =>
        {
            options.QueueDuration = TimeSpan.Zero;
            options.ProcessingDuration = TimeSpan.Zero;
            options.SyncWait = TimeSpan.FromSeconds(30);
        });
        await using var slow = await EmulatorHarness.StartAsync();

        Assert.Contains("\"completed\"", await AssertAnswerAsync(quick, "post", Sync, 200, HttpMethod.Post, "v1/tasks/sync", Valid));
        Assert.Contains("\"poll_url\"", await AssertAnswerAsync(slow, "post", Sync, 200, HttpMethod.Post, "v1/tasks/sync", Valid));
    }

    [Theory]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(503)]
    public async Task InjectedFaults_OnEveryEndpoint_MatchTheDocumentedErrorAnswers(int status)
    {
        await using var harness = await EmulatorHarness.StartAsync(options =>
        {
            options.Faults.RateLimitRate = status == 429 ? 1 : 0;
            options.Faults.ServerErrorRate = status == 500 ? 1 : 0;
            options.Faults.ServiceUnavailableRate = status == 503 ? 1 : 0;
        });

        await AssertAnswerAsync(harness, "post", Create, status, HttpMethod.Post, "v1/tasks", Valid);
        await AssertAnswerAsync(harness, "post", Sync, status, HttpMethod.Post, "v1/tasks/sync", Valid);
        await AssertAnswerAsync(harness, "get", Get, status, HttpMethod.Get, "v1/tasks/task-any");
        await AssertAnswerAsync(harness, "post", Cancel, status, HttpMethod.Post, "v1/tasks/task-any/cancel");
    }

    [Fact]
    public async Task WebhookBody_MatchesTheCallbackSchema()
    {
        await using var receiver = await WebhookReceiver.StartAsync(200);
        await using var harness = await EmulatorHarness.StartAsync(options =>
        {
            options.QueueDuration = TimeSpan.Zero;
            options.ProcessingDuration = TimeSpan.Zero;
        });
        var request = EmulatorHarness.Request();
        request.Callback_url = receiver.Url;

        var id = (await harness.Client.CreateTaskAsync(request)).Task_id!;
        await harness.Emulator.WhenWebhookSettledAsync(id).WaitAsync(TimeSpan.FromSeconds(30));

        OpenApiSchemas.AssertValid(await OpenApiSchemas.Gateway.ForComponentAsync("SeedreamTask"), receiver.Bodies.Single(), "the webhook body");
    }

    [Fact]
    public async Task ExpiredLinkAnswer_UsesTheErrorEnvelope()
    {
        await using var harness = await EmulatorHarness.StartAsync(options => options.LinkLifetime = TimeSpan.FromMinutes(1));
        var url = (await harness.CompleteAsync(EmulatorHarness.Request())).Result!.Images!.Single().Url!.Single();
        harness.Time.Advance(TimeSpan.FromMinutes(1));

        var (status, _, bytes) = await ImageDecoding.DownloadAsync(url);

        Assert.Equal(410, status);
        OpenApiSchemas.AssertValid(await OpenApiSchemas.Gateway.ForComponentAsync("ErrorResponse"), Encoding.UTF8.GetString(bytes), "the 410 answer");
    }

    [Fact]
    public async Task StrictSchema_RejectsAnUndocumentedPropertyName()
    {
        var schema = await OpenApiSchemas.Gateway.ForComponentAsync("SeedreamTask");

        var errors = schema.Validate("""{"task_id":"task-1","status":"queued","taskId":"task-1"}""");

        Assert.NotEmpty(errors);
    }

    private static async Task<string> CreateIdAsync(EmulatorHarness harness, string body)
    {
        var (status, answer) = await harness.PostAsync("v1/tasks", body);
        Assert.True(status == 200, answer.ToString());
        return (string)answer["task_id"]!;
    }

    private static async Task<string> AssertAnswerAsync(
        EmulatorHarness harness,
        string specMethod,
        string specPath,
        int expectedStatus,
        HttpMethod method,
        string path,
        string? body = null,
        string? apiKey = null)
    {
        using var request = new HttpRequestMessage(method, path)
        {
            Content = body is null ? null : new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (apiKey is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", apiKey);
        }

        using var response = await harness.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expectedStatus == (int)response.StatusCode, $"{method} {path}: expected {expectedStatus}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var schema = await OpenApiSchemas.Gateway.ForResponseAsync(specMethod, specPath, expectedStatus);
        OpenApiSchemas.AssertValid(schema, text, $"{method} {path} ({expectedStatus})");
        return text;
    }
}
