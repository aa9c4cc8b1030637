using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Seedream.Hostile.Tests.Infrastructure;
using Seedream.Testing;
using Seedream.Testing.Sockets;
using Xunit;

namespace Seedream.Hostile.Tests;

/// <summary>The key leaves through no door, the API pipeline keeps no cookies, odd headers stay typed.</summary>
public class KeyAndCookieTests
{
    [Fact]
    public async Task ApiCalls_SendNoCookies_AfterTheServerSetsOne()
    {
        using var server = new HostileServer(_ => Answer.Json(200, Wire.Task("task-1", "processing", 5), ("Set-Cookie", "session=abc; Path=/")));
        using var client = Clients.For(server);

        await client.GetTaskAsync("task-1");
        await client.GetTaskAsync("task-1");

        Assert.All(server.Seen, request => Assert.Null(request.Header("Cookie")));
    }

    [Fact]
    public async Task Downloads_CarryNeitherTheKeyNorTheApisCookies()
    {
        using var server = new HostileServer(request => request.Path.EndsWith(".png")
            ? Answer.Bytes(200, Wire.Png, "image/png")
            : Answer.Json(200, Wire.Task("task-1", "processing", 5), ("Set-Cookie", "session=abc; Path=/")));
        using var client = Clients.For(server);
        using var folder = new TemporaryDirectory();

        await client.GetTaskAsync("task-1");
        var task = SeedreamWebhook.Parse(Wire.Completed("task-1", server.Url("files/a.png").ToString()));
        await client.CreateResult(task).SaveImagesAsync(folder.Path);

        var download = server.Seen.Single(r => r.Path.EndsWith(".png"));
        Assert.Null(download.Header("Authorization"));
        Assert.Null(download.Header("Cookie"));
    }

    [Fact]
    public async Task KeyEchoedBackInAnyCase_AppearsInNoMessageOrFileName()
    {
        var echoed = Wire.ApiKey.ToUpperInvariant();
        using var server = new HostileServer(request => request.Path.EndsWith(".png")
            ? Answer.Bytes(200, Wire.Png, "image/png")
            : request.IsCreate
                ? Answer.Json(500, Wire.Error("echo", "your key " + echoed + " failed"))
                : Answer.Json(200, Wire.Completed("task-" + echoed, "/files/a.png")));
        using var client = Clients.For(server);
        using var folder = new TemporaryDirectory();

        var createError = await Assert.ThrowsAnyAsync<SeedreamException>(() => client.SubmitAsync(Clients.Request()));
        var task = SeedreamWebhook.Parse(Wire.Completed("task-" + echoed, server.Url("files/a.png").ToString()));
        var saved = await client.CreateResult(task).SaveImagesAsync(folder.Path);

        Assert.DoesNotContain(Wire.ApiKey, createError.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Wire.ApiKey, saved.Single().Path, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Wire.ApiKey, string.Join("|", Directory.GetFiles(folder.Path)), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("sk-abc\r\nX-Evil: 1")]
    [InlineData(" sk-abc")]
    [InlineData("sk-abc\t")]
    [InlineData("sk-\u0007bell")]
    public void ApiKey_WithControlCharactersOrSurroundingSpace_IsRefusedByValidation_NamingApiKey(string key)
    {
        var options = Clients.Options(new Uri("http://127.0.0.1:9/"));
        options.ApiKey = key;

        var constructor = Assert.ThrowsAny<ArgumentException>(() => new SeedreamClient(options));
        var services = new ServiceCollection().AddSeedream(o =>
        {
            o.ApiKey = key;
            o.BaseUrl = new Uri("http://127.0.0.1:9/");
        }).BuildServiceProvider();
        var registered = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<SeedreamClientOptions>>().Value);

        Assert.Contains("ApiKey", constructor.Message);
        Assert.Contains("ApiKey", registered.Message);
        Assert.DoesNotContain("abc", constructor.Message);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("1e400")]
    [InlineData("99999999999999999999")]
    [InlineData("-1")]
    public async Task RetryAfter_NonFiniteOrAbsurd_StaysTyped_AndEndsWithinItsBound(string retryAfter)
    {
        using var server = new HostileServer(_ => Answer.Json(503, Wire.Error("overloaded", "busy"), ("Retry-After", retryAfter)));
        using var client = Clients.For(server);

        await Clients.ThrowsWithinAsync<SeedreamServerException>(Clients.RequestBound, () => client.GetTaskAsync("task-1"));
    }
}
