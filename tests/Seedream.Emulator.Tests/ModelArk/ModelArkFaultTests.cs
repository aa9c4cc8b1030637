using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using Xunit;

namespace Seedream.Emulator.Tests.ModelArk;

/// <summary>The upstream images API's faults on demand, each seen by a client over a loopback socket.</summary>
public class ModelArkFaultTests
{
    private const string SetOfFour = """{"model":"seedream-5-0-260128","prompt":"x","sequential_image_generation":"auto","sequential_image_generation_options":{"max_images":4},"stream":true}""";
    private const string SetOfSix = """{"model":"seedream-5-0-260128","prompt":"x","sequential_image_generation":"auto","sequential_image_generation_options":{"max_images":6},"stream":true}""";

    [Fact]
    public async Task RefusedImage_IsPartialFailed_AndTheStreamGoesOn()
    {
        await using var harness = await EmulatorHarness.StartAsync(options => options.ModelArk.RejectedImageRate = 0.5);
        await using var stream = await ArkCalls.StreamAsync(harness, SetOfSix);

        var events = await stream.RestAsync();

        var items = events.Take(6).Select(e => (e.EventType, Data: JObject.Parse(e.Data))).ToList();
        Assert.Equal(Enumerable.Range(0, 6), items.Select(item => (int)item.Data["image_index"]!));
        var failed = items.Where(item => item.EventType == "image_generation.partial_failed").ToList();
        Assert.All(failed, item => Assert.Equal("OutputImageSensitiveContentDetected", (string?)item.Data["error"]!["code"]));
        var firstFailure = items.FindIndex(item => item.EventType == "image_generation.partial_failed");
        Assert.True(firstFailure >= 0 && items.Skip(firstFailure).Any(item => item.EventType == "image_generation.partial_succeeded"), "the seed should refuse an image before another is made");
        Assert.Equal("image_generation.completed", events[6].EventType);
        Assert.Equal(6 - failed.Count, (int)JObject.Parse(events[6].Data)["usage"]!["generated_images"]!);
        Assert.True(events[7].IsDone);
    }

    [Fact]
    public async Task RefusedImages_InAJsonAnswer_AreEntriesWithAnError_BesideTheImages()
    {
        await using var harness = await EmulatorHarness.StartAsync(options => options.ModelArk.RejectedImageRate = 0.5);

        var body = (await ArkCalls.PostAsync(harness, SetOfSix.Replace("\"stream\":true", "\"stream\":false", StringComparison.Ordinal))).Json;

        var data = (JArray)body["data"]!;
        Assert.Equal(6, data.Count);
        var failed = data.Count(entry => entry["error"] is not null);
        Assert.InRange(failed, 1, 5);
        Assert.All(data.Where(entry => entry["error"] is not null), entry => Assert.Null(entry["url"]));
        Assert.Equal(6 - failed, (int)body["usage"]!["generated_images"]!);
        Assert.Null(body["error"]);
    }

    [Fact]
    public async Task NoImageMade_AnswersTheTopLevelError()
    {
        await using var harness = await EmulatorHarness.StartAsync(options => options.ModelArk.RejectedImageRate = 1);

        var answer = await ArkCalls.PostAsync(harness, """{"model":"seedream-5-0-260128","prompt":"x"}""");

        Assert.Equal(200, answer.Status);
        Assert.Equal("OutputImageSensitiveContentDetected", (string?)answer.Json["error"]!["code"]);
        Assert.Equal("OutputImageSensitiveContentDetected", (string?)answer.Json["data"]![0]!["error"]!["code"]);
        Assert.Equal(0, (int)answer.Json["usage"]!["generated_images"]!);
    }

    [Fact]
    public async Task InternalError_StopsTheSet_InAStream()
    {
        await using var harness = await EmulatorHarness.StartAsync(options => options.ModelArk.InternalErrorRate = 1);
        await using var stream = await ArkCalls.StreamAsync(harness, SetOfFour);

        var events = await stream.RestAsync();

        Assert.Equal(
            new[] { "image_generation.partial_succeeded", "image_generation.partial_succeeded", "image_generation.partial_failed", "image_generation.completed", "message" },
            events.Select(e => e.EventType));
        Assert.Equal("InternalServiceError", (string?)JObject.Parse(events[2].Data)["error"]!["code"]);
        Assert.Equal(2, (int)JObject.Parse(events[3].Data)["usage"]!["generated_images"]!);
        Assert.True(events[4].IsDone);
    }

    [Fact]
    public async Task InternalError_StopsTheSet_InAJsonAnswer()
    {
        await using var harness = await EmulatorHarness.StartAsync(options => options.ModelArk.InternalErrorRate = 1);

        var body = (await ArkCalls.PostAsync(harness, SetOfFour.Replace("\"stream\":true", "\"stream\":false", StringComparison.Ordinal))).Json;

        var data = (JArray)body["data"]!;
        Assert.Equal(new[] { true, true, false }, data.Select(entry => entry["url"] is not null));
        Assert.Equal("InternalServiceError", (string?)data[2]!["error"]!["code"]);
        Assert.Equal(2, (int)body["usage"]!["generated_images"]!);
    }

    [Fact]
    public async Task TruncatedStream_EndsCleanly_WithoutCompletedOrDone()
    {
        await using var harness = await EmulatorHarness.StartAsync(options => options.Faults.TruncateBodyRate = 1);
        await using var stream = await ArkCalls.StreamAsync(harness, SetOfFour);

        var events = await stream.RestAsync();

        Assert.Equal(new[] { "image_generation.partial_succeeded", "image_generation.partial_succeeded" }, events.Select(e => e.EventType));
        Assert.Equal(1, harness.Counters.Faults(FaultKind.TruncatedBody));
        Assert.Equal(1, harness.Counters.ImageGenerations);
    }

    [Fact]
    public async Task DroppedConnection_OnAStream_BreaksItAfterHalfTheEvents()
    {
        await using var harness = await EmulatorHarness.StartAsync(options => options.Faults.DropConnectionRate = 1);
        await using var stream = await ArkCalls.StreamAsync(harness, SetOfFour);

        var first = await stream.NextAsync().WaitAsync(ArkCalls.Patience);
        var second = await stream.NextAsync().WaitAsync(ArkCalls.Patience);
        var broken = await Record.ExceptionAsync(() => stream.NextAsync().WaitAsync(ArkCalls.Patience));

        Assert.Equal(new[] { 0, 1 }, new[] { first!, second! }.Select(e => (int)JObject.Parse(e.Data)["image_index"]!));
        Assert.True(broken is IOException or HttpRequestException, $"expected a broken connection, got {broken?.ToString() ?? "the end of the stream"}");
        Assert.Equal(1, harness.Counters.Faults(FaultKind.DroppedConnection));
    }

    [Fact]
    public async Task TruncatedJsonAnswer_EndsCleanlyWithHalfTheBody()
    {
        await using var harness = await EmulatorHarness.StartAsync(options => options.Faults.TruncateBodyRate = 1);

        var answer = await ArkCalls.PostAsync(harness, """{"model":"seedream-5-0-260128","prompt":"x"}""");

        Assert.Equal(200, answer.Status);
        Assert.StartsWith("{\"model\":\"seedream-5-0-260128\"", answer.Text, StringComparison.Ordinal);
        Assert.ThrowsAny<Newtonsoft.Json.JsonException>(() => answer.Json);
        Assert.Equal(1, harness.Counters.ImageGenerations);
    }

    [Fact]
    public async Task Stall_HoldsTheNextEvent_UntilTheEmulatorsClockPassesIt()
    {
        var stall = TimeSpan.FromMinutes(5);
        await using var harness = await EmulatorHarness.StartAsync(options =>
        {
            options.Faults.StallRate = 1;
            options.Faults.Stall = stall;
        });
        await using var stream = await ArkCalls.StreamAsync(harness, SetOfFour);

        var before = new[] { await stream.NextAsync().WaitAsync(ArkCalls.Patience), await stream.NextAsync().WaitAsync(ArkCalls.Patience) };
        await ImageStreamTests.WaitForAsync(() => harness.Counters.Faults(FaultKind.Stall) == 1);
        var next = stream.NextAsync();
        Assert.False(next.IsCompleted, "the event after the stall arrived while the emulator's clock stood still");
        harness.Time.Advance(stall);
        var after = await next.WaitAsync(ArkCalls.Patience);
        var rest = await stream.RestAsync();

        Assert.Equal(new[] { 0, 1, 2 }, before.Append(after).Select(e => (int)JObject.Parse(e!.Data)["image_index"]!));
        Assert.Equal(EmulatorHarness.Start.ToUnixTimeSeconds() + (long)stall.TotalSeconds, (long)JObject.Parse(after!.Data)["created"]!);
        Assert.Equal(new[] { "image_generation.partial_succeeded", "image_generation.completed", "message" }, rest.Select(e => e.EventType));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task RateLimit_Is429_ModelAccountIpmRateLimitExceeded_WithRetryAfter_AndMakesNothing(bool streaming)
    {
        await using var harness = await EmulatorHarness.StartAsync(options =>
        {
            options.Faults.RateLimitRate = 1;
            options.Faults.RetryAfterSeconds = 7;
        });

        var answer = await ArkCalls.PostAsync(harness, $$"""{"model":"seedream-5-0-260128","prompt":"x","stream":{{(streaming ? "true" : "false")}}}""");

        Assert.Equal(429, answer.Status);
        Assert.Equal("application/json", answer.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(7), answer.Headers.RetryAfter!.Delta);
        Assert.Equal("ModelAccountIpmRateLimitExceeded", (string?)answer.Json["error"]!["code"]);
        Assert.Equal((0, 1), (harness.Counters.ImageGenerations, harness.Counters.Faults(FaultKind.RateLimited)));
    }

    [Fact]
    public async Task SensitivePrompt_Is400_InputTextSensitiveContentDetected_AndMakesNothing()
    {
        await using var harness = await EmulatorHarness.StartAsync(options => options.ModelArk.RejectedPromptRate = 1);

        var answer = await ArkCalls.PostAsync(harness, SetOfFour);

        Assert.Equal(400, answer.Status);
        Assert.Equal("InputTextSensitiveContentDetected", (string?)answer.Json["error"]!["code"]);
        Assert.Equal("prompt", (string?)answer.Json["error"]!["param"]);
        Assert.Equal(0, harness.Counters.ImageGenerations);
    }

    [Fact]
    public async Task FewerImages_ThanMaxImages_IsACompletedSet()
    {
        await using var harness = await EmulatorHarness.StartAsync(options => options.ModelArk.FewerImagesRate = 1);
        await using var stream = await ArkCalls.StreamAsync(harness, SetOfFour);

        var events = await stream.RestAsync();

        var made = events.Count(e => e.EventType == "image_generation.partial_succeeded");
        Assert.InRange(made, 1, 3);
        Assert.Equal(made, (int)JObject.Parse(events[^2].Data)["usage"]!["generated_images"]!);
        Assert.True(events[^1].IsDone);
    }

    [Fact]
    public async Task SameSeed_MakesTheSameSets()
    {
        async Task<string> SetsAsync()
        {
            await using var harness = await EmulatorHarness.StartAsync(options =>
            {
                options.ModelArk.RejectedImageRate = 0.3;
                options.ModelArk.FewerImagesRate = 0.5;
            });
            var outcomes = new System.Collections.Generic.List<string>();
            for (var i = 0; i < 5; i++)
            {
                var data = (JArray)(await ArkCalls.PostAsync(harness, SetOfSix.Replace("\"stream\":true", "\"stream\":false", StringComparison.Ordinal))).Json["data"]!;
                outcomes.Add(string.Concat(data.Select(entry => entry["error"] is null ? 'o' : 'x')));
            }

            return string.Join(",", outcomes);
        }

        Assert.Equal(await SetsAsync(), await SetsAsync());
    }
}
