using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using Seedream.Hostile.Tests.Infrastructure;
using Seedream.Testing.Sockets;
using Xunit;

namespace Seedream.Hostile.Tests;

/// <summary>
/// The upstream images API's streamed answer from a misbehaving server: the events a user receives, the error that ends a
/// set early (with what arrived and what did not), and always exactly one POST on the wire.
/// </summary>
public class UpstreamStreamTests
{
    private const string Done = "data: [DONE]\n\n";

    [Fact]
    public async Task EventsSplitAcrossReads_AreEachYieldedWhole()
    {
        var stream = string.Concat(Succeeded(0), Succeeded(1), Completed(2), Done);
        var pieces = Enumerable.Range(0, (stream.Length + 6) / 7).Select(i => stream.Substring(i * 7, Math.Min(7, stream.Length - (i * 7)))).ToArray();
        using var server = new HostileServer(_ => Answer.EventStream(Delivery.Close, pieces));
        using var client = Upstream(server);

        var images = await ReadAllAsync(client, Request(2));

        Assert.Equal(new[] { 0, 1 }, images.Select(i => i.Index));
        Assert.All(images, image => Assert.True(image.Succeeded));
        Assert.Equal("2048x2048", images[0].PixelSize);
        var post = Assert.Single(server.Seen);
        Assert.Equal("/api/v3/images/generations", post.Path);
        Assert.Contains("text/event-stream", post.Header("accept"));
        Assert.Contains("\"stream\":true", post.Body);
        Assert.Contains("\"model\":\"seedream-4-5-251128\"", post.Body);
        Assert.Contains("\"sequential_image_generation\":\"auto\"", post.Body);
        Assert.Contains("\"max_images\":2", post.Body);
        Assert.Contains("\"size\":\"2848x1600\"", post.Body);
    }

    [Fact]
    public async Task CrlfLines_Comments_AndDataOverSeveralLines_AreReadBySpecification()
    {
        var pretty = "event: image_generation.partial_succeeded\r\n: a comment\r\ndata: {\r\ndata:   \"type\": \"image_generation.partial_succeeded\",\r\ndata:   \"image_index\": 0,\r\ndata:   \"url\": \"https://img.example/0.jpeg\",\r\ndata:   \"size\": \"2848x1600\"\r\ndata: }\r\n\r\n";
        using var server = new HostileServer(_ => Answer.EventStream(Delivery.Close, ": keep-alive\r\n\r\n", pretty, Completed(1).Replace("\n", "\r\n"), "data: [DONE]\r\n\r\n"));
        using var client = Upstream(server);

        var image = Assert.Single(await ReadAllAsync(client, Request(1)));

        Assert.Equal("2848x1600", image.PixelSize);
        Assert.Equal(new Uri("https://img.example/0.jpeg"), image.Url);
        Assert.Equal(1, server.Creates);
    }

    [Fact]
    public async Task PartialFailed_ThenMoreImages_YieldsTheFailedItemAndGoesOn()
    {
        using var server = new HostileServer(_ => Answer.EventStream(Delivery.Close, Succeeded(0), Failed(1, "OutputImageSensitiveContentDetected"), Succeeded(2), Completed(2), Done));
        using var client = Upstream(server);

        var images = await ReadAllAsync(client, Request(3));

        Assert.Equal(new[] { 0, 1, 2 }, images.Select(i => i.Index));
        Assert.False(images[1].Succeeded);
        Assert.Equal("OutputImageSensitiveContentDetected", images[1].Error!.Code);
        Assert.True(images[2].Succeeded);
        Assert.Equal(1, server.Creates);
    }

    [Fact]
    public async Task StreamCutMidEvent_EndsWithTheImagesReceived_AndNamesTheMissing()
    {
        var second = Succeeded(1);
        using var server = new HostileServer(_ => Answer.EventStream(Delivery.Close, Succeeded(0), second.Substring(0, second.Length / 2)));
        using var client = Upstream(server);

        var error = await IncompleteAsync(client, Request(3));

        Assert.Equal(SeedreamErrorKind.InvalidResponse, error.Kind);
        Assert.Equal(new[] { 0 }, error.ReceivedImages.Select(i => i.Index));
        Assert.Equal(new[] { 1, 2 }, error.MissingIndexes);
        Assert.True(error.MayHaveCreatedTask);
        Assert.Contains("1, 2", error.Message);
        Assert.Equal(1, server.Creates);
    }

    [Fact]
    public async Task ConnectionResetMidStream_IsANetworkFailure_WithTheImagesReceived()
    {
        using var server = new HostileServer(_ => Answer.EventStream(Delivery.Reset, Succeeded(0)));
        using var client = Upstream(server);

        var error = await IncompleteAsync(client, Request(2));

        Assert.Contains(error.Kind, new[] { SeedreamErrorKind.Network, SeedreamErrorKind.InvalidResponse });
        Assert.Equal(new[] { 0 }, error.ReceivedImages.Select(i => i.Index));
        Assert.Equal(new[] { 1 }, error.MissingIndexes);
        Assert.Equal(1, server.Creates);
    }

    [Fact]
    public async Task StallBetweenEvents_EndsAtTheIdleLimit_AsARequestTimeout()
    {
        using var server = new HostileServer(_ => Answer.EventStream(Delivery.Stall, Succeeded(0)));
        using var client = Upstream(server);
        var clock = Stopwatch.StartNew();

        var error = await IncompleteAsync(client, Request(2));

        Assert.Equal(SeedreamErrorKind.RequestTimeout, error.Kind);
        Assert.Equal(new[] { 0 }, error.ReceivedImages.Select(i => i.Index));
        Assert.False(CallBounds.Overran(clock.Elapsed, Clients.RequestTimeout * 2), $"The stall ended after {clock.Elapsed.TotalSeconds:0.0} s.");
        Assert.Equal(1, server.Creates);
    }

    [Theory]
    [InlineData("InternalServiceError", SeedreamErrorKind.Server)]
    [InlineData("ModelAccountIpmRateLimitExceeded", SeedreamErrorKind.RateLimited)]
    [InlineData("OutputImageSensitiveContentDetected", SeedreamErrorKind.InvalidRequest)]
    public async Task ErrorEventMidStream_IsTypedByItsCode(string code, SeedreamErrorKind kind)
    {
        using var server = new HostileServer(_ => Answer.EventStream(Delivery.Close, Succeeded(0), "data: {\"error\":{\"code\":\"" + code + "\",\"message\":\"stopped\"}}\n\n", Done));
        using var client = Upstream(server);

        var error = await IncompleteAsync(client, Request(3));

        Assert.Equal(kind, error.Kind);
        Assert.Equal(code, error.ApiCode);
        Assert.Equal(new[] { 1, 2 }, error.MissingIndexes);
        Assert.Equal(1, server.Creates);
    }

    [Fact]
    public async Task DoneWithoutCompleted_BeforeEveryImage_IsIncomplete()
    {
        using var server = new HostileServer(_ => Answer.EventStream(Delivery.Close, Succeeded(0), Succeeded(1), Done));
        using var client = Upstream(server);

        var error = await IncompleteAsync(client, Request(3));

        Assert.Equal(SeedreamErrorKind.InvalidResponse, error.Kind);
        Assert.Equal(new[] { 2 }, error.MissingIndexes);
        Assert.Equal(1, server.Creates);
    }

    [Fact]
    public async Task NoCompletedAndNoDone_IsIncomplete_EvenWithEveryImage()
    {
        using var server = new HostileServer(_ => Answer.EventStream(Delivery.Close, Succeeded(0)));
        using var client = Upstream(server);

        var error = await IncompleteAsync(client, Request(1));

        Assert.Equal(SeedreamErrorKind.InvalidResponse, error.Kind);
        Assert.Single(error.ReceivedImages);
        Assert.Empty(error.MissingIndexes);
        Assert.Equal(1, server.Creates);
    }

    [Theory]
    [InlineData(200, "text/html", "<html><body>Welcome to the proxy</body></html>")]
    [InlineData(500, "application/json", "{\"error\":{\"code\":\"InternalServiceError\",\"message\":\"boom\"}}")]
    [InlineData(502, "text/html", "<html>bad gateway</html>")]
    public async Task AnswerThatMayHaveMadeImages_IsSentOnce_AndSaysSo(int status, string contentType, string body)
    {
        using var server = new HostileServer(_ => Answer.Full(status, body, contentType));
        using var client = Upstream(server);

        var error = await Assert.ThrowsAnyAsync<SeedreamException>(() => ReadAllAsync(client, Request(2)));

        Assert.True(error.MayHaveCreatedTask);
        Assert.Equal(status, error.StatusCode);
        Assert.Equal(1, server.Creates);
    }

    [Fact]
    public async Task RateLimited_MadeNothing_SoIsSentAgain()
    {
        var answers = 0;
        using var server = new HostileServer(_ => ++answers == 1
            ? Answer.Json(429, "{\"error\":{\"code\":\"ModelAccountIpmRateLimitExceeded\",\"message\":\"slow down\"}}").CreatingNothing()
            : Answer.EventStream(Delivery.Close, Succeeded(0), Completed(1), Done));
        using var client = Upstream(server);

        var image = Assert.Single(await ReadAllAsync(client, Request(1)));

        Assert.True(image.Succeeded);
        Assert.Equal(2, server.Creates);
        Assert.Equal(0, server.UnsafeResends);
    }

    [Fact]
    public async Task Generate_NotStreaming_ReportsFailedItems_FewerImagesThanAsked_AndUsage()
    {
        const string answer = "{\"model\":\"seedream-4-5-251128\",\"created\":1760000000,\"data\":[{\"url\":\"https://img.example/0.jpeg\",\"size\":\"2848x1600\"},{\"error\":{\"code\":\"InternalServiceError\",\"message\":\"stopped\"}}],\"usage\":{\"generated_images\":1,\"output_tokens\":16384,\"total_tokens\":16384}}";
        using var server = new HostileServer(_ => Answer.Json(200, answer));
        using var client = Upstream(server);

        var result = await client.GenerateAsync(Request(4));

        Assert.Equal(4, result.RequestedImages);
        Assert.Equal(2, result.Images.Count);
        Assert.Equal("InternalServiceError", Assert.Single(result.FailedImages).Error!.Code);
        Assert.Equal(1, result.Usage!.GeneratedImages);
        Assert.Equal(16384, result.Usage.TotalTokens);
        Assert.StartsWith("gen-", result.TaskId, StringComparison.Ordinal);
        Assert.DoesNotContain("\"stream\"", Assert.Single(server.Seen).Body);
    }

    private static SeedreamClient Upstream(HostileServer server) => Clients.For(server, options =>
    {
        options.Host = SeedreamHost.ModelArk;
        options.BaseUrl = server.Url("api/v3/");
        options.SyncRequestTimeout = Clients.RequestTimeout;
    });

    private static SeedreamRequest Request(int images)
    {
        var builder = SeedreamRequest.ForModel("seedream-4.5").Prompt("a lighthouse at dusk").Size("16:9").Resolution("2K");
        return (images > 1 ? builder.ImageCount(images) : builder).Build();
    }

    private static async Task<List<SeedreamImage>> ReadAllAsync(SeedreamClient client, SeedreamRequest request)
    {
        var images = new List<SeedreamImage>();
        await foreach (var image in client.GenerateImagesAsync(request))
        {
            images.Add(image);
        }

        return images;
    }

    private static Task<SeedreamIncompleteImageSetException> IncompleteAsync(SeedreamClient client, SeedreamRequest request) =>
        Clients.ThrowsWithinAsync<SeedreamIncompleteImageSetException>(Clients.RequestTimeout * 3, () => ReadAllAsync(client, request));

    private static string Event(string type, string json) => $"event: {type}\ndata: {json}\n\n";

    private static string Succeeded(int index) => Event(
        "image_generation.partial_succeeded",
        $"{{\"type\":\"image_generation.partial_succeeded\",\"model\":\"seedream-4-5-251128\",\"created\":1760000000,\"image_index\":{index},\"url\":\"https://img.example/{index}.jpeg\",\"size\":\"2048x2048\"}}");

    private static string Failed(int index, string code) => Event(
        "image_generation.partial_failed",
        $"{{\"type\":\"image_generation.partial_failed\",\"model\":\"seedream-4-5-251128\",\"created\":1760000000,\"image_index\":{index},\"error\":{{\"code\":\"{code}\",\"message\":\"refused\"}}}}");

    private static string Completed(int images) => Event(
        "image_generation.completed",
        $"{{\"type\":\"image_generation.completed\",\"model\":\"seedream-4-5-251128\",\"created\":1760000000,\"usage\":{{\"generated_images\":{images},\"output_tokens\":{images * 16384},\"total_tokens\":{images * 16384}}}}}");
}
