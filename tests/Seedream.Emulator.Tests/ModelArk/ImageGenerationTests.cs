using System;
using System.Linq;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using Xunit;

namespace Seedream.Emulator.Tests.ModelArk;

/// <summary>The upstream images API's JSON answers: the model ids, sizes, sets, formats and options it takes, over loopback.</summary>
public class ImageGenerationTests
{
    [Fact]
    public async Task OneImage_AtAnExactSize_AnswersALinkToTheServedImage_AndBillsIt()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        var answer = await ArkCalls.PostAsync(harness, """{"model":"seedream-5-0-260128","prompt":"一只柴犬穿宇航服站在月球上","size":"2848x1600","output_format":"png","watermark":false}""");

        Assert.True(answer.Status == 200, answer.Text);
        Assert.Equal("application/json", answer.MediaType);
        var body = answer.Json;
        Assert.Equal("seedream-5-0-260128", (string?)body["model"]);
        Assert.Equal(EmulatorHarness.Start.ToUnixTimeSeconds(), (long)body["created"]!);
        var image = Assert.Single((JArray)body["data"]!);
        Assert.Equal("178x100", (string?)image["size"]);
        Assert.Equal(1, (int)body["usage"]!["generated_images"]!);
        Assert.Equal(2848L * 1600 / 256, (long)body["usage"]!["output_tokens"]!);
        Assert.Null(body["error"]);

        var (status, contentType, bytes) = await ImageDecoding.DownloadAsync((string)image["url"]!);
        Assert.Equal((200, "image/png"), (status, contentType));
        var decoded = ImageDecoding.Decode(bytes);
        Assert.Equal((178, 100), (decoded.Width, decoded.Height));
        Assert.Equal(1, harness.Counters.ImageGenerations);
        Assert.Equal(0, harness.Counters.TasksCreated);
    }

    [Theory]
    [InlineData("seedream-5-0-260128", null, "128x128")]
    [InlineData("seedream-5-0-260128", "3K", "192x192")]
    [InlineData("seedream-4-5-251128", "4K", "256x256")]
    [InlineData("doubao-seedream-4-0-250828", "1K", "64x64")]
    [InlineData("seedream-4-0-250828", "1024x1024", "64x64")]
    [InlineData("seedream-5-0-lite-260128", "8192x512", "512x32")]
    public async Task Sizes_AsALevelOrExactWithinTheModelsLimits_AreMade(string model, string? size, string served)
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var sizeField = size is null ? string.Empty : $",\"size\":\"{size}\"";

        var answer = await ArkCalls.PostAsync(harness, $$"""{"model":"{{model}}","prompt":"x"{{sizeField}}}""");

        Assert.True(answer.Status == 200, answer.Text);
        Assert.Equal(model, (string?)answer.Json["model"]);
        Assert.Equal(served, (string?)answer.Json["data"]![0]!["size"]);
    }

    [Fact]
    public async Task ImageSet_MakesMaxImages_EachItsOwnPicture()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        var answer = await ArkCalls.PostAsync(harness, """{"model":"seedream-4-5-251128","prompt":"a four-panel comic","image":["https://images.example/a.png"],"sequential_image_generation":"auto","sequential_image_generation_options":{"max_images":4}}""");

        Assert.True(answer.Status == 200, answer.Text);
        var urls = ((JArray)answer.Json["data"]!).Select(entry => (string)entry["url"]!).ToList();
        Assert.Equal(4, urls.Distinct().Count());
        Assert.Equal(4, (int)answer.Json["usage"]!["generated_images"]!);
        var pictures = await Task.WhenAll(urls.Select(async url => Convert.ToBase64String((await ImageDecoding.DownloadAsync(url)).Bytes)));
        Assert.Equal(4, pictures.Distinct().Count());
    }

    [Fact]
    public async Task MaxImages_WithoutAutoSequentialGeneration_MakesOneImage()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        var answer = await ArkCalls.PostAsync(harness, """{"model":"seedream-5-0-260128","prompt":"x","sequential_image_generation":"disabled","sequential_image_generation_options":{"max_images":4}}""");

        Assert.Single((JArray)answer.Json["data"]!);
    }

    [Fact]
    public async Task Base64_WithWebSearch_AnswersTheImageInline_AndEchoesTheTool()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        var answer = await ArkCalls.PostAsync(harness, """{"model":"seedream-5-0-260128","prompt":"today's weather in Beijing","image":"https://images.example/a.png","response_format":"b64_json","tools":[{"type":"web_search"}],"optimize_prompt_options":{"mode":"standard","thinking":"auto"}}""");

        Assert.True(answer.Status == 200, answer.Text);
        var image = answer.Json["data"]![0]!;
        Assert.Null(image["url"]);
        var bytes = Convert.FromBase64String((string)image["b64_json"]!);
        Assert.True(ImageDecoding.IsJpeg(bytes));
        Assert.Equal("web_search", (string?)answer.Json["tools"]![0]!["type"]);
        Assert.Equal(1, (int)answer.Json["usage"]!["tool_usage"]!["web_search"]!);
    }

    [Fact]
    public async Task EndpointId_StandsForTheConfiguredModel_AndTakesThatModelsOptions()
    {
        await using var harness = await EmulatorHarness.StartAsync(options => options.ModelArk.EndpointModel = "seedream-4-0-250828");

        // The spec's fusion example: two reference images (a link and a data URI), 4.0's fast prompt optimization.
        var answer = await ArkCalls.PostAsync(harness, """{"model":"ep-20260801123456-abcde","prompt":"Put the dog from image 1 into the scene of image 2","image":["https://images.example/reference/shiba.png","data:image/png;base64,iVBORw0KGgo="],"size":"2048x2048","seed":42,"optimize_prompt_options":{"mode":"fast"}}""");

        Assert.True(answer.Status == 200, answer.Text);
        Assert.Equal("seedream-4-0-250828", (string?)answer.Json["model"]);
    }

    [Fact]
    public async Task ResultLinks_ExpireAfterTheLinkLifetime_AndAreForgottenAfterRetention()
    {
        await using var harness = await EmulatorHarness.StartAsync(options =>
        {
            options.LinkLifetime = TimeSpan.FromHours(1);
            options.TaskRetention = TimeSpan.FromHours(2);
        });
        var url = (string)(await ArkCalls.PostAsync(harness, """{"model":"seedream-5-0-260128","prompt":"x"}""")).Json["data"]![0]!["url"]!;

        harness.Time.Advance(TimeSpan.FromHours(1));
        var expired = await ImageDecoding.DownloadAsync(url);
        harness.Time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        await ArkCalls.PostAsync(harness, """{"model":"seedream-5-0-260128","prompt":"y"}""");
        var forgotten = await ImageDecoding.DownloadAsync(url);

        Assert.Equal(410, expired.Status);
        Assert.Equal(404, forgotten.Status);
    }

    [Fact]
    public async Task HeldFiles_AreBoundedByMaxRetainedTasks_TheOldestGivingWay()
    {
        await using var harness = await EmulatorHarness.StartAsync(options => options.MaxRetainedTasks = 2);
        var urls = new string[3];
        for (var i = 0; i < urls.Length; i++)
        {
            urls[i] = (string)(await ArkCalls.PostAsync(harness, $$"""{"model":"seedream-5-0-260128","prompt":"x{{i}}"}""")).Json["data"]![0]!["url"]!;
        }

        var statuses = await Task.WhenAll(urls.Select(async url => (await ImageDecoding.DownloadAsync(url)).Status));

        Assert.Equal(new[] { 404, 200, 200 }, statuses);
    }
}
