using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Seedream.Testing;
using Seedream.Transport;
using Seedream.Transport.ModelArk;
using Xunit;

namespace Seedream.Contract.Tests;

/// <summary>The upstream images API's generated transport reads every variant the sources document, and writes requests with the wire's names.</summary>
public class ModelArkTransportDtoTests
{
    private const string BytePlusBase = "https://ark.ap-southeast.bytepluses.com/api/v3/";

    [Fact]
    public async Task OneImage_IsReadWithItsLinkSizeAndUsage()
    {
        var answer = await GenerateThroughClientAsync("""{"model":"seedream-5-0-260128","created":1775285172,"data":[{"url":"https://images.example/ark/0.jpeg","size":"2848x1600"}],"usage":{"generated_images":1,"output_tokens":16224,"total_tokens":16224}}""");

        var image = Assert.Single(answer.Data!);
        Assert.Equal("https://images.example/ark/0.jpeg", image.Url);
        Assert.Equal("2848x1600", image.Size);
        Assert.Null(image.Error);
        Assert.Equal(1, answer.Usage!.Generated_images);
        Assert.Equal(16224, answer.Usage.Total_tokens);
        Assert.Null(answer.Error);
    }

    [Theory]
    [InlineData("created", 1775285172L)]
    [InlineData("created_at", 1775285172L)]
    [InlineData("created", 1775285172000L)]
    [InlineData("created_at", 1775285172000L)]
    public async Task CreatedOrCreatedAt_InSecondsOrMilliseconds_AreTheSameInstant(string name, long value)
    {
        var answer = await GenerateThroughClientAsync($$"""{"model":"m","{{name}}":{{value}},"data":[]}""");

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1775285172), answer.CreatedAt);
    }

    [Theory]
    [InlineData("tools")]
    [InlineData("tool")]
    public async Task EchoedTools_AreReadUnderEitherName(string name)
    {
        var answer = await GenerateThroughClientAsync($$"""{"data":[],"{{name}}":[{"type":"web_search"}]}""");

        Assert.Equal("web_search", Assert.Single(answer.EchoedTools!).Type);
    }

    [Fact]
    public async Task Base64Image_IsReadWithoutALink()
    {
        var answer = await GenerateThroughClientAsync("""{"data":[{"b64_json":"iVBORw0KGgo=","size":"2048x2048"}]}""");

        var image = Assert.Single(answer.Data!);
        Assert.Null(image.Url);
        Assert.Equal("iVBORw0KGgo=", image.B64_json);
    }

    [Fact]
    public async Task ASetWithAFailedImage_KeepsTheGoodImagesAndTypesTheFailure()
    {
        // The shape seen live: two images, then the error of the third.
        var answer = await GenerateThroughClientAsync("""{"model":"seedream-4-5-251128","created":1775285172,"data":[{"url":"https://images.example/ark/0.jpeg","size":"2048x2048"},{"url":"https://images.example/ark/1.jpeg","size":"2048x2048"},{"error":{"code":"InternalServiceError","message":"The service encountered an unexpected internal error."}}],"usage":{"generated_images":2,"output_tokens":32768,"total_tokens":32768}}""");

        Assert.Equal(new[] { true, true, false }, answer.Data!.Select(item => item.Url is not null));
        Assert.Equal("InternalServiceError", answer.Data![2].Error!.Code);
        Assert.Equal(2, answer.Usage!.Generated_images);
        Assert.Null(answer.Error);
    }

    [Fact]
    public async Task NoImageMade_CarriesTheTopLevelError()
    {
        var answer = await GenerateThroughClientAsync("""{"data":[],"error":{"code":"OutputImageSensitiveContentDetected","message":"The generated image may contain sensitive content."},"surprise":{"new":"field"}}""");

        Assert.Equal("OutputImageSensitiveContentDetected", answer.Error!.Code);
        Assert.Empty(answer.Data!);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, """{"error":{"code":"InvalidParameter","message":"The parameter `size` specified in the request is not valid.","param":"size","type":"BadRequest"}}""", "InvalidParameter", "size")]
    [InlineData(HttpStatusCode.TooManyRequests, """{"error":{"code":"ModelAccountIpmRateLimitExceeded","message":"slow down"}}""", "ModelAccountIpmRateLimitExceeded", null)]
    [InlineData(HttpStatusCode.InternalServerError, """{"error":{"code":"InternalServiceError","message":"oops"}}""", "InternalServiceError", null)]
    public async Task ErrorEnvelope_IsReadWithItsStatusCodeAndParam(HttpStatusCode status, string body, string code, string? param)
    {
        using var handler = new StubHandler(status, body);
        var client = new ModelArkImagesClient(new HttpClient(handler) { BaseAddress = new Uri(BytePlusBase) });

        var error = await Assert.ThrowsAsync<SeedreamApiException<ArkErrorEnvelope>>(() => client.GenerateImagesAsync(null, new ImageGenerationRequest { Model = "m", Prompt = "p" }, CancellationToken.None));

        Assert.Equal((int)status, error.StatusCode);
        Assert.Equal(code, error.Result.Error.Code);
        Assert.Equal(param, error.Result.Error.Param);
    }

    [Fact]
    public async Task Request_IsPostedToImagesGenerations_WithOnlyTheFieldsSet_AndExtrasAtTheTopLevel()
    {
        using var handler = new StubHandler(HttpStatusCode.OK, """{"data":[]}""");
        var client = new ModelArkImagesClient(new HttpClient(handler) { BaseAddress = new Uri(BytePlusBase) });
        var request = new ImageGenerationRequest
        {
            Model = "seedream-5-0-260128",
            Prompt = "一只柴犬穿宇航服站在月球上",
            Size = "2848x1600",
            Sequential_image_generation = "auto",
            Sequential_image_generation_options = new SequentialImageGenerationOptions { Max_images = 4 },
            Watermark = false,
            Tools = new List<ImageGenerationTool> { new ImageGenerationTool { Type = "web_search" } },
        };
        request.AdditionalProperties["future_option"] = "on";

        await client.GenerateImagesAsync("req-1", request, CancellationToken.None);

        Assert.Equal(BytePlusBase + "images/generations", handler.LastRequestUri!.ToString());
        Assert.Equal(new[] { "req-1" }, handler.LastRequestHeaders!.GetValues("X-Client-Request-Id"));
        Assert.Equal(
            """{"model":"seedream-5-0-260128","prompt":"一只柴犬穿宇航服站在月球上","size":"2848x1600","sequential_image_generation":"auto","sequential_image_generation_options":{"max_images":4},"watermark":false,"tools":[{"type":"web_search"}],"future_option":"on"}""",
            handler.LastRequestBody);
    }

    [Theory]
    [InlineData(new[] { "https://images.example/a.png" }, "\"https://images.example/a.png\"")]
    [InlineData(new[] { "https://images.example/a.png", "data:image/png;base64,iVBORw0KGgo=" }, "[\"https://images.example/a.png\",\"data:image/png;base64,iVBORw0KGgo=\"]")]
    public void ReferenceImages_OneIsWrittenAsAString_SeveralAsAnArray_AndBothFormsRead(string[] images, string written)
    {
        var settings = ModelArkJson.CreateSettings();
        var json = JsonConvert.SerializeObject(new ImageGenerationRequest { Model = "m", Prompt = "p", Image = images.ToList() }, settings);

        Assert.Equal($$"""{"model":"m","prompt":"p","image":{{written}}}""", json);
        Assert.Equal(images, JsonConvert.DeserializeObject<ImageGenerationRequest>(json, settings)!.Image);
    }

    [Fact]
    public void PartialSucceeded_IsReadWithItsIndexLinkAndSize()
    {
        var read = ImageStreamEvents.Read(ImageStreamEvents.PartialSucceeded, """{"type":"image_generation.partial_succeeded","model":"seedream-5-0-260128","created":1775285172,"image_index":2,"url":"https://images.example/ark/2.jpeg","size":"2848x1600"}""");

        var image = Assert.IsType<ImagePartialSucceededEvent>(read);
        Assert.Equal((2, "https://images.example/ark/2.jpeg", "2848x1600"), (image.Image_index, image.Url, image.Size));
    }

    [Fact]
    public void PartialFailed_IsReadWithItsIndexAndError()
    {
        var read = ImageStreamEvents.Read(ImageStreamEvents.PartialFailed, """{"type":"image_generation.partial_failed","image_index":1,"error":{"code":"OutputImageSensitiveContentDetected","message":"m"}}""");

        var failed = Assert.IsType<ImagePartialFailedEvent>(read);
        Assert.Equal((1, "OutputImageSensitiveContentDetected"), (failed.Image_index, failed.Error.Code));
    }

    [Fact]
    public void Completed_IsReadWithItsUsage()
    {
        var read = ImageStreamEvents.Read(ImageStreamEvents.Completed, """{"type":"image_generation.completed","usage":{"generated_images":3,"output_tokens":48672,"total_tokens":48672,"tool_usage":{"web_search":1}}}""");

        var completed = Assert.IsType<ImageGenerationCompletedEvent>(read);
        Assert.Equal(3, completed.Usage!.Generated_images);
        Assert.Equal(1, (int)((JObject)completed.Usage.Tool_usage!)["web_search"]!);
    }

    [Fact]
    public void AnErrorWithoutType_IsTheErrorOnlyEvent()
    {
        var read = ImageStreamEvents.Read("message", """{"error":{"code":"InternalServiceError","message":"m"}}""");

        Assert.Equal("InternalServiceError", Assert.IsType<StreamErrorEvent>(read).Error.Code);
    }

    [Fact]
    public void DataWithoutType_TakesItsKindFromTheEventLine()
    {
        var read = ImageStreamEvents.Read(ImageStreamEvents.PartialSucceeded, """{"image_index":0,"url":"https://images.example/ark/0.jpeg"}""");

        Assert.Equal(ImageStreamEvents.PartialSucceeded, Assert.IsType<ImagePartialSucceededEvent>(read).Type);
    }

    [Theory]
    [InlineData("image_generation.partial_image", """{"type":"image_generation.partial_image","b64_json":"AAAA"}""")]
    [InlineData("message", """{"hello":"world"}""")]
    public void AnEventOfAnotherKind_IsNotOneToRead(string eventType, string data) => Assert.Null(ImageStreamEvents.Read(eventType, data));

    [Theory]
    [InlineData("")]
    [InlineData("[DONE]")]
    [InlineData("[1,2]")]
    [InlineData("{\"type\":")]
    [InlineData("{\"type\":\"image_generation.partial_failed\"}")]
    [InlineData("{\"type\":\"image_generation.completed\"} {}")]
    public void UnreadableData_IsAJsonException(string data) =>
        Assert.ThrowsAny<JsonException>(() => ImageStreamEvents.Read("message", data));

    /// <summary>Every example in the contract is read by the transport type of its place, and requests write back as they were.</summary>
    [Fact]
    public void EveryExampleOfTheContract_IsReadByItsTransportType()
    {
        var spec = JObject.Parse(File.ReadAllText(RepositoryPaths.Spec("modelark-images.openapi.json")));
        var operation = spec.SelectToken("paths./images/generations.post")!;
        var settings = ModelArkJson.CreateSettings();
        var read = 0;

        foreach (var example in Examples(spec, operation.SelectToken("requestBody.content.['application/json'].examples")!))
        {
            var request = JsonConvert.DeserializeObject<ImageGenerationRequest>(example.ToString(), settings)!;
            Assert.True(JToken.DeepEquals(example, JToken.Parse(JsonConvert.SerializeObject(request, settings))), example.ToString());
            read++;
        }

        foreach (var example in Examples(spec, operation.SelectToken("responses.200.content.['application/json'].examples")!))
        {
            var answer = JsonConvert.DeserializeObject<ImageGenerationResponse>(example.ToString(), settings)!;
            Assert.NotNull(answer.Data);
            Assert.NotNull(answer.CreatedAt);
            read++;
        }

        foreach (var example in Examples(spec, operation.SelectToken("responses.200.content.['text/event-stream'].examples")!))
        {
            Assert.NotNull(ImageStreamEvents.Read("message", example.ToString()));
            read++;
        }

        foreach (var response in spec.SelectToken("components.responses")!.Children<JProperty>())
        {
            foreach (var example in Examples(spec, response.Value.SelectToken("content.['application/json'].examples")!))
            {
                Assert.NotNull(JsonConvert.DeserializeObject<ArkErrorEnvelope>(example.ToString(), settings)!.Error.Message);
                read++;
            }
        }

        Assert.Equal(spec.SelectToken("components.examples")!.Count() + spec.SelectTokens("components.responses.*.content.['application/json'].examples.*").Count(), read);
    }

    private static IEnumerable<JToken> Examples(JObject spec, JToken examples) =>
        examples.Children<JProperty>().Select(example =>
            example.Value["$ref"] is { } reference
                ? spec.SelectToken(((string)reference!).TrimStart('#', '/').Replace('/', '.'))!["value"]!
                : example.Value["value"]!);

    private static async Task<ImageGenerationResponse> GenerateThroughClientAsync(string body)
    {
        using var handler = new StubHandler(HttpStatusCode.OK, body);
        var client = new ModelArkImagesClient(new HttpClient(handler) { BaseAddress = new Uri(BytePlusBase) });
        return await client.GenerateImagesAsync(null, new ImageGenerationRequest { Model = "seedream-5-0-260128", Prompt = "p" }, CancellationToken.None);
    }
}
