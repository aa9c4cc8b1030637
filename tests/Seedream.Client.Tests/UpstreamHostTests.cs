using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Seedream.Emulator;
using Seedream.Testing;
using Xunit;

namespace Seedream.Client.Tests;

/// <summary>The client on the upstream host against the emulator's <c>/api/v3/images/generations</c> over loopback: the same request and result types, streamed or not, saved the same way.</summary>
public sealed class UpstreamHostTests : IAsyncLifetime
{
    private readonly TemporaryDirectory _temporary = new();
    private SeedreamEmulator _emulator = null!;

    private string Output => _temporary.Path;

    public async Task InitializeAsync() =>
        _emulator = await SeedreamEmulator.StartAsync(new EmulatorOptions { ModelArk = { ImageDuration = TimeSpan.FromMilliseconds(20) } });

    public async Task DisposeAsync()
    {
        await _emulator.DisposeAsync();
        _temporary.Dispose();
    }

    [Fact]
    public async Task GenerateImages_Streaming_YieldsEachImageOfTheSet_AndEachSaves()
    {
        using var client = Client();
        var saved = new List<SeedreamSavedImage>();

        await foreach (var image in client.GenerateImagesAsync(Request(4)))
        {
            Assert.True(image.Succeeded);
            saved.Add(await client.SaveImageAsync(image, Output));
        }

        Assert.Equal(new[] { 0, 1, 2, 3 }, saved.Select(s => s.Index).OrderBy(i => i));
        Assert.All(saved, s => Assert.True(File.Exists(s.Path)));
    }

    [Fact]
    public async Task Generate_NotStreaming_ReturnsTheSameResultType_WithTheSizeMadeAndUsage()
    {
        using var client = Client();

        var result = await client.GenerateAsync(Request(2));
        var files = await result.SaveImagesAsync(Output);

        Assert.Equal(2, result.RequestedImages);
        Assert.Equal(2, result.Images.Count);
        Assert.All(result.Images, image => Assert.False(string.IsNullOrEmpty(image.PixelSize)));
        Assert.Equal(2, result.Usage!.GeneratedImages);
        Assert.Equal(2, files.Count);
    }

    [Fact]
    public async Task Generate_SetWithRefusedImages_ReportsThemAsFailedImages_NotAnError()
    {
        await using var emulator = await SeedreamEmulator.StartAsync(new EmulatorOptions { ModelArk = { ImageDuration = TimeSpan.FromMilliseconds(20), RejectedImageRate = 1 } });
        using var client = Client(emulator);

        var images = new List<SeedreamImage>();
        await foreach (var image in client.GenerateImagesAsync(Request(3)))
        {
            images.Add(image);
        }

        Assert.Equal(3, images.Count);
        Assert.All(images, image => Assert.Equal("OutputImageSensitiveContentDetected", image.Error?.Code));
    }

    [Fact]
    public async Task TaskMembers_OnAnUpstreamHost_SayTheHostHasNoTasks()
    {
        using var client = Client();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.SubmitAsync(Request(1)));

        Assert.Contains("GenerateAsync", error.Message);
    }

    private SeedreamClient Client() => Client(_emulator);

    private static SeedreamClient Client(SeedreamEmulator emulator) => new(new SeedreamClientOptions
    {
        ApiKey = emulator.ApiKey,
        Host = SeedreamHost.ModelArk,
        BaseUrl = emulator.ModelArkBaseAddress,
    });

    private static SeedreamRequest Request(int images)
    {
        var builder = SeedreamRequest.ForModel("seedream-5.0").Prompt("a lighthouse at dusk").Size("16:9").Resolution("2K");
        return (images > 1 ? builder.ImageCount(images) : builder).Build();
    }
}
