using System;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Seedream.Client.Tests.Infrastructure;
using Seedream.Testing;
using Seedream.Testing.Readme;
using Xunit;

namespace Seedream.Client.Tests;

[Collection(nameof(TelemetryCollection))]
public class TelemetryTests
{
    private const string TaskPath = "/v1/tasks/task-1";
    private const string Prompt = "a portrait of my neighbour Jane Doe";

    [Fact]
    public async Task GenerateAsync_TracesTheSubmitAndTheWait_WithGenAiTags_AndEachAnswerAsAPollEvent()
    {
        using var telemetry = new TelemetryCapture(SeedreamTelemetry.ActivitySourceName, SeedreamTelemetry.MeterName);
        using var h = new Harness();
        h.Handler
            .On("POST", "/v1/tasks", Reply.Json(200, TaskJson.Task("task-1", "queued", 0)))
            .On("GET", TaskPath,
                Reply.Json(200, TaskJson.Task("task-1", "processing", 40)),
                Reply.Json(200, TaskJson.Task("task-1", "processing", 80)),
                Reply.Json(200, TaskJson.Task("task-1", "completed", 100, TaskJson.Link("https://cdn.test/a.png"))));

        await h.RunAsync(h.Client.GenerateAsync(Request()));

        var submit = telemetry.Single("generate_content seedream-5.0");
        Assert.Equal(ActivityKind.Client, submit.Kind);
        Assert.Equal(telemetry.Parent.SpanId, submit.ParentSpanId);
        Assert.Equal("generate_content", submit.GetTagItem("gen_ai.operation.name"));
        Assert.Equal("seedream", submit.GetTagItem("gen_ai.provider.name"));
        Assert.Equal("seedream-5.0", submit.GetTagItem("gen_ai.request.model"));
        Assert.Equal("image", submit.GetTagItem("gen_ai.output.type"));
        Assert.Equal("task-1", submit.GetTagItem("gen_ai.response.id"));
        Assert.Equal("queued", submit.GetTagItem("seedream.task.status"));
        Assert.Equal(ActivityStatusCode.Unset, submit.Status);

        var wait = telemetry.Single("seedream wait");
        Assert.Equal(telemetry.Parent.SpanId, wait.ParentSpanId);
        Assert.Equal("task-1", wait.GetTagItem("seedream.task.id"));
        Assert.Equal("completed", wait.GetTagItem("seedream.task.outcome"));
        Assert.Equal("completed", wait.GetTagItem("seedream.task.status"));
        Assert.Equal(100, wait.GetTagItem("seedream.task.progress"));
        Assert.Equal(3, wait.GetTagItem("seedream.task.polls"));
        Assert.Equal(
            new[] { "queued 0", "processing 40", "processing 80", "completed 100" },
            wait.Events.Where(e => e.Name == "seedream.poll").Select(e => $"{Tag(e, "seedream.task.status")} {Tag(e, "seedream.task.progress")}"));
        Assert.NotNull(Tag(wait.Events.ElementAt(2), "seedream.task.estimated_time_left"));
        Assert.DoesNotContain(telemetry.AllTagValues(), value => value.Contains(Prompt, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Metrics_RecordTheWaitsDurationAndPolls_ByModelAndOutcome()
    {
        using var telemetry = new TelemetryCapture(SeedreamTelemetry.ActivitySourceName, SeedreamTelemetry.MeterName);
        using var h = new Harness();
        h.Handler
            .On("POST", "/v1/tasks", Reply.Json(200, TaskJson.Task("task-1", "queued", 0)))
            .On("GET", TaskPath,
                Reply.Json(200, TaskJson.Task("task-1", "processing", 0)),
                Reply.Json(200, TaskJson.Failed("task-1", "content_policy", "refused")));

        await Assert.ThrowsAsync<SeedreamTaskFailedException>(() => h.RunAsync(h.Client.GenerateAsync(Request())));

        var lastPoll = h.Handler.RequestsTo("GET", TaskPath).Last().At.TotalSeconds;
        var duration = Assert.Single(telemetry.Of("seedream.client.task.duration"));
        Assert.Equal("s", duration.Unit);
        Assert.Equal(lastPoll, duration.Value, 2);
        Assert.Equal("failed", duration.Tags["seedream.task.outcome"]);
        Assert.Equal("seedream-5.0", duration.Tags["gen_ai.request.model"]);
        var polls = Assert.Single(telemetry.Of("seedream.client.task.polls"));
        Assert.Equal("{poll}", polls.Unit);
        Assert.Equal(2, polls.Value);
        var wait = telemetry.Single("seedream wait");
        Assert.Equal(ActivityStatusCode.Error, wait.Status);
        Assert.Equal("failed", wait.GetTagItem("seedream.task.outcome"));
    }

    [Fact]
    public async Task AFailedRequest_SetsTheActivityStatus_AndNamesTheErrorType()
    {
        using var telemetry = new TelemetryCapture(SeedreamTelemetry.ActivitySourceName, SeedreamTelemetry.MeterName);
        using var h = new Harness();
        h.Handler.On("GET", "/v1/tasks/task-gone", Reply.Error(404, "not_found", "no such task"));

        await Assert.ThrowsAsync<SeedreamNotFoundException>(() => h.RunAsync(h.Client.GetTaskAsync("task-gone")));

        var get = telemetry.Single("seedream get_task");
        Assert.Equal(ActivityKind.Client, get.Kind);
        Assert.Equal(ActivityStatusCode.Error, get.Status);
        Assert.Equal(typeof(SeedreamNotFoundException).FullName, get.GetTagItem("error.type"));
        Assert.Equal("task-gone", get.GetTagItem("seedream.task.id"));
    }

    [Fact]
    public async Task RetriesAndAmbiguousCreates_AreCountedByRequestAndReason()
    {
        using var telemetry = new TelemetryCapture(SeedreamTelemetry.ActivitySourceName, SeedreamTelemetry.MeterName);
        using var h = new Harness();
        h.Handler
            .On("POST", "/v1/tasks",
                Reply.Error(429, "rate_limited", "slow down", ("Retry-After", "1")),
                Reply.Json(200, TaskJson.Task("task-1", "queued", 0)),
                Reply.Throw(new HttpRequestException("The response ended prematurely.", new IOException("connection reset"))))
            .On("GET", TaskPath,
                Reply.Error(503, "overloaded", "busy"),
                Reply.Json(200, TaskJson.Task("task-1", "completed", 100, TaskJson.Link("https://cdn.test/a.png"))));

        await h.RunAsync(h.Client.GenerateAsync(Request()));
        await Assert.ThrowsAsync<SeedreamNetworkException>(() => h.RunAsync(h.Client.SubmitAsync(Request())));

        var retries = telemetry.Of("seedream.client.retries");
        Assert.Equal(
            new[] { "create rate_limited", "poll server_error" },
            retries.Select(m => $"{m.Tags["seedream.request"]} {m.Tags["seedream.reason"]}").OrderBy(text => text, StringComparer.Ordinal));
        Assert.All(retries, m => Assert.Equal("{retry}", m.Unit));
        var ambiguous = Assert.Single(telemetry.Of("seedream.client.create.ambiguous"));
        Assert.Equal("network", ambiguous.Tags["seedream.reason"]);
        Assert.Equal(1, ambiguous.Value);
        Assert.Equal(ActivityStatusCode.Error, telemetry.Activities.Single(a => a.DisplayName.StartsWith("generate_content", StringComparison.Ordinal) && a.Status == ActivityStatusCode.Error).Status);
    }

    [Fact]
    public async Task SavingAnImage_IsTraced_AndCountsTheImageAndItsBytes_WithoutTheLinksQuery()
    {
        using var telemetry = new TelemetryCapture(SeedreamTelemetry.ActivitySourceName, SeedreamTelemetry.MeterName);
        using var h = new Harness();
        h.Handler
            .On("GET", TaskPath, Reply.Json(200, TaskJson.Task("task-1", "completed", 100, TaskJson.Link("https://cdn.test/x/one.png?sig=LINK-SECRET"))))
            .On("GET", "/x/one.png", Reply.Bytes(TestImages.Png, "image/png"));
        using var directory = new TemporaryDirectory();

        var result = await h.RunAsync(h.Client.GetOperation("task-1").WaitForCompletionAsync());
        await h.RunAsync(result.SaveImagesAsync(directory.Path));

        var save = telemetry.Single("seedream save_image");
        Assert.Equal("task-1", save.GetTagItem("seedream.task.id"));
        Assert.Equal(0, save.GetTagItem("seedream.image.index"));
        Assert.Equal("image/png", save.GetTagItem("seedream.image.media_type"));
        Assert.Equal((long)TestImages.Png.Length, save.GetTagItem("seedream.image.size"));
        Assert.Equal(1, Assert.Single(telemetry.Of("seedream.client.image.saved")).Value);
        var bytes = Assert.Single(telemetry.Of("seedream.client.image.saved.size"));
        Assert.Equal("By", bytes.Unit);
        Assert.Equal(TestImages.Png.Length, bytes.Value);
        Assert.DoesNotContain(telemetry.AllTagValues(), value => value.Contains("LINK-SECRET", StringComparison.Ordinal) || value.Contains("one.png", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ADownloadRetry_IsCountedWithItsReason_AndTheSaveStillSucceeds()
    {
        using var telemetry = new TelemetryCapture(SeedreamTelemetry.ActivitySourceName, SeedreamTelemetry.MeterName);
        using var h = new Harness();
        h.Handler
            .On("GET", TaskPath, Reply.Json(200, TaskJson.Task("task-1", "completed", 100, TaskJson.Link("https://cdn.test/x/one.png"))))
            .On("GET", "/x/one.png", Reply.Error(503, "overloaded", "busy"), Reply.Bytes(TestImages.Png, "image/png"));
        using var directory = new TemporaryDirectory();

        var result = await h.RunAsync(h.Client.GetOperation("task-1").WaitForCompletionAsync());
        await h.RunAsync(result.SaveImagesAsync(directory.Path));

        var retry = Assert.Single(telemetry.Of("seedream.client.retries"));
        Assert.Equal("download", retry.Tags["seedream.request"]);
        Assert.Equal("http_error", retry.Tags["seedream.reason"]);
        Assert.Equal(ActivityStatusCode.Unset, telemetry.Single("seedream save_image").Status);
    }

    [Fact]
    public async Task NoTag_CarriesTheApiKey_EvenWhenTheServerEchoesIt()
    {
        using var telemetry = new TelemetryCapture(SeedreamTelemetry.ActivitySourceName, SeedreamTelemetry.MeterName);
        using var h = new Harness();
        h.Handler
            .On("POST", "/v1/tasks", Reply.Json(200, TaskJson.Task("task-1", "queued " + Harness.ApiKey, 0)))
            .On("GET", TaskPath,
                Reply.Json(200, TaskJson.Task("task-1", "rendering for " + Harness.ApiKey, 10)),
                Reply.Json(200, TaskJson.Failed("task-1", "bad_key_" + Harness.ApiKey, "key " + Harness.ApiKey + " refused")));

        await Assert.ThrowsAsync<SeedreamTaskFailedException>(() => h.RunAsync(h.Client.GenerateAsync(Request())));

        var values = telemetry.AllTagValues().ToList();
        Assert.Contains(values, value => value.StartsWith("seedream.task.status=rendering for ", StringComparison.Ordinal));
        Assert.DoesNotContain(values, value => value.Contains(Harness.ApiKey, StringComparison.Ordinal));
        Assert.DoesNotContain(values, value => value.Contains(Prompt, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RecordPromptInTraces_PutsThePromptInGenAiInputMessages_AsTheReadmeShows()
    {
        var shown = Regex.Match(ReadmeDocument.Main.Section("## Telemetry").Text, @"`gen_ai\.input\.messages` \(`(?<json>[^`]+)`\)");
        Assert.True(shown.Success, "The README's telemetry section shows no gen_ai.input.messages example.");
        using var telemetry = new TelemetryCapture(SeedreamTelemetry.ActivitySourceName, SeedreamTelemetry.MeterName);
        using var h = new Harness(o => o.RecordPromptInTraces = true);
        h.Handler.On("POST", "/v1/tasks", Reply.Json(200, TaskJson.Task("task-1", "queued", 0)));

        await h.RunAsync(h.Client.SubmitAsync(Request()));

        var messages = (string?)telemetry.Single("generate_content seedream-5.0").GetTagItem("gen_ai.input.messages");
        Assert.Equal(shown.Groups["json"].Value.Replace("…", Prompt, StringComparison.Ordinal), messages);
    }

    private static object? Tag(ActivityEvent e, string name) => e.Tags.FirstOrDefault(tag => tag.Key == name).Value;

    private static SeedreamRequest Request() => SeedreamRequest.ForModel("seedream-5.0").Prompt(Prompt).Build();
}
