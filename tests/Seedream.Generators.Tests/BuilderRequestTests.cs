using System;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Seedream.Models;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace Seedream.Generators.Tests;

/// <summary>
/// Requests written with the generated builders (compiled into this test assembly from the shipped
/// tables, as in a user's project) serialize to what the API expects.
/// </summary>
public sealed class BuilderRequestTests
{
    private const string SeedBody = """
        {
        "model": "seedream-5.0",
        "action": "generate",
        "prompt": "一只柴犬穿宇航服站在月球上",
        "size": "16:9",
        "resolution": "2K",
        "watermark": false
        }
        """;

    [Fact]
    public void SeedExample_WrittenWithTheBuilder_SerializesToTheSeedBody()
    {
        var request = Seedream50.Generate("一只柴犬穿宇航服站在月球上")
            .Size(Seedream50Size.Ratio16x9)
            .Resolution(Seedream50Resolution.Res2K)
            .Watermark(false)
            .Build();

        Assert.Equal(JToken.Parse(SeedBody).ToString(Formatting.None), Serialize(request));
    }

    [Fact]
    public void Seedream50Extras_AreWrittenUnderTheirUpstreamKeys()
    {
        var request = Seedream50.Generate("a cat")
            .OutputFormat(Seedream50OutputFormat.Png)
            .ResponseFormat(Seedream50ResponseFormat.B64Json)
            .Stream(true)
            .PromptOptimization(Seedream50PromptOptimization.Standard)
            .WebSearch()
            .Build();

        var extra = JObject.Parse(Serialize(request))["extra"];
        var expected = JObject.Parse("""
            {"output_format":"png","response_format":"b64_json","stream":true,"optimize_prompt_options":{"mode":"standard"},"tools":[{"type":"web_search"}]}
            """);
        Assert.True(JToken.DeepEquals(expected, extra), extra?.ToString());
    }

    [Fact]
    public void Seedream40GuidanceScaleAndFastMode_AreWrittenUnderTheirUpstreamKeys()
    {
        var request = Seedream40.Generate("a cat")
            .GuidanceScale(2.5)
            .PromptOptimization(Seedream40PromptOptimization.Fast)
            .Resolution(Seedream40Resolution.Res1K)
            .Build();

        var body = JObject.Parse(Serialize(request));
        Assert.Equal("seedream-4.0", (string?)body["model"]);
        Assert.Equal("1K", (string?)body["resolution"]);
        Assert.True(JToken.DeepEquals(JObject.Parse("""{"guidance_scale":2.5,"optimize_prompt_options":{"mode":"fast"}}"""), body["extra"]), body.ToString());
    }

    [Fact]
    public void CommonParameters_AreWrittenUnderTheirWireNames()
    {
        var request = Seedream45.Generate("a cat")
            .ReferenceImages("https://example.com/a.png", "https://example.com/b.png")
            .ReferenceImage("https://example.com/c.png")
            .ImageCount(3)
            .CallbackUrl("https://example.com/hook")
            .Build();

        var body = JObject.Parse(Serialize(request));
        Assert.Equal(new[] { "https://example.com/a.png", "https://example.com/b.png", "https://example.com/c.png" }, body["image_urls"]!.ToObject<string[]>());
        Assert.Equal(3, (int?)body["n"]);
        Assert.Equal("https://example.com/hook", (string?)body["callback_url"]);
        Assert.Null(body["extra"]);
        Assert.Null(body["watermark"]);
    }

    [Fact]
    public void GuidanceScaleOutOfRange_AtRunTime_ThrowsAndNamesTheRange()
    {
        var scale = 11.0;
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Seedream40.Generate("a cat").GuidanceScale(scale));
        Assert.Contains("seedream-4.0 accepts GuidanceScale only in [1, 10]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ImageSetAboveTheTotal_AtRunTime_FailsOnBuildWithBothCounts()
    {
        var count = 6;
        var builder = Seedream50.Generate("a cat").ReferenceImages(Urls(10)).ImageCount(count);
        var error = Assert.Throws<InvalidOperationException>(() => builder.Build());
        Assert.Contains("seedream-5.0 allows at most 15 reference images + generated images in image-set mode; this request has 10 + 6.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CallbackUrlNotHttp_AtRunTime_ThrowsAndQuotesTheUrl()
    {
        var url = "ftp://example.com/hook";
        var error = Assert.Throws<ArgumentException>(() => Seedream50.Generate("a cat").CallbackUrl(url));
        Assert.Contains("'ftp://example.com/hook' is not an absolute http or https URL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EntryType_ExposesItsTableAndId()
    {
        Assert.Equal("seedream-5.0", Seedream50.Id);
        Assert.Equal(new[] { "2K", "3K" }, Seedream50.Table.Resolutions);
        Assert.Contains(Seedream50.Table.Extras, extra => extra.Name == "WebSearch" && extra.Kind == SeedreamExtraKind.Tool && extra.Tool == "web_search");
    }

    private static string[] Urls(int count)
    {
        var urls = new string[count];
        for (var i = 0; i < count; i++)
        {
            urls[i] = $"https://example.com/{i}.png";
        }

        return urls;
    }

    /// <summary>The body the client sends for <paramref name="request"/> (the wire is internal to the client).</summary>
    private static string Serialize(SeedreamRequest request)
    {
        var handler = new CapturingHandler();
        using var client = new SeedreamClient(new SeedreamClientOptions { ApiKey = "sk-test", BaseUrl = new Uri("https://api.test/") }, handler);
        client.SubmitAsync(request).GetAwaiter().GetResult();
        return handler.Body!;
    }

    private sealed class CapturingHandler : HttpMessageHandler
    {
        public string? Body { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Body = await request.Content!.ReadAsStringAsync(cancellationToken);
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{\"task_id\":\"task-1\",\"status\":\"queued\"}", Encoding.UTF8, "application/json") };
        }
    }
}
