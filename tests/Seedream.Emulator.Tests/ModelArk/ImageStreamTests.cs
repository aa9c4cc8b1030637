using System;
using System.Linq;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using Xunit;

namespace Seedream.Emulator.Tests.ModelArk;

/// <summary>The streamed answer: one Server-Sent Event per image as it is made, <c>completed</c>, then <c>[DONE]</c>, read over loopback by the client's SSE reader.</summary>
public class ImageStreamTests
{
    private const string SetOfThree = """{"model":"seedream-4-0-250828","prompt":"x","sequential_image_generation":"auto","sequential_image_generation_options":{"max_images":3},"stream":true}""";

    [Fact]
    public async Task Stream_SendsEachImage_ThenCompleted_ThenDone()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        await using var stream = await ArkCalls.StreamAsync(harness, SetOfThree);

        var events = await stream.RestAsync();

        Assert.Equal(200, (int)stream.Response.StatusCode);
        Assert.Equal("text/event-stream", stream.Response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(
            new[] { "image_generation.partial_succeeded", "image_generation.partial_succeeded", "image_generation.partial_succeeded", "image_generation.completed", "message" },
            events.Select(e => e.EventType));
        Assert.True(events[^1].IsDone);
        var data = events.SkipLast(1).Select(e => JObject.Parse(e.Data)).ToList();
        Assert.All(events.SkipLast(1).Zip(data), pair => Assert.Equal(pair.First.EventType, (string?)pair.Second["type"]));
        Assert.Equal(new int?[] { 0, 1, 2 }, data.Take(3).Select(d => (int?)d["image_index"]));
        Assert.All(data.Take(3), d => Assert.Equal("seedream-4-0-250828", (string?)d["model"]));
        Assert.Equal(3, (int)data[3]["usage"]!["generated_images"]!);
        var (status, _, bytes) = await ImageDecoding.DownloadAsync((string)data[2]["url"]!);
        Assert.Equal(200, status);
        Assert.True(ImageDecoding.IsJpeg(bytes));
    }

    [Fact]
    public async Task Stream_SendsEachImageWhenItIsMade_NotWhenTheSetIs()
    {
        var imageTime = TimeSpan.FromSeconds(10);
        await using var harness = await EmulatorHarness.StartAsync(options => options.ModelArk.ImageDuration = imageTime);
        await using var stream = await ArkCalls.StreamAsync(harness, SetOfThree);

        // The headers came at once; each image comes only once the emulator's clock reaches the moment it is made.
        for (var index = 0; index < 3; index++)
        {
            var next = stream.NextAsync();
            Assert.False(next.IsCompleted, $"image {index} arrived before it was made");
            harness.Time.Advance(imageTime);
            var arrived = await next.WaitAsync(ArkCalls.Patience);
            Assert.Equal(index, (int)JObject.Parse(arrived!.Data)["image_index"]!);
            Assert.Equal(EmulatorHarness.Start.ToUnixTimeSeconds() + (10 * (index + 1)), (long)JObject.Parse(arrived.Data)["created"]!);
        }

        Assert.Equal(2, (await stream.RestAsync()).Count);
    }

    [Fact]
    public async Task JsonAnswer_ComesWhenTheLastImageIsMade()
    {
        var imageTime = TimeSpan.FromSeconds(10);
        await using var harness = await EmulatorHarness.StartAsync(options => options.ModelArk.ImageDuration = imageTime);

        var answer = ArkCalls.PostAsync(harness, SetOfThree.Replace("\"stream\":true", "\"stream\":false", StringComparison.Ordinal));
        await WaitForAsync(() => harness.Counters.ImageGenerations == 1);
        harness.Time.Advance(imageTime * 2);
        Assert.False(answer.IsCompleted, "the answer came before its last image was made");
        harness.Time.Advance(imageTime);

        var body = (await answer).Json;
        Assert.Equal(3, ((JArray)body["data"]!).Count);
        Assert.Equal(EmulatorHarness.Start.ToUnixTimeSeconds() + 30, (long)body["created"]!);
    }

    /// <summary>Waits, with a generous bound, for an emulator state the test cannot otherwise observe.</summary>
    internal static async Task WaitForAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + ArkCalls.Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the emulator did not reach the expected state in time");
            await Task.Delay(10);
        }
    }
}
