using System;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace Seedream.Emulator.Tests.ModelArk;

/// <summary>What the upstream images API refuses, with its codes, the field at fault, and the spec's 400 envelope.</summary>
public class ImageRequestValidationTests
{
    private const string Fifteen = """["https://i.example/1.png","https://i.example/2.png","https://i.example/3.png","https://i.example/4.png","https://i.example/5.png","https://i.example/6.png","https://i.example/7.png","https://i.example/8.png","https://i.example/9.png","https://i.example/10.png","https://i.example/11.png","https://i.example/12.png","https://i.example/13.png","https://i.example/14.png","https://i.example/15.png"]""";

    public static TheoryData<string, string, string?, string> Refusals() => new()
    {
        { """{"model":"seedream-5-0-260128","prompt":"x","size":"1024x1024"}""", "InvalidParameter", "size", "outside what seedream-5-0-260128 makes: 3686400 to 16777216 pixels" },
        { """{"model":"seedream-4-0-250828","prompt":"x","size":"8192x256"}""", "InvalidParameter", "size", "width/height 32" },
        { """{"model":"seedream-5-0-260128","prompt":"x","size":"16:9"}""", "InvalidParameter", "size", "neither a level seedream-5-0-260128 takes (2K, 3K) nor an exact WxH" },
        { """{"model":"seedream-5-0-260128","prompt":"x","size":"4K"}""", "InvalidParameter", "size", "(2K, 3K)" },
        { """{"model":"seedream-4-5-251128","prompt":"x","output_format":"png"}""", "InvalidParameter", "output_format", "not taken by seedream-4-5-251128; models that take it: seedream-5-0-260128" },
        { """{"model":"doubao-seedream-4-0-250828","prompt":"x","tools":[{"type":"web_search"}]}""", "InvalidParameter", "tools", "not taken by doubao-seedream-4-0-250828" },
        { """{"model":"seedream-5-0-260128","prompt":"x","tools":[{"type":"calculator"}]}""", "InvalidParameter", "tools", "allowed tool types: web_search" },
        { """{"model":"seedream-5-0-260128","prompt":"x","optimize_prompt_options":{"mode":"fast"}}""", "InvalidParameter", "optimize_prompt_options.mode", "allowed: standard" },
        { """{"model":"seedream-5-0-260128","prompt":"x","optimize_prompt_options":{"thinking":"maybe"}}""", "InvalidParameter", "optimize_prompt_options.thinking", "allowed: auto, enabled, disabled" },
        { """{"model":"seedream-4-0-250828","prompt":"x","guidance_scale":2.5}""", "InvalidParameter", "guidance_scale", "documents it for older models only" },
        { """{"model":"seedream-5-0-260128","prompt":"x","response_format":"png"}""", "InvalidParameter", "response_format", "allowed: url, b64_json" },
        { """{"model":"seedream-5-0-260128","prompt":"x","image":""" + Fifteen + "}", "InvalidParameter", "image", "15 reference images are given, but seedream-5-0-260128 accepts at most 14" },
        { """{"model":"seedream-5-0-260128","prompt":"x","image":["https://i.example/1.png",""]}""", "InvalidImageURL.EmptyURL", "image[1]", "image[1] is empty" },
        { """{"model":"seedream-5-0-260128","prompt":"x","image":"ftp://i.example/1.png"}""", "InvalidImageURL.InvalidFormat", "image", "is a ftp: URL" },
        { """{"model":"seedream-5-0-260128","prompt":"x","image":"data:text/plain;base64,AAAA"}""", "InvalidImageURL.InvalidFormat", "image", "text/plain, which the API does not take" },
        { """{"model":"seedream-5-0-260128","prompt":"x","image":["https://i.example/1.png","https://i.example/2.png","https://i.example/3.png"],"sequential_image_generation":"auto","sequential_image_generation_options":{"max_images":13}}""", "InvalidParameter", "sequential_image_generation_options.max_images", "may be at most 12" },
        { """{"model":"seedream-5-0-260128","prompt":"x","sequential_image_generation":"auto","sequential_image_generation_options":{"max_images":16}}""", "InvalidParameter", "sequential_image_generation_options.max_images", "from 1 to 15" },
        { """{"model":"seedream-5-0-260128","prompt":"x","sequential_image_generation":"sometimes"}""", "InvalidParameter", "sequential_image_generation", "allowed: auto, disabled" },
        { """{"model":"seedream-5-0-260128","prompt":"x","stream":"yes"}""", "InvalidParameter", "stream", "must be true or false" },
        { """{"model":"seedream-5-0-260128","prompt":"x","seed":-2}""", "InvalidParameter", "seed", "from -1 to 2147483647" },
        { """{"model":"seedream-5.0","prompt":"x"}""", "InvalidParameter", "model", "model 'seedream-5.0' is not known; known models: seedream-5-0-260128, seedream-5-0-lite-260128, doubao-seedream-5-0-260128" },
        { """{"model":"seedream-5-0-260128","prompt":" "}""", "InvalidParameter", "prompt", "prompt is required" },
        { """[{"model":"seedream-5-0-260128"}]""", "BadRequest", null, "must be a JSON object, got an array" },
        { """{"model":"seedream-5-0-260128",""", "BadRequest", null, "not valid JSON" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Refusal_Is400_WithTheCodeAndTheFieldAtFault(string body, string code, string? param, string message)
    {
        await using var harness = await EmulatorHarness.StartAsync();

        var answer = await ArkCalls.PostAsync(harness, body);

        Assert.True(answer.Status == 400, answer.Text);
        OpenApiSchemas.AssertValid(await OpenApiSchemas.ModelArk.ForResponseAsync("post", "/images/generations", 400), answer.Text, "the 400 answer");
        var error = answer.Json["error"]!;
        Assert.Equal(code, (string?)error["code"]);
        Assert.Equal(param, (string?)error["param"]);
        Assert.Contains(message, (string?)error["message"], StringComparison.Ordinal);
        Assert.Equal((0, 1), (harness.Counters.ImageGenerations, harness.Counters.Rejected));
    }

    [Theory]
    [InlineData("seedream-4-0-250828", "4K")]
    [InlineData("seedream-4-0-250828", "1K")]
    [InlineData("seedream-5-0-260128", "4096x4096")]
    [InlineData("seedream-5-0-260128", "2560x1440")]
    public async Task SizesAtTheLimits_AreTaken(string model, string size)
    {
        await using var harness = await EmulatorHarness.StartAsync();

        var answer = await ArkCalls.PostAsync(harness, $$"""{"model":"{{model}}","prompt":"x","size":"{{size}}"}""");

        Assert.True(answer.Status == 200, answer.Text);
    }

    [Fact]
    public async Task WrongKey_Is401_WithTheUpstreamEnvelope()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        var answer = await ArkCalls.PostAsync(harness, """{"model":"seedream-5-0-260128","prompt":"x"}""", apiKey: "sk-wrong");

        Assert.Equal(401, answer.Status);
        OpenApiSchemas.AssertValid(await OpenApiSchemas.ModelArk.ForResponseAsync("post", "/images/generations", 401), answer.Text, "the 401 answer");
        Assert.Equal("AuthenticationError", (string?)answer.Json["error"]!["code"]);
        Assert.DoesNotContain("sk-wrong", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BodyOverTheCap_Is413_WithTheUpstreamEnvelope()
    {
        await using var harness = await EmulatorHarness.StartAsync(options => options.MaxRequestBytes = 1024);
        var prompt = new string('x', 2048);

        var answer = await ArkCalls.PostAsync(harness, $$"""{"model":"seedream-5-0-260128","prompt":"{{prompt}}"}""");

        Assert.Equal(413, answer.Status);
        OpenApiSchemas.AssertValid(await OpenApiSchemas.ModelArk.ForComponentAsync("ArkErrorEnvelope"), answer.Text, "the 413 answer");
        Assert.Equal("RequestTooLarge", (string?)answer.Json["error"]!["code"]);
    }

    [Fact]
    public async Task EveryKnownModelId_IsTaken_AndNamedInTheAnswer()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var ids = new[]
        {
            "seedream-5-0-260128", "seedream-5-0-lite-260128", "seedream-4-5-251128", "seedream-4-0-250828",
            "doubao-seedream-5-0-260128", "doubao-seedream-5-0-lite-260128", "doubao-seedream-4-5-251128", "doubao-seedream-4-0-250828",
        };

        var models = await Task.WhenAll(ids.Select(async id => (string?)(await ArkCalls.PostAsync(harness, $$"""{"model":"{{id}}","prompt":"x"}""")).Json["model"]));

        Assert.Equal(ids, models);
    }
}
