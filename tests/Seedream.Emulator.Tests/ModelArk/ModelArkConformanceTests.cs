using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using Xunit;

namespace Seedream.Emulator.Tests.ModelArk;

/// <summary>
/// The emulated upstream images API's answers, validated against <c>spec/modelark-images.openapi.json</c> made strict (no
/// undocumented property anywhere): JSON answers of every shape, each event's <c>data:</c> of every kind, and every error.
/// </summary>
public class ModelArkConformanceTests
{
    private const string Operation = "/images/generations";

    public static TheoryData<string, string> JsonAnswers() => new()
    {
        { "one image", """{"model":"seedream-5-0-260128","prompt":"一只柴犬穿宇航服站在月球上","size":"2848x1600","response_format":"url","watermark":false,"output_format":"png"}""" },
        { "base64 with a tool", """{"model":"seedream-5-0-260128","prompt":"x","response_format":"b64_json","tools":[{"type":"web_search"}]}""" },
        { "a set", """{"model":"seedream-4-5-251128","prompt":"x","sequential_image_generation":"auto","sequential_image_generation_options":{"max_images":6}}""" },
    };

    [Theory]
    [MemberData(nameof(JsonAnswers))]
    public async Task JsonAnswers_MatchTheSchema(string what, string body)
    {
        await using var harness = await EmulatorHarness.StartAsync();

        await AssertJsonAnswerAsync(harness, body, what);
    }

    [Fact]
    public async Task JsonAnswers_WithRefusedImages_AnInternalError_OrNoImageMade_MatchTheSchema()
    {
        await using var refusing = await EmulatorHarness.StartAsync(options => options.ModelArk.RejectedImageRate = 0.5);
        await using var failing = await EmulatorHarness.StartAsync(options => options.ModelArk.InternalErrorRate = 1);
        await using var empty = await EmulatorHarness.StartAsync(options => options.ModelArk.RejectedImageRate = 1);
        const string Set = """{"model":"seedream-5-0-260128","prompt":"x","sequential_image_generation":"auto","sequential_image_generation_options":{"max_images":6}}""";

        Assert.Contains("OutputImageSensitiveContentDetected", await AssertJsonAnswerAsync(refusing, Set, "a set with refused images"));
        Assert.Contains("InternalServiceError", await AssertJsonAnswerAsync(failing, Set, "a set stopped by an internal error"));
        Assert.Contains("\"generated_images\":0", await AssertJsonAnswerAsync(empty, """{"model":"seedream-5-0-260128","prompt":"x"}""", "no image made"));
    }

    [Fact]
    public async Task EveryEventOfAStream_MatchesTheEventSchema()
    {
        await using var harness = await EmulatorHarness.StartAsync(options =>
        {
            options.ModelArk.RejectedImageRate = 0.3;
            options.ModelArk.InternalErrorRate = 0.5;
        });
        var schema = await OpenApiSchemas.ModelArk.ForResponseAsync("post", Operation, 200, "text/event-stream");
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var format in new[] { "url", "b64_json" })
        {
            for (var i = 0; i < 4; i++)
            {
                await using var stream = await ArkCalls.StreamAsync(harness, $$"""{"model":"seedream-5-0-260128","prompt":"x{{i}}","sequential_image_generation":"auto","sequential_image_generation_options":{"max_images":6},"stream":true,"response_format":"{{format}}","tools":[{"type":"web_search"}]}""");
                foreach (var item in (await stream.RestAsync()).Where(e => !e.IsDone))
                {
                    OpenApiSchemas.AssertValid(schema, item.Data, $"the data of an {item.EventType} event");
                    Assert.Equal(item.EventType, (string?)JObject.Parse(item.Data)["type"]);
                    kinds.Add(item.EventType);
                }
            }
        }

        Assert.Equal(new[] { "image_generation.completed", "image_generation.partial_failed", "image_generation.partial_succeeded" }, kinds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Errors_MatchTheDocumentedAnswers_OrTheEnvelope()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        const string Valid = """{"model":"seedream-5-0-260128","prompt":"x"}""";

        await AssertErrorAsync(harness, 400, """{"model":"seedream-5-0-260128","prompt":"x","size":"1x1"}""", documented: true);
        await AssertErrorAsync(harness, 401, Valid, documented: true, apiKey: "sk-wrong");
        foreach (var (kind, status) in new[] { (FaultKind.RateLimited, 429), (FaultKind.ServerError, 500), (FaultKind.ServiceUnavailable, 503) })
        {
            harness.Emulator.Options.Faults.RateLimitRate = kind == FaultKind.RateLimited ? 1 : 0;
            harness.Emulator.Options.Faults.ServerErrorRate = kind == FaultKind.ServerError ? 1 : 0;
            harness.Emulator.Options.Faults.ServiceUnavailableRate = kind == FaultKind.ServiceUnavailable ? 1 : 0;
            await AssertErrorAsync(harness, status, Valid, documented: status != 503);
        }
    }

    [Fact]
    public async Task StrictSchema_RejectsAnUndocumentedPropertyName()
    {
        var schema = await OpenApiSchemas.ModelArk.ForResponseAsync("post", Operation, 200, "text/event-stream");

        var errors = schema.Validate("""{"type":"image_generation.partial_succeeded","image_index":0,"url":"https://x.example/0.jpeg","imageIndex":0}""");

        Assert.NotEmpty(errors);
    }

    private static async Task<string> AssertJsonAnswerAsync(EmulatorHarness harness, string body, string what)
    {
        var answer = await ArkCalls.PostAsync(harness, body);
        Assert.True(answer.Status == 200, $"{what}: {answer.Text}");
        Assert.Equal("application/json", answer.MediaType);
        OpenApiSchemas.AssertValid(await OpenApiSchemas.ModelArk.ForResponseAsync("post", Operation, 200), answer.Text, what);
        return answer.Text;
    }

    private static async Task AssertErrorAsync(EmulatorHarness harness, int status, string body, bool documented, string? apiKey = null)
    {
        var answer = await ArkCalls.PostAsync(harness, body, apiKey);
        Assert.True(answer.Status == status, $"expected {status}: {answer.Status} {answer.Text}");
        Assert.Equal("application/json", answer.MediaType);
        var schema = documented
            ? await OpenApiSchemas.ModelArk.ForResponseAsync("post", Operation, status)
            : await OpenApiSchemas.ModelArk.ForComponentAsync("ArkErrorEnvelope");
        OpenApiSchemas.AssertValid(schema, answer.Text, $"the {status} answer");
    }
}
