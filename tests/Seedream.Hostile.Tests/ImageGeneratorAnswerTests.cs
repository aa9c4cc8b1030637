using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using Seedream.Hostile.Tests.Infrastructure;
using Seedream.Testing.Sockets;
using Xunit;

namespace Seedream.Hostile.Tests;

/// <summary>
/// The Microsoft.Extensions.AI adapter keeps a billed result whole when one item is bad, states no media type it does not
/// know, and fetches images through the client's own download path (retries, size caps, type by bytes, redaction).
/// </summary>
public class ImageGeneratorAnswerTests
{
    private static readonly ImageGenerationOptions LinksAsPng = new() { ModelId = "seedream-5.0", MediaType = "image/png", ResponseFormat = ImageGenerationResponseFormat.Uri };

    [Fact]
    public async Task Generate_OneUndecodableAndOneNonHttpItem_BecomeErrorContent_AndTheGoodItemsAreKept()
    {
        var good = Convert.ToBase64String(Wire.Png);
        var images = "[{\"b64_json\":\"%%% not base64 %%%\"},{\"b64_json\":\"" + good + "\"},{\"url\":\"ftp://cdn.example/b.png\"},{\"url\":\"https://cdn.example/c.png\"}]";
        using var server = new HostileServer(_ => Answer.Json(200, Wire.Task("task-1", "completed", 100, ",\"result\":{\"images\":" + images + "}")));
        using var client = Clients.For(server);
        using var generator = new SeedreamImageGenerator(client);

        var response = await generator.GenerateAsync(new ImageGenerationRequest("a lighthouse at dusk"), LinksAsPng);

        Assert.Collection(
            response.Contents,
            item => Assert.Contains("Base64", Assert.IsType<ErrorContent>(item).Message),
            item => Assert.Equal(Wire.Png, Assert.IsType<DataContent>(item).Data.ToArray()),
            item => Assert.Contains("not an http(s) link", Assert.IsType<ErrorContent>(item).Message),
            item => Assert.Equal("https://cdn.example/c.png", Assert.IsType<UriContent>(item).Uri.ToString()));
    }

    [Fact]
    public async Task Generate_TaskIdAndErrorsEchoingTheKey_LeaveItOutOfEveryErrorContent()
    {
        var echoed = Wire.ApiKey.ToUpperInvariant();
        var images = "[{\"b64_json\":\"%%%\"},{\"url\":\"ftp://" + echoed + ".example/b.png\"},{\"error\":{\"code\":\"x\",\"message\":\"key " + echoed + "\"}},{\"url\":\"FILE\"}]";
        HostileServer? server = null;
        server = new HostileServer(request => request.Path.StartsWith("/files/", StringComparison.Ordinal)
            ? Answer.Full(404, "no such file: " + echoed, "text/plain")
            : Answer.Json(200, Wire.Task("task-" + echoed, "completed", 100, ",\"result\":{\"images\":" + images.Replace("FILE", server!.Url("files/" + echoed + ".png").ToString()) + "}")));
        using (server)
        {
            using var client = Clients.For(server);
            using var generator = new SeedreamImageGenerator(client);

            var response = await generator.GenerateImagesAsync("a lighthouse at dusk");

            Assert.Equal(4, response.Contents.Count);
            Assert.All(response.Contents, item => Assert.DoesNotContain(Wire.ApiKey, Assert.IsType<ErrorContent>(item).Message, StringComparison.OrdinalIgnoreCase));
            Assert.Single(server.Seen, r => r.Path.StartsWith("/files/", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("https://cdn.example/a.jpeg?sig=1", "image/jpeg")]
    [InlineData("https://cdn.example/a.webp", "image/webp")]
    [InlineData("https://cdn.example/download?id=7", "image/*")]
    public async Task Generate_Link_IsLabelledByWhatTheLinkSays_NotByTheMediaTypeAskedFor(string link, string mediaType)
    {
        using var server = new HostileServer(_ => Answer.Json(200, Wire.Completed("task-1", link)));
        using var client = Clients.For(server);
        using var generator = new SeedreamImageGenerator(client);

        var response = await generator.GenerateAsync(new ImageGenerationRequest("a lighthouse at dusk"), LinksAsPng);

        Assert.Equal(mediaType, Assert.IsType<UriContent>(Assert.Single(response.Contents)).MediaType);
    }

    [Fact]
    public async Task Generate_Base64BytesThatAreNoKnownImage_AreNotLabelledAsTheMediaTypeAskedFor()
    {
        var html = Convert.ToBase64String("<html>error</html>"u8.ToArray());
        using var server = new HostileServer(_ => Answer.Json(200, Wire.Task("task-1", "completed", 100, ",\"result\":{\"images\":[{\"b64_json\":\"" + html + "\"}]}")));
        using var client = Clients.For(server);
        using var generator = new SeedreamImageGenerator(client);

        var response = await generator.GenerateAsync(new ImageGenerationRequest("a lighthouse at dusk"), LinksAsPng);

        Assert.Equal("application/octet-stream", Assert.IsType<DataContent>(Assert.Single(response.Contents)).MediaType);
    }

    [Fact]
    public async Task Generate_WithNoResponseFormat_DownloadsTheImage_AndTypesItByItsBytes_NotByTheServersContentType()
    {
        using var server = ServerWithFiles(_ => Answer.Bytes(200, Wire.Png, "image/jpeg"), "files/a.jpg");
        using var client = Clients.For(server);
        using var generator = new SeedreamImageGenerator(client);

        var response = await generator.GenerateImagesAsync("a lighthouse at dusk");

        var image = Assert.IsType<DataContent>(Assert.Single(response.Contents));
        Assert.Equal("image/png", image.MediaType);
        Assert.Equal(Wire.Png, image.Data.ToArray());
    }

    [Fact]
    public async Task Generate_DownloadAnswered503_IsRetriedByTheClient_ThenAnswersTheImage()
    {
        var downloads = 0;
        using var server = ServerWithFiles(_ => Interlocked.Increment(ref downloads) == 1 ? Answer.Full(503, "busy", "text/plain") : Answer.Bytes(200, Wire.Png, "image/png"), "files/a.png");
        using var client = Clients.For(server);
        using var generator = new SeedreamImageGenerator(client);

        var response = await generator.GenerateImagesAsync("a lighthouse at dusk");

        Assert.Equal(Wire.Png, Assert.IsType<DataContent>(Assert.Single(response.Contents)).Data.ToArray());
        Assert.Equal(2, server.Seen.Count(r => r.Path == "/files/a.png"));
    }

    [Fact]
    public async Task Generate_DownloadsThatAreNoImageOrTooLarge_BecomeErrorContentWithTheReason_AndTheGoodImageIsKept()
    {
        using var server = ServerWithFiles(
            request => request.Path switch
            {
                "/files/good.png" => Answer.Bytes(200, Wire.Png, "image/png"),
                "/files/page.png" => Answer.Full(200, Wire.GatewayPage, "image/png"),
                _ => Answer.Bytes(200, Wire.Png.Concat(new byte[4096]).ToArray(), "image/png"),
            },
            "files/good.png",
            "files/page.png",
            "files/huge.png");
        using var client = Clients.For(server, o => o.Download.MaxBytes = 1024);
        using var generator = new SeedreamImageGenerator(client);

        var response = await generator.GenerateImagesAsync("a lighthouse at dusk", new ImageGenerationOptions { Count = 3 });

        Assert.Collection(
            response.Contents,
            item => Assert.Equal(Wire.Png, Assert.IsType<DataContent>(item).Data.ToArray()),
            item => Assert.Equal("invalid_data", Assert.IsType<ErrorContent>(item).ErrorCode),
            item => Assert.Equal("too_large", Assert.IsType<ErrorContent>(item).ErrorCode));
        Assert.All(response.Contents.Skip(1), item => Assert.Contains("The task was billed and the rest of its result is kept", ((ErrorContent)item).Message));
        Assert.IsType<SeedreamImage>(response.Contents[1].RawRepresentation);
    }

    [Fact]
    public async Task Generate_ExpiredLink_IsNotFetched_AndSaysSo()
    {
        var expired = DateTimeOffset.UtcNow.AddHours(-1).ToUnixTimeMilliseconds();
        HostileServer? server = null;
        server = new HostileServer(request => request.Path.StartsWith("/files/", StringComparison.Ordinal)
            ? Answer.Bytes(200, Wire.Png, "image/png")
            : Answer.Json(200, Wire.Task("task-1", "completed", 100, $",\"result\":{{\"images\":[{{\"url\":\"{server!.Url("files/a.png")}\",\"expires_at\":{expired}}}]}}")));
        using (server)
        {
            using var client = Clients.For(server);
            using var generator = new SeedreamImageGenerator(client);

            var response = await generator.GenerateImagesAsync("a lighthouse at dusk");

            Assert.Equal("link_expired", Assert.IsType<ErrorContent>(Assert.Single(response.Contents)).ErrorCode);
            Assert.DoesNotContain(server.Seen, r => r.Path.StartsWith("/files/", StringComparison.Ordinal));
        }
    }

    /// <summary>A server that answers a completed task whose links are <paramref name="files"/> on itself, and serves them by <paramref name="serve"/>.</summary>
    private static HostileServer ServerWithFiles(Func<SeenRequest, Answer> serve, params string[] files)
    {
        HostileServer? server = null;
        server = new HostileServer(request => request.Path.StartsWith("/files/", StringComparison.Ordinal)
            ? serve(request)
            : Answer.Json(200, Wire.Completed("task-1", files.Select(f => server!.Url(f).ToString()).ToArray())));
        return server;
    }
}
