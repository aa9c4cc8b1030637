using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using Seedream.Hostile.Tests.Infrastructure;
using Seedream.Testing.Sockets;
using Xunit;

namespace Seedream.Hostile.Tests;

/// <summary>The Microsoft.Extensions.AI adapter keeps a billed result whole when one item is bad, and states no media type it does not know.</summary>
public class ImageGeneratorAnswerTests
{
    private static readonly ImageGenerationOptions AskedForPng = new() { ModelId = "seedream-4.5", MediaType = "image/png" };

    [Fact]
    public async Task Generate_OneUndecodableAndOneNonHttpItem_BecomeErrorContent_AndTheGoodItemsAreKept()
    {
        var good = Convert.ToBase64String(Wire.Png);
        var images = "[{\"b64_json\":\"%%% not base64 %%%\"},{\"b64_json\":\"" + good + "\"},{\"url\":\"ftp://cdn.example/b.png\"},{\"url\":\"https://cdn.example/c.png\"}]";
        using var server = new HostileServer(_ => Answer.Json(200, Wire.Task("task-1", "completed", 100, ",\"result\":{\"images\":" + images + "}")));
        using var client = Clients.For(server);
        using var generator = new SeedreamImageGenerator(client);

        var response = await generator.GenerateAsync(new ImageGenerationRequest("a lighthouse at dusk"), AskedForPng);

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
        var images = "[{\"b64_json\":\"%%%\"},{\"url\":\"ftp://" + echoed + ".example/b.png\"},{\"error\":{\"code\":\"x\",\"message\":\"key " + echoed + "\"}}]";
        using var server = new HostileServer(_ => Answer.Json(200, Wire.Task("task-" + echoed, "completed", 100, ",\"result\":{\"images\":" + images + "}")));
        using var client = Clients.For(server);
        using var generator = new SeedreamImageGenerator(client);

        var response = await generator.GenerateAsync(new ImageGenerationRequest("a lighthouse at dusk"), AskedForPng);

        Assert.Equal(3, response.Contents.Count);
        Assert.All(response.Contents, item => Assert.DoesNotContain(Wire.ApiKey, Assert.IsType<ErrorContent>(item).Message, StringComparison.OrdinalIgnoreCase));
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

        var response = await generator.GenerateAsync(new ImageGenerationRequest("a lighthouse at dusk"), AskedForPng);

        Assert.Equal(mediaType, Assert.IsType<UriContent>(Assert.Single(response.Contents)).MediaType);
    }

    [Fact]
    public async Task Generate_Base64BytesThatAreNoKnownImage_AreNotLabelledAsTheMediaTypeAskedFor()
    {
        var html = Convert.ToBase64String("<html>error</html>"u8.ToArray());
        using var server = new HostileServer(_ => Answer.Json(200, Wire.Task("task-1", "completed", 100, ",\"result\":{\"images\":[{\"b64_json\":\"" + html + "\"}]}")));
        using var client = Clients.For(server);
        using var generator = new SeedreamImageGenerator(client);

        var response = await generator.GenerateAsync(new ImageGenerationRequest("a lighthouse at dusk"), AskedForPng);

        Assert.Equal("application/octet-stream", Assert.IsType<DataContent>(Assert.Single(response.Contents)).MediaType);
    }
}
