using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using Seedream.Transport;
using Xunit;

namespace Seedream.Emulator.Tests;

public class ResultImageTests
{
    [Fact]
    public async Task TextToImage_DefaultsToAJpegOfTheRatioAtTheScaledDownPixelSize()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        var task = await harness.CompleteAsync(EmulatorHarness.Request());
        var image = task.Result!.Images!.Single();
        var (status, contentType, bytes) = await ImageDecoding.DownloadAsync(image.Url!.Single());
        var decoded = ImageDecoding.Decode(bytes);

        Assert.Equal(200, status);
        Assert.Equal("image/jpeg", contentType);
        Assert.True(ImageDecoding.IsJpeg(bytes));
        Assert.EndsWith(".jpeg", image.Url!.Single());
        Assert.Equal((2848 / 16, 1600 / 16), (decoded.Width, decoded.Height));
        Assert.Equal("178x100", image.Size);
        Assert.Equal(1, harness.Counters.FilesServed);
    }

    [Fact]
    public async Task OutputFormatPng_ProducesAPngOfTheSameSize()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var request = EmulatorHarness.Request();
        request.Extra = new Dictionary<string, object> { ["output_format"] = "png" };

        var task = await harness.CompleteAsync(request);
        var (_, contentType, bytes) = await ImageDecoding.DownloadAsync(task.Result!.Images!.Single().Url!.Single());
        var decoded = ImageDecoding.Decode(bytes);

        Assert.Equal("image/png", contentType);
        Assert.True(ImageDecoding.IsPng(bytes));
        Assert.Equal((178, 100), (decoded.Width, decoded.Height));
    }

    [Theory]
    [InlineData("seedream-5.0", "9:16", "2K", 16, 100, 178)]
    [InlineData("seedream-5.0", "21:9", "3K", 16, 294, 126)]
    [InlineData("seedream-4.0", "3:2", "1K", 16, 78, 52)]
    [InlineData("seedream-4.5", "3:4", "4K", 16, 220, 294)]
    [InlineData("seedream-4.5", "1:1", "2K", 4, 512, 512)]
    [InlineData("seedream-5.0", "4:5", "2K", 16, 114, 143)]
    public async Task ImageSize_FollowsTheRatioAndResolutionTable(string model, string size, string resolution, int scaleDown, int width, int height)
    {
        await using var harness = await EmulatorHarness.StartAsync(options => options.ImageScaleDown = scaleDown);
        var request = EmulatorHarness.Request(model);
        request.Size = size;
        request.Resolution = resolution;

        var task = await harness.CompleteAsync(request);
        var (_, _, bytes) = await ImageDecoding.DownloadAsync(task.Result!.Images!.Single().Url!.Single());
        var decoded = ImageDecoding.Decode(bytes);

        Assert.Equal((width, height), (decoded.Width, decoded.Height));
    }

    [Fact]
    public async Task Images_AreDerivedFromThePrompt()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        var shiba = await DownloadPngPixelsAsync(harness, "一只柴犬穿宇航服站在月球上");
        var shibaAgain = await DownloadPngPixelsAsync(harness, "一只柴犬穿宇航服站在月球上");
        var lighthouse = await DownloadPngPixelsAsync(harness, "a lighthouse in a storm");

        Assert.Equal(shiba, shibaAgain);
        var differing = shiba.Zip(lighthouse).Count(pair => Math.Abs(pair.First - pair.Second) > 16);
        Assert.True(differing > shiba.Length / 4, $"only {differing} of {shiba.Length} channel values differ between two prompts");
    }

    [Fact]
    public async Task ResponseFormatB64Json_CarriesTheImageInsteadOfALink()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var request = EmulatorHarness.Request();
        request.Extra = new Dictionary<string, object> { ["response_format"] = "b64_json", ["output_format"] = "png" };

        var image = (await harness.CompleteAsync(request)).Result!.Images!.Single();
        var bytes = Convert.FromBase64String(image.B64_json!);

        Assert.Null(image.Url);
        Assert.Null(image.Expires_at);
        Assert.True(ImageDecoding.IsPng(bytes));
        Assert.Equal(178, ImageDecoding.Decode(bytes).Width);
    }

    [Fact]
    public async Task Links_AnswerUntilTheyExpire_Then410Gone()
    {
        await using var harness = await EmulatorHarness.StartAsync(options => options.LinkLifetime = TimeSpan.FromHours(24));
        var image = (await harness.CompleteAsync(EmulatorHarness.Request())).Result!.Images!.Single();
        var url = image.Url!.Single();

        Assert.Equal(EmulatorHarness.Start.AddSeconds(5).AddHours(24), image.ExpiresAt);
        harness.Time.Advance(TimeSpan.FromHours(24) - TimeSpan.FromSeconds(1));
        var (before, _, _) = await ImageDecoding.DownloadAsync(url);
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        var (after, contentType, body) = await ImageDecoding.DownloadAsync(url);

        Assert.Equal(200, before);
        Assert.Equal(410, after);
        Assert.Equal("application/json", contentType);
        Assert.Equal("link_expired", (string)JObject.Parse(System.Text.Encoding.UTF8.GetString(body))["error"]!["code"]!);
    }

    [Fact]
    public async Task UnknownFile_Answers404()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        var (status, _, _) = await ImageDecoding.DownloadAsync(new Uri(harness.Emulator.BaseAddress, "files/nothing.jpeg").AbsoluteUri);

        Assert.Equal(404, status);
    }

    [Fact]
    public async Task OneReferenceImage_AndFusion_ProduceOneImageEach()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var single = EmulatorHarness.Request();
        single.Image_urls = new List<Uri> { new("https://img.example/dog.png") };
        var fusion = EmulatorHarness.Request();
        fusion.Image_urls = Enumerable.Range(1, 14).Select(i => new Uri($"https://img.example/{i}.png")).ToList();

        var fromOne = await harness.CompleteAsync(single);
        var fromMany = await harness.CompleteAsync(fusion);

        Assert.Equal(SeedreamTaskStatus.Completed, fromOne.Status);
        Assert.Single(fromOne.Result!.Images!);
        Assert.Equal(SeedreamTaskStatus.Completed, fromMany.Status);
        Assert.Single(fromMany.Result!.Images!);
    }

    [Fact]
    public async Task ImageSet_ProducesNDistinctImages()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var request = EmulatorHarness.Request();
        request.N = 4;
        request.Image_urls = new List<Uri> { new("https://img.example/style.png") };

        var images = (await harness.CompleteAsync(request)).Result!.Images!;
        var downloads = await Task.WhenAll(images.Select(image => ImageDecoding.DownloadAsync(image.Url!.Single())));

        Assert.Equal(4, images.Count);
        Assert.Equal(4, images.Select(image => image.Url!.Single()).Distinct().Count());
        Assert.All(downloads, download => Assert.Equal(200, download.Status));
        Assert.Equal(4, downloads.Select(download => Convert.ToBase64String(download.Bytes)).Distinct().Count());
    }

    [Fact]
    public async Task ImageSet_ItemsCanFailIndividually_WhileTheTaskCompletes()
    {
        await using var harness = await EmulatorHarness.StartAsync(options => options.SetItemFailureRate = 1);
        var set = EmulatorHarness.Request();
        set.N = 3;

        var task = await harness.CompleteAsync(set);
        var single = await harness.CompleteAsync(EmulatorHarness.Request());

        Assert.Equal(SeedreamTaskStatus.Completed, task.Status);
        Assert.Equal(3, task.Result!.Images!.Count);
        Assert.All(task.Result.Images, image =>
        {
            Assert.Equal("image_failed", image.Error!.Code);
            Assert.Null(image.Url);
        });
        Assert.NotNull(single.Result!.Images!.Single().Url);
    }

    private static async Task<byte[]> DownloadPngPixelsAsync(EmulatorHarness harness, string prompt)
    {
        var request = EmulatorHarness.Request(prompt: prompt);
        request.Extra = new Dictionary<string, object> { ["output_format"] = "png" };
        var task = await harness.CompleteAsync(request);
        var (_, _, bytes) = await ImageDecoding.DownloadAsync(task.Result!.Images!.Single().Url!.Single());
        return ImageDecoding.Decode(bytes).Data;
    }
}
