using System;
using System.Drawing;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using Newtonsoft.Json.Linq;
using Seedream.Client.Tests.Infrastructure;
using Seedream.Emulator;
using Xunit;

namespace Seedream.Client.Tests;

/// <summary>
/// The Microsoft.Extensions.AI adapter as the providers' shared integration tests use it (one image, two images, an edit),
/// against the emulator over loopback; and how it maps options, read from the request it sends.
/// </summary>
public sealed class ImageGeneratorTests : IAsyncLifetime
{
    private static readonly byte[] JpegSignature = { 0xFF, 0xD8, 0xFF };
    private static readonly byte[] PngSignature = { 0x89, 0x50, 0x4E, 0x47 };

    private SeedreamEmulator _emulator = null!;

    public async Task InitializeAsync() =>
        _emulator = await SeedreamEmulator.StartAsync(new EmulatorOptions { QueueDuration = TimeSpan.Zero, ProcessingDuration = TimeSpan.FromMilliseconds(100) });

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task Generate_OneImage_WithNoResponseFormat_AnswersTheImageItself_DownloadedAndTypedByItsBytes()
    {
        using var generator = Generator();

        var response = await generator.GenerateImagesAsync("A simple drawing of a house", new ImageGenerationOptions { Count = 1 });

        var image = Assert.IsType<DataContent>(Assert.Single(response.Contents));
        Assert.Equal("image/jpeg", image.MediaType);
        Assert.Equal(JpegSignature, image.Data.Slice(0, 3).ToArray());
        Assert.Equal(1, _emulator.Counters.FilesServed);
    }

    [Fact]
    public async Task Generate_TwoImagesAsPng_AnswersTwoPngImages()
    {
        using var generator = Generator();

        var response = await generator.GenerateImagesAsync("A cat sitting on a table", new ImageGenerationOptions { Count = 2, MediaType = "image/png" });

        Assert.Equal(2, response.Contents.Count);
        Assert.All(response.Contents, content =>
        {
            var image = Assert.IsType<DataContent>(content);
            Assert.Equal("image/png", image.MediaType);
            Assert.Equal(PngSignature, image.Data.Slice(0, 4).ToArray());
        });
    }

    [Fact]
    public async Task Edit_OneImageGivenAsALink_AnswersTheEditedImage()
    {
        using var generator = Generator();
        var original = Assert.IsType<UriContent>(Assert.Single((await generator.GenerateImagesAsync("A house", new ImageGenerationOptions { ResponseFormat = ImageGenerationResponseFormat.Uri })).Contents));

        var response = await generator.EditImagesAsync(new AIContent[] { original }, "Add a red border", new ImageGenerationOptions { Count = 1 });

        var image = Assert.IsType<DataContent>(Assert.Single(response.Contents));
        Assert.StartsWith("image/", image.MediaType, StringComparison.Ordinal);
        Assert.False(image.Data.IsEmpty);
        Assert.Equal(2, _emulator.Counters.TasksCreated);
    }

    [Fact]
    public async Task Generate_AskingForLinks_AnswersLinksToTheServer_AndDownloadsNothing()
    {
        using var generator = Generator();

        var response = await generator.GenerateImagesAsync("A house", new ImageGenerationOptions { Count = 2, ResponseFormat = ImageGenerationResponseFormat.Uri });

        Assert.Equal(2, response.Contents.Count);
        Assert.All(response.Contents, content => Assert.Equal(_emulator.BaseAddress.Authority, Assert.IsType<UriContent>(content).Uri.Authority));
        Assert.Equal(0, _emulator.Counters.FilesServed);
    }

    [Fact]
    public async Task Generate_AskingForData_AnswersTheBase64Images_WithoutADownload()
    {
        using var generator = Generator();

        var response = await generator.GenerateImagesAsync("A house", new ImageGenerationOptions { ResponseFormat = ImageGenerationResponseFormat.Data, MediaType = "image/png" });

        Assert.Equal(PngSignature, Assert.IsType<DataContent>(Assert.Single(response.Contents)).Data.Slice(0, 4).ToArray());
        Assert.Equal(0, _emulator.Counters.FilesServed);
    }

    [Fact]
    public async Task Edit_OriginalGivenAsImageData_IsSentInline_AndAnswersTheEditedImage()
    {
        using var generator = Generator();
        var original = new DataContent(TestImages.Png, "image/png") { Name = "house.png" };

        var response = await generator.EditImagesAsync(new AIContent[] { original }, "Add a red border", new ImageGenerationOptions { Count = 1 });

        var image = Assert.IsType<DataContent>(Assert.Single(response.Contents));
        Assert.StartsWith("image/", image.MediaType, StringComparison.Ordinal);
        Assert.False(image.Data.IsEmpty);
        Assert.Equal(1, _emulator.Counters.TasksCreated);
    }

    [Fact]
    public async Task Edit_ImageDataUpToTheInlineBudget_FitsUnderTheEmulatorsDefaultRequestCap()
    {
        using var generator = Generator();
        var half = (int)(InlineImages.MaxTotalBytes / 2) - 8;
        var originals = new AIContent[] { new DataContent(TestImages.Large(half), "image/png"), new DataContent(TestImages.Large(half), "image/png") };

        var response = await generator.EditImagesAsync(originals, "Combine the two", new ImageGenerationOptions { Count = 1 });

        Assert.IsType<DataContent>(Assert.Single(response.Contents));
        Assert.Equal(1, _emulator.Counters.TasksCreated);
    }

    [Fact]
    public async Task Edit_ImageDataOverTheInlineBudget_IsRefusedBeforeSending_SayingTheLimitAndToPassALink()
    {
        using var generator = Generator();
        var originals = new AIContent[]
        {
            new UriContent("https://files.test/style.png", "image/png"),
            new DataContent(TestImages.Large(400 * 1024), "image/png"),
            new DataContent(TestImages.Large(200 * 1024), "image/png"),
        };

        var error = await Assert.ThrowsAsync<SeedreamValidationException>(() => generator.EditImagesAsync(originals, "Combine them", new ImageGenerationOptions { Count = 1 }));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("image_urls", problem.Parameter);
        Assert.Equal("614,416 bytes inline", problem.Value);
        Assert.Equal("at most 524,288 bytes inline", problem.Allowed);
        Assert.Contains("OriginalImages[1], OriginalImages[2] are 600 KiB of image data together (614,416 bytes)", problem.Message);
        Assert.Contains("at most 512 KiB (524,288 bytes) of image data inline per request", problem.Message);
        Assert.Contains("HTTP 413", problem.Message);
        Assert.Contains("at most 14 images of at most 10 MiB each for seedream-5.0", problem.Message);
        Assert.Contains("new UriContent(link, mediaType) instead of DataContent", problem.Message);
        Assert.Equal(0, _emulator.Counters.TasksCreated);
    }

    [Fact]
    public async Task Edit_ImageDataLargerThanTheModelTakesAtAll_IsRefused_SayingToMakeItSmaller()
    {
        using var generator = Generator();
        var original = new DataContent(TestImages.Large(10 * 1024 * 1024), "image/png");

        var error = await Assert.ThrowsAsync<SeedreamValidationException>(() => generator.EditImagesAsync(new AIContent[] { original }, "Add a red border"));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("image_urls[0]", problem.Parameter);
        Assert.Equal("OriginalImages[0] is 10 MiB (10,485,768 bytes); seedream-5.0 takes reference images of at most 10 MiB each, inline or as links. Make the image smaller.", problem.Message);
        Assert.Equal(0, _emulator.Counters.TasksCreated);
    }

    [Fact]
    public async Task Edit_ImageDataTheServerFindsTooLarge_IsReportedAsTooLarge_NotAsAnUnexpectedAnswer()
    {
        await using var emulator = await SeedreamEmulator.StartAsync(new EmulatorOptions { MaxRequestBytes = 64 * 1024 });
        using var generator = Generator(emulator);
        var original = new DataContent(TestImages.Large(100 * 1024), "image/png");

        var error = await Assert.ThrowsAsync<SeedreamInvalidRequestException>(() => generator.EditImagesAsync(new AIContent[] { original }, "Add a red border"));

        Assert.Equal(413, error.StatusCode);
        Assert.False(error.MayHaveCreatedTask);
        Assert.Contains("was refused as too large", error.Message);
        Assert.Contains("send reference images as links rather than inline data", error.Message);
        Assert.Equal(0, emulator.Counters.TasksCreated);
    }

    [Fact]
    public async Task Edit_ImageData_GoesOnTheWireAsADataUri_TypedByItsBytes()
    {
        using var h = new Harness();
        ScriptCompleted(h);
        IImageGenerator generator = new SeedreamImageGenerator(h.Client);
        var originals = new AIContent[]
        {
            new DataContent(TestImages.Jpeg, "image/png"),
            new UriContent("https://files.test/style.png", "image/png"),
        };

        await h.RunAsync(generator.GenerateAsync(new ImageGenerationRequest("Add a red border", originals), LinksWith("watermark", false)));

        Assert.Equal(
            new[] { "data:image/jpeg;base64," + Convert.ToBase64String(TestImages.Jpeg), "https://files.test/style.png" },
            SentBody(h)["image_urls"]!.Select(u => (string)u!));
    }

    [Fact]
    public async Task Edit_OriginalsThatAreNoImageOrNoHttpLink_AreEachRefused_NotDropped()
    {
        using var generator = Generator();
        var originals = new AIContent[]
        {
            new TextContent("a house"),
            new UriContent("https://files.test/brief.pdf", "application/pdf"),
            new DataContent(new byte[] { 1, 2, 3 }, "text/plain"),
            new UriContent("ftp://files.test/house.png", "image/png"),
            new DataContent(Encoding.UTF8.GetBytes("<html>not found</html>"), "image/png"),
            new DataContent(new byte[] { 0, 0, 0, 0x20, 0x66, 0x74, 0x79, 0x70, 0x61, 0x76, 0x69, 0x66 }, "image/avif"),
            new UriContent("https://files.test/house.png", "image/png"),
        };

        var error = await Assert.ThrowsAsync<SeedreamValidationException>(() => generator.EditImagesAsync(originals, "Add a red border"));

        Assert.Equal(new[] { "image_urls[0]", "image_urls[1]", "image_urls[2]", "image_urls[3]", "image_urls[4]", "image_urls[5]" }, error.Problems.Select(p => p.Parameter));
        Assert.Contains("OriginalImages[0] is a TextContent, not an image", error.Problems[0].Message);
        Assert.Contains("OriginalImages[1] is application/pdf, not an image", error.Problems[1].Message);
        Assert.Contains("OriginalImages[2] is text/plain, not an image", error.Problems[2].Message);
        Assert.Contains("OriginalImages[3] is a ftp: link; the API takes reference images as http and https links it downloads itself, or as image data sent inline (DataContent)", error.Problems[3].Message);
        Assert.Equal("OriginalImages[4] is declared image/png but holds bytes of no known image type, which the API does not take as an image; it takes image/jpeg, image/png, image/webp, image/bmp, image/tiff, image/gif.", error.Problems[4].Message);
        Assert.StartsWith("OriginalImages[5] is image/avif, which the API does not take", error.Problems[5].Message);
        Assert.Equal(0, _emulator.Counters.TasksCreated);
    }

    [Theory]
    [InlineData("seedream-5.0", "image/webp", "it makes image/png or image/jpeg (extra.output_format)")]
    [InlineData("seedream-4.5", "image/webp", "cannot be chosen on seedream-4.5: its table has no output_format")]
    [InlineData("seedream-4.0", "image/png", "cannot be chosen on seedream-4.0: its table has no output_format, so the API picks the format (each returned image's MediaType is read from its bytes) (seedream-5.0 can make image/png)")]
    public async Task Generate_MediaTypeTheModelDoesNotOffer_IsRefusedBeforeSending_OnEveryModel(string model, string mediaType, string expected)
    {
        using var generator = Generator();

        var error = await Assert.ThrowsAsync<SeedreamValidationException>(() => generator.GenerateImagesAsync("A house", new ImageGenerationOptions { ModelId = model, MediaType = mediaType }));

        Assert.Equal("extra.output_format", error.Parameter);
        Assert.Contains(expected, error.Message);
        Assert.Equal(0, _emulator.Counters.TasksCreated);
    }

    [Fact]
    public void Metadata_NamesTheClientsServer_AndTheDefaultModel()
    {
        using var generator = Generator();

        var metadata = generator.GetRequiredService<ImageGeneratorMetadata>();

        Assert.Equal("seedream", metadata.ProviderName);
        Assert.Equal(_emulator.BaseAddress, metadata.ProviderUri);
        Assert.Equal("seedream-5.0", metadata.DefaultModelId);
        Assert.IsType<SeedreamClient>(generator.GetService(typeof(SeedreamClient)));
    }

    [Fact]
    public async Task GenerateAsync_MapsTheOptionsOntoTheModelsParameters()
    {
        using var h = new Harness();
        ScriptCompleted(h);
        IImageGenerator generator = new SeedreamImageGenerator(h.Client);
        var options = new ImageGenerationOptions
        {
            ModelId = "seedream-5.0",
            Count = 2,
            ImageSize = new Size(2848, 1600),
            MediaType = "image/png",
            ResponseFormat = ImageGenerationResponseFormat.Uri,
            AdditionalProperties = new AdditionalPropertiesDictionary { ["watermark"] = false, ["optimize_prompt_options.mode"] = "standard" },
        };

        await h.RunAsync(generator.GenerateAsync(new ImageGenerationRequest("a shiba in a space suit"), options));

        var body = SentBody(h);
        Assert.Equal("16:9", (string?)body["size"]);
        Assert.Equal("2K", (string?)body["resolution"]);
        Assert.Equal(2, (int)body["n"]!);
        Assert.False((bool)body["watermark"]!);
        Assert.Equal("png", (string?)body["extra"]!["output_format"]);
        Assert.Equal("url", (string?)body["extra"]!["response_format"]);
        Assert.Equal("standard", (string?)body["extra"]!["optimize_prompt_options"]!["mode"]);
    }

    [Fact]
    public async Task GenerateAsync_AskingForData_AnswersDecodedImages_AndFailedItemsAsErrors()
    {
        using var h = new Harness();
        h.Handler
            .On("POST", "/v1/tasks", Reply.Json(200, TaskJson.Task("task-1", "queued", 0)))
            .On("GET", "/v1/tasks/task-1", Reply.Json(200, TaskJson.Task("task-1", "completed", 100, TaskJson.Data(TestImages.Jpeg), TaskJson.ImageError("filtered", "filtered"))));
        IImageGenerator generator = new SeedreamImageGenerator(h.Client, "seedream-4.0");

        var response = await h.RunAsync(generator.GenerateAsync(
            new ImageGenerationRequest("a cat"),
            new ImageGenerationOptions { Count = 2, ResponseFormat = ImageGenerationResponseFormat.Data }));

        var body = SentBody(h);
        Assert.Equal("seedream-4.0", (string?)body["model"]);
        Assert.Equal("b64_json", (string?)body["extra"]!["response_format"]);
        var data = Assert.IsType<DataContent>(response.Contents[0]);
        Assert.Equal("image/jpeg", data.MediaType);
        Assert.Equal(TestImages.Jpeg, data.Data.ToArray());
        Assert.Equal("filtered", Assert.IsType<ErrorContent>(response.Contents[1]).ErrorCode);
        Assert.IsType<SeedreamResult>(response.RawRepresentation);
    }

    [Fact]
    public async Task RawRepresentation_IsTheBase_TheCallAddsItsPromptAndImages_AndFillsInWhatTheBaseLeftUnset()
    {
        using var h = new Harness();
        ScriptCompleted(h);
        IImageGenerator generator = new SeedreamImageGenerator(h.Client);
        var options = new ImageGenerationOptions
        {
            Count = 3,
            ImageSize = new Size(2048, 2048),
            MediaType = "image/png",
            ResponseFormat = ImageGenerationResponseFormat.Uri,
            AdditionalProperties = new AdditionalPropertiesDictionary { ["watermark"] = true },
            RawRepresentationFactory = _ => SeedreamRequest.ForModel("seedream-5.0")
                .Prompt("the base's prompt")
                .ReferenceImage("https://img.test/style.png")
                .Resolution("3K")
                .Watermark(false)
                .WebSearch()
                .CallbackUrl("https://hooks.test/done")
                .Extra("output_format", "jpeg")
                .Build(),
        };

        await h.RunAsync(generator.GenerateAsync(new ImageGenerationRequest("the call's prompt", new AIContent[] { new UriContent("https://img.test/house.png", "image/png") }), options));

        var body = SentBody(h);
        Assert.Equal("the call's prompt", (string?)body["prompt"]);
        Assert.Equal(new[] { "https://img.test/style.png", "https://img.test/house.png" }, body["image_urls"]!.Select(u => (string)u!));
        Assert.Equal(3, (int)body["n"]!);
        Assert.Equal("1:1", (string?)body["size"]);
        Assert.Equal("url", (string?)body["extra"]!["response_format"]);
        Assert.Equal("3K", (string?)body["resolution"]);
        Assert.False((bool)body["watermark"]!);
        Assert.Equal("jpeg", (string?)body["extra"]!["output_format"]);
        Assert.Equal("https://hooks.test/done", (string?)body["callback_url"]);
        Assert.Equal("web_search", (string?)body["extra"]!["tools"]![0]!["type"]);
    }

    [Fact]
    public async Task RawRepresentation_OfAnotherType_IsNotThisAdaptersToUse()
    {
        using var h = new Harness();
        ScriptCompleted(h);
        IImageGenerator generator = new SeedreamImageGenerator(h.Client);

        await h.RunAsync(generator.GenerateAsync(new ImageGenerationRequest("a house"), new ImageGenerationOptions { ResponseFormat = ImageGenerationResponseFormat.Uri, RawRepresentationFactory = _ => new object() }));

        Assert.Equal("a house", (string?)SentBody(h)["prompt"]);
    }

    [Theory]
    [MemberData(nameof(Switches))]
    public async Task Watermark_IsTakenAsABool_AsText_OrAsJson(object given, bool sent)
    {
        using var h = new Harness();
        ScriptCompleted(h);
        IImageGenerator generator = new SeedreamImageGenerator(h.Client);

        await h.RunAsync(generator.GenerateAsync(new ImageGenerationRequest("a house"), LinksWith("watermark", given)));

        Assert.Equal(sent, (bool)SentBody(h)["watermark"]!);
    }

    public static TheoryData<object, bool> Switches() => new()
    {
        { false, false },
        { true, true },
        { "false", false },
        { "True", true },
        { JsonSerializer.SerializeToElement(false), false },
        { JsonSerializer.SerializeToElement("true"), true },
        { JsonSerializer.Deserialize<AdditionalPropertiesDictionary>("{\"watermark\":false}")!["watermark"]!, false },
    };

    [Theory]
    [MemberData(nameof(NotSwitches))]
    public async Task Watermark_ThatIsNoSwitch_IsRefusedBeforeSending_SayingWhatIsTaken(object given, string shown)
    {
        using var h = new Harness();
        IImageGenerator generator = new SeedreamImageGenerator(h.Client);

        var error = await Assert.ThrowsAsync<SeedreamValidationException>(() => generator.GenerateAsync(new ImageGenerationRequest("a house"), LinksWith("watermark", given)));

        Assert.Equal("watermark", error.Parameter);
        Assert.Equal(shown, error.Problems.Single().Value);
        Assert.Contains("give true or false: a bool, the text \"true\" or \"false\", or a JSON boolean", error.Message);
        Assert.Empty(h.Handler.Requests);
    }

    public static TheoryData<object, string> NotSwitches() => new()
    {
        { "no", "no" },
        { 0, "0" },
        { JsonSerializer.SerializeToElement(1), "1" },
    };

    [Fact]
    public async Task AdditionalProperties_TheModelsExtrasAreSent_ReadByTheirKind_AndOtherKeysAreIgnored()
    {
        using var h = new Harness();
        ScriptCompleted(h);
        IImageGenerator generator = new SeedreamImageGenerator(h.Client);
        var options = new ImageGenerationOptions
        {
            ResponseFormat = ImageGenerationResponseFormat.Uri,
            AdditionalProperties = new AdditionalPropertiesDictionary
            {
                ["optimize_prompt_options.mode"] = JsonSerializer.SerializeToElement("standard"),
                ["stream"] = "true",
                ["tools"] = JsonSerializer.SerializeToElement(new[] { "web_search" }),
                ["guidance_scale"] = 5.5,
                ["user"] = "end-user-7",
                ["quality"] = "hd",
            },
        };

        await h.RunAsync(generator.GenerateAsync(new ImageGenerationRequest("a house"), options));

        var body = SentBody(h);
        var extra = (JObject)body["extra"]!;
        Assert.Equal("standard", (string?)extra["optimize_prompt_options"]!["mode"]);
        Assert.True((bool)extra["stream"]!);
        Assert.Equal("web_search", (string?)extra["tools"]![0]!["type"]);
        Assert.Equal(new[] { "optimize_prompt_options", "response_format", "stream", "tools" }, extra.Properties().Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal));
        Assert.Null(body["user"]);
        Assert.Null(body["quality"]);
    }

    private SeedreamImageGenerator Generator() => Generator(_emulator);

    private static SeedreamImageGenerator Generator(SeedreamEmulator emulator) => new(
        new SeedreamClient(new SeedreamClientOptions
        {
            ApiKey = emulator.ApiKey,
            BaseUrl = emulator.BaseAddress,
            Polling = { InitialDelay = TimeSpan.FromMilliseconds(20), MaxDelay = TimeSpan.FromMilliseconds(50), JitterRatio = 0 },
        }),
        disposeClient: true);

    private static ImageGenerationOptions LinksWith(string key, object value) =>
        new() { ResponseFormat = ImageGenerationResponseFormat.Uri, AdditionalProperties = new AdditionalPropertiesDictionary { [key] = value } };

    private static void ScriptCompleted(Harness h) => h.Handler
        .On("POST", "/v1/tasks", Reply.Json(200, TaskJson.Task("task-1", "queued", 0)))
        .On("GET", "/v1/tasks/task-1", Reply.Json(200, TaskJson.Task("task-1", "completed", 100, TaskJson.Link("https://cdn.test/0.png"))));

    private static JObject SentBody(Harness h) => JObject.Parse(h.Handler.RequestsTo("POST", "/v1/tasks").Single().Body!);
}
