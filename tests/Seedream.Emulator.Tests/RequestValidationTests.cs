using System;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using Xunit;

namespace Seedream.Emulator.Tests;

public class RequestValidationTests
{
    private static readonly string FifteenImages = "[" + string.Join(",", Enumerable.Range(0, 15).Select(i => $"\"https://img.example/{i}.png\"")) + "]";
    private static readonly string ThreeImages = """["https://img.example/a.png","https://img.example/b.png","https://img.example/c.png"]""";

    public static TheoryData<string, string[]> BadRequests() => new()
    {
        { """{"model":"seedream-9","prompt":"x"}""", new[] { "model 'seedream-9' is not known; known models: ", "seedream-5.0", "seedream-4.5", "seedream-4.0" } },
        { """{"prompt":"x"}""", new[] { "model is required; known models: ", "seedream-5.0" } },
        { """{"model":"seedream-5.0"}""", new[] { "prompt is required" } },
        { """{"model":"seedream-4.5","prompt":"x","size":"4:5"}""", new[] { "size '4:5' is not supported by seedream-4.5", "allowed: 1:1, 2:3, 3:2, 3:4, 4:3, 9:16, 16:9, 21:9" } },
        { """{"model":"seedream-5.0","prompt":"x","resolution":"4K"}""", new[] { "resolution '4K' is not supported by seedream-5.0", "allowed: 2K, 3K" } },
        { """{"model":"seedream-4.5","prompt":"x","extra":{"tools":[{"type":"web_search"}]}}""", new[] { "extra.tools is not supported by seedream-4.5", "supported by seedream-5.0", "its extras: response_format, optimize_prompt_options.mode" } },
        { """{"model":"seedream-5.0","prompt":"x","extra":{"seed":42}}""", new[] { "extra.seed is not supported by seedream-5.0", "its extras: output_format" } },
        { """{"model":"seedream-5.0","prompt":"x","extra":{"output_format":"gif"}}""", new[] { "extra.output_format 'gif' is not supported by seedream-5.0", "allowed: png, jpeg" } },
        { """{"model":"seedream-5.0","prompt":"x","extra":{"optimize_prompt_options":{"mode":"fast"}}}""", new[] { "extra.optimize_prompt_options.mode 'fast' is not supported by seedream-5.0", "allowed: standard" } },
        { """{"model":"seedream-5.0","prompt":"x","extra":{"tools":[{"type":"code_interpreter"}]}}""", new[] { "extra.tools item 'code_interpreter' is not a tool seedream-5.0 supports", "allowed tool types: web_search" } },
        { """{"model":"seedream-5.0","prompt":"x","extra":{"stream":"yes"}}""", new[] { "extra.stream must be true or false; it is 'yes'" } },
        { """{"model":"seedream-4.0","prompt":"x","extra":{"guidance_scale":11}}""", new[] { "extra.guidance_scale is 11, but seedream-4.0 accepts a number from 1 to 10" } },
        { """{"model":"seedream-4.0","prompt":"x","extra":{"guidance_scale":"high"}}""", new[] { "extra.guidance_scale is 'high'", "a number from 1 to 10" } },
        { """{"model":"seedream-5.0","prompt":"x","image_urls":""" + FifteenImages + "}", new[] { "15 reference images are given, but seedream-5.0 accepts at most 14" } },
        { """{"model":"seedream-5.0","prompt":"x","image_urls":["not a url"]}""", new[] { "image_urls[0] 'not a url' is not an absolute URL" } },
        { """{"model":"seedream-5.0","prompt":"x","n":0}""", new[] { "The image count (n) is 0; it must be 1 or more" } },
        { """{"model":"seedream-5.0","prompt":"x","n":"2"}""", new[] { "n must be a whole number of 1 or more; it is 2" } },
        { """{"model":"seedream-5.0","prompt":"x","n":13,"image_urls":""" + ThreeImages + "}", new[] { "3 reference images + 13 generated images = 16, but seedream-5.0 allows at most 15 in image-set mode", "n may be at most 12" } },
        { """{"model":"seedream-5.0","prompt":"x","watermark":"no"}""", new[] { "watermark must be true or false; it is no" } },
        { """{"model":"seedream-5.0","prompt":"x","callback_url":"ftp://hooks.example/x"}""", new[] { "The callback URL \"ftp://hooks.example/x\" is not an absolute http or https URL" } },
        { """{"model":"seedream-5.0","prompt":"x","action":"edit"}""", new[] { "action 'edit' is not supported; allowed: generate" } },
        { """{"model":"seedream-5.0","prompt":"x","extra":[]}""", new[] { "extra must be a JSON object of model options; it is []" } },
        { """{"model":"seedream-5.0","prompt":""", new[] { "The request body is not valid JSON" } },
        { """{"model":"seedream-5.0","prompt":"x"} trailing""", new[] { "The request body is not valid JSON", "after a single JSON value" } },
        { """{"model":"seedream-5.0","prompt":"x"}{"model":"seedream-5.0","prompt":"y"}""", new[] { "The request body is not valid JSON", "after a single JSON value" } },
        { """{'model':'seedream-5.0','prompt':'x'}""", new[] { "The request body is not valid JSON" } },
        { """{model:"seedream-5.0",prompt:"x"}""", new[] { "The request body is not valid JSON" } },
        { """{"model":"seedream-5.0","prompt":"x",}""", new[] { "The request body is not valid JSON" } },
        { """{"model":"seedream-5.0",/* a comment */"prompt":"x"}""", new[] { "The request body is not valid JSON" } },
        { """{"model":"seedream-4.0","prompt":"x","extra":{"guidance_scale":NaN}}""", new[] { "The request body is not valid JSON" } },
        { """{"model":"seedream-5.0","prompt":"x","callback_url":"http://127.0.0.1/""" + new string('a', 2100) + "\"}", new[] { "callback_url has 2117 characters; the most accepted is 2048" } },
        { "[1,2]", new[] { "must be a JSON object, got an array" } },
        { "  ", new[] { "The request body is empty" } },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task CreateTask_WithABadRequest_Answers400NamingTheParameterAndWhatIsAllowed_AndCreatesNothing(string body, string[] expectedFragments)
    {
        await using var harness = await EmulatorHarness.StartAsync();

        var (status, answer) = await harness.PostAsync("v1/tasks", body);

        Assert.Equal(400, status);
        Assert.Equal("invalid_request", (string)answer["error"]!["code"]!);
        var message = (string)answer["error"]!["message"]!;
        foreach (var fragment in expectedFragments)
        {
            Assert.Contains(fragment, message);
        }

        Assert.Equal(0, harness.Counters.TasksCreated);
        Assert.Equal(1, harness.Counters.Rejected);
    }

    [Fact]
    public async Task CreateTask_WithABodyThatIsNotUtf8_Answers400NamingTheByte_AndCreatesNothing()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var body = Encoding.UTF8.GetBytes("""{"model":"seedream-5.0","prompt":"caf?"}""");
        body[Array.IndexOf(body, (byte)'?')] = 0xE9; // é in Latin-1, not UTF-8

        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await harness.Http.PostAsync("v1/tasks", content);
        var answer = JObject.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal("invalid_request", (string?)answer["error"]?["code"]);
        Assert.Contains("not UTF-8: the byte at offset 37 (0xE9)", (string?)answer["error"]?["message"]);
        Assert.Equal(0, harness.Counters.TasksCreated);
    }

    [Fact]
    public async Task SeveralProblems_AreAllReportedInOneAnswer()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        var (status, answer) = await harness.PostAsync("v1/tasks", """{"model":"seedream-4.5","prompt":"x","size":"4:5","resolution":"3K"}""");

        Assert.Equal(400, status);
        Assert.Contains("size '4:5'", (string)answer["error"]!["message"]!);
        Assert.Contains("resolution '3K' is not supported by seedream-4.5; allowed: 2K, 4K", (string)answer["error"]!["message"]!);
    }

    [Fact]
    public async Task SyncEndpoint_ValidatesTheSameWay_AndAddsTheErrorType()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        var (status, answer) = await harness.PostAsync("v1/tasks/sync", """{"model":"seedream-5.0","prompt":"x","resolution":"4K"}""");

        Assert.Equal(400, status);
        Assert.Equal("invalid_request_error", (string)answer["error"]!["type"]!);
        Assert.Contains("allowed: 2K, 3K", (string)answer["error"]!["message"]!);
    }

    [Theory]
    [InlineData("""{"model":"seedream-5.0","prompt":"x","size":"4:5","resolution":"3K","n":2,"extra":{"output_format":"png","response_format":"url","stream":true,"optimize_prompt_options":{"mode":"standard"},"tools":[{"type":"web_search"}]}}""")]
    [InlineData("""{"model":"seedream-4.5","prompt":"x","size":"21:9","resolution":"4K","extra":{"response_format":"b64_json"}}""")]
    [InlineData("""{"model":"seedream-4.0","prompt":"x","resolution":"1K","extra":{"guidance_scale":7.5,"optimize_prompt_options":{"mode":"fast"}},"unknown_top_level":"ignored"}""")]
    [InlineData("""{"model":"seedream-5.0","prompt":"2026-01-01T00:00:00Z","n":1,"image_urls":["https://img.example/1.png","https://img.example/2.png","https://img.example/3.png","https://img.example/4.png","https://img.example/5.png","https://img.example/6.png","https://img.example/7.png","https://img.example/8.png","https://img.example/9.png","https://img.example/10.png","https://img.example/11.png","https://img.example/12.png","https://img.example/13.png","https://img.example/14.png"]}""")]
    public async Task CreateTask_WithWhatTheModelSupports_IsAccepted(string body)
    {
        await using var harness = await EmulatorHarness.StartAsync();

        var (status, answer) = await harness.PostAsync("v1/tasks", body);

        Assert.True(status == 200, answer.ToString());
        Assert.Equal("queued", (string)answer["status"]!);
    }

    [Fact]
    public async Task CreateTask_WhenTheQuotaRunsOut_Answers402AndCreatesNothing()
    {
        await using var harness = await EmulatorHarness.StartAsync(options => options.Quota = 3);

        var (first, _) = await harness.PostAsync("v1/tasks", """{"model":"seedream-5.0","prompt":"x","n":2}""");
        var (second, answer) = await harness.PostAsync("v1/tasks", """{"model":"seedream-5.0","prompt":"x","n":2}""");
        var (third, _) = await harness.PostAsync("v1/tasks", """{"model":"seedream-5.0","prompt":"x"}""");

        Assert.Equal((200, 402, 200), (first, second, third));
        Assert.Equal("insufficient_quota", (string)answer["error"]!["code"]!);
        Assert.Contains("costs 2 image(s) and the quota has 1 left", (string)answer["error"]!["message"]!);
        Assert.Equal(2, harness.Counters.TasksCreated);
    }
}
