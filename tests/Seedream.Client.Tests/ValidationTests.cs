using System;
using System.Linq;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using Seedream.Client.Tests.Infrastructure;
using Xunit;

namespace Seedream.Client.Tests;

/// <summary>Requests are checked against their model's table at Build() (when built from a table) and before any HTTP call.</summary>
public class ValidationTests
{
    [Fact]
    public async Task UnknownModel_IsRefusedAtSubmit_NamingTheKnownModels()
    {
        using var h = new Harness();

        var error = await Assert.ThrowsAsync<SeedreamValidationException>(() => h.Client.SubmitAsync(SeedreamRequest.ForModel("seedream-9.9").Prompt("a cat").Build()));

        var problem = error.Problems.Single();
        Assert.Equal("model", problem.Parameter);
        Assert.Equal("seedream-9.9", problem.Value);
        Assert.Contains("seedream-5.0", problem.Allowed);
        Assert.Contains("seedream-4.0", error.Message);
    }

    [Theory]
    [InlineData("seedream-5.0", "4K", "2K, 3K")]
    [InlineData("seedream-4.5", "3K", "2K, 4K")]
    [InlineData("seedream-4.0", "8K", "1K, 2K, 4K")]
    public void UnsupportedResolution_NamesTheValueAndTheModelsResolutions(string model, string resolution, string allowed)
    {
        var error = Assert.Throws<SeedreamValidationException>(() => For(model).Prompt("a cat").Resolution(resolution).Build());

        Assert.Equal("resolution", error.Parameter);
        Assert.Equal(resolution, error.Problems[0].Value);
        Assert.Equal(allowed, error.Problems[0].Allowed);
        Assert.Contains(model, error.Message);
    }

    [Fact]
    public void SizeOnlyAnotherModelHas_IsRefused()
    {
        var error = Assert.Throws<SeedreamValidationException>(() => For("seedream-4.5").Prompt("a cat").Size("4:5").Build());

        Assert.Equal("size", error.Parameter);
        Assert.DoesNotContain("4:5", error.Problems[0].Allowed);
    }

    [Fact]
    public void ExtraTheModelDoesNotHave_NamesTheModelsThatDo()
    {
        var error = Assert.Throws<SeedreamValidationException>(() => For("seedream-4.5").Prompt("news").Tool("web_search").Build());

        Assert.Equal("extra.tools", error.Parameter);
        Assert.Contains("seedream-5.0", error.Message);
    }

    [Fact]
    public void NumberOutOfRange_NamesTheRange()
    {
        var error = Assert.Throws<SeedreamValidationException>(() => For("seedream-4.0").Prompt("a cat").Extra("guidance_scale", "11").Build());

        Assert.Equal("extra.guidance_scale", error.Parameter);
        Assert.Equal("11", error.Problems[0].Value);
        Assert.Equal("a number from 1 to 10", error.Problems[0].Allowed);
    }

    [Fact]
    public void EnumValueAtADottedPath_IsCheckedAgainstTheModelsValues()
    {
        var error = Assert.Throws<SeedreamValidationException>(() => For("seedream-5.0").Prompt("a cat").Extra("optimize_prompt_options.mode", "fast").Build());

        Assert.Equal("extra.optimize_prompt_options.mode", error.Parameter);
        Assert.Equal("fast", error.Problems[0].Value);
        Assert.Equal("standard", error.Problems[0].Allowed);
    }

    [Fact]
    public void SwitchGivenAsText_ThatIsNotABoolean_IsRefused()
    {
        var error = Assert.Throws<SeedreamValidationException>(() => For("seedream-5.0").Prompt("a cat").Extra("stream", "yes").Build());

        Assert.Equal("extra.stream", error.Parameter);
        Assert.Equal("true or false", error.Problems[0].Allowed);
    }

    [Fact]
    public void UnknownToolType_IsRefused_WithTheAllowedTools()
    {
        var error = Assert.Throws<SeedreamValidationException>(() => For("seedream-5.0").Prompt("a cat").Tool("code_interpreter").Build());

        Assert.Equal("extra.tools", error.Parameter);
        Assert.Equal("web_search", error.Problems[0].Allowed);
    }

    [Fact]
    public void TooManyReferenceImages_NamesTheLimit()
    {
        var builder = For("seedream-5.0").Prompt("fuse");
        for (var i = 0; i < 15; i++)
        {
            builder.ReferenceImage($"https://img.test/{i}.png");
        }

        var error = Assert.Throws<SeedreamValidationException>(() => builder.Build());

        Assert.Equal("image_urls", error.Parameter);
        Assert.Equal("15 images", error.Problems[0].Value);
        Assert.Equal("at most 14", error.Problems[0].Allowed);
    }

    [Fact]
    public void InlineReferenceImages_OverTheInlineBudgetTogether_AreRefused_NamingTheLimitAndTheLinkAlternative()
    {
        var image = "data:image/png;base64," + Convert.ToBase64String(TestImages.Large(300 * 1024));
        var builder = For("seedream-4.5").Prompt("fuse").ReferenceImage(image).ReferenceImage("https://img.test/a.png").ReferenceImage(image);

        var error = Assert.Throws<SeedreamValidationException>(() => builder.Build());

        var problem = Assert.Single(error.Problems);
        Assert.Equal("image_urls", problem.Parameter);
        Assert.Equal("614,416 bytes inline", problem.Value);
        Assert.Equal("at most 524,288 bytes inline", problem.Allowed);
        Assert.StartsWith("image_urls[0], image_urls[2] are 600 KiB of image data together (614,416 bytes), sent inline as data: URIs", problem.Message);
        Assert.EndsWith("(http or https links, at most 14 images of at most 10 MiB each for seedream-4.5): put the image where the API can fetch it (your own storage, a pre-signed link) and pass the image's http or https link instead of its data.", problem.Message);
    }

    [Fact]
    public void InlineReferenceImages_WithinTheBudget_AreAccepted()
    {
        var half = "data:image/jpeg;base64," + Convert.ToBase64String(new byte[InlineImages.MaxTotalBytes / 2]);

        var request = For("seedream-5.0").Prompt("fuse").ReferenceImage(half).ReferenceImage(half).Build();

        Assert.Equal(2, request.ReferenceImages.Count);
    }

    [Theory]
    [InlineData("data:image/png,%89PNG", "is a data: URI ('data:image/png,…') that is not Base64 image data")]
    [InlineData("data:text/plain;base64,aGVsbG8=", "is text/plain, which the API does not take as an image; it takes image/jpeg, image/png, image/webp, image/bmp, image/tiff, image/gif.")]
    public void InlineReferenceImage_ThatIsNoBase64ImageTheApiTakes_IsRefused(string url, string expected)
    {
        var error = Assert.Throws<SeedreamValidationException>(() => For("seedream-5.0").Prompt("edit").ReferenceImage(url).Build());

        Assert.Equal("image_urls[0]", error.Parameter);
        Assert.StartsWith("image_urls[0] " + expected, error.Problems.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ImageSetOverTheTotal_SaysHowManyImagesAreStillAllowed()
    {
        var builder = For("seedream-5.0").Prompt("a set").ImageCount(6);
        for (var i = 0; i < 10; i++)
        {
            builder.ReferenceImage($"https://img.test/{i}.png");
        }

        var error = Assert.Throws<SeedreamValidationException>(() => builder.Build());

        Assert.Equal("n", error.Parameter);
        Assert.Equal("at most 5", error.Problems[0].Allowed);
        Assert.Contains("15", error.Message);
    }

    [Fact]
    public void CountBelowOne_IsRefusedAtTheCall()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => For("seedream-5.0").ImageCount(0));

        Assert.Equal("count", error.ParamName);
        Assert.Contains("it must be 1 or more", error.Message);
    }

    [Fact]
    public void EveryProblem_IsListed_NotOnlyTheFirst()
    {
        var error = Assert.Throws<SeedreamValidationException>(() =>
            For("seedream-5.0").Size("7:3").Resolution("4K").Extra("output_format", "gif").Build());

        Assert.Equal(new[] { "prompt", "size", "resolution", "extra.output_format" }, error.Problems.Select(p => p.Parameter));
    }

    [Fact]
    public async Task ARequestFromABareId_IsCheckedAtSubmit_AgainstTheClientsCatalog_AndSendsNothing()
    {
        using var h = new Harness();
        var request = SeedreamRequest.ForModel("seedream-5.0").Prompt("a cat").Extra("output_format", "webp").Build();

        var error = await Assert.ThrowsAsync<SeedreamValidationException>(() => h.Client.SubmitAsync(request));

        Assert.Equal("extra.output_format", error.Problems.Single().Parameter);
        Assert.Equal("png, jpeg", error.Problems.Single().Allowed);
        Assert.Empty(h.Handler.Requests);
    }

    [Fact]
    public void AValidRequest_HasNoProblems()
    {
        var request = For("seedream-5.0").Prompt("a cat").Size("4:5").Resolution("3K").ImageCount(4)
            .Extra("output_format", "png").Extra("stream", "true").Extra("optimize_prompt_options.mode", "standard").Tool("web_search")
            .Build();

        Assert.Null(Record.Exception(() => SeedreamModelCatalog.Shipped.Validate(request)));
    }

    [Fact]
    public async Task SubmitAsync_WithAnInvalidRequest_SendsNothing()
    {
        using var h = new Harness();
        var request = SeedreamRequest.ForModel("seedream-4.5").Prompt("a cat").Resolution("3K").Build();

        await Assert.ThrowsAsync<SeedreamValidationException>(() => h.Client.SubmitAsync(request));

        Assert.Empty(h.Handler.Requests);
    }

    [Fact]
    public async Task SubmitAsync_WithValidationOff_SendsTheRequestAsItIs()
    {
        using var h = new Harness(o => o.ValidateRequests = false);
        h.Handler.On("POST", "/v1/tasks", Reply.Json(200, TaskJson.Task("task-1", "queued", 0)));
        var request = SeedreamRequest.ForModel("seedream-next").Prompt("a cat").Resolution("8K").Build();

        var handle = await h.Client.SubmitAsync(request);

        Assert.Equal("task-1", handle.Id);
        Assert.Equal("8K", (string?)JObject.Parse(h.Handler.Requests.Single().Body!)["resolution"]);
    }

    private static SeedreamRequestBuilder For(string model) => SeedreamRequest.ForModel(SeedreamModelCatalog.Shipped.Find(model)!);
}
