using System;
using System.Linq;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Seedream.Client.Tests.Infrastructure;
using Xunit;

namespace Seedream.Client.Tests;

public class RequestBuilderTests
{
    [Fact]
    public async Task TextValues_AreSentAsTheWireTypesTheModelTableNames()
    {
        var request = SeedreamRequest.ForModel("seedream-5.0")
            .Prompt("一只柴犬穿宇航服站在月球上")
            .Size("16:9")
            .Resolution("2K")
            .Watermark(false)
            .Extra("output_format", "png")
            .Extra("stream", "true")
            .Extra("optimize_prompt_options.mode", "standard")
            .Extra("tools", "web_search")
            .Build();

        var json = await SentAsync(request);

        Assert.Equal("seedream-5.0", (string?)json["model"]);
        Assert.Equal("generate", (string?)json["action"]);
        Assert.Equal("16:9", (string?)json["size"]);
        Assert.False((bool)json["watermark"]!);
        Assert.Equal("png", (string?)json["extra"]!["output_format"]);
        Assert.Equal(JTokenType.Boolean, json["extra"]!["stream"]!.Type);
        Assert.Equal("standard", (string?)json["extra"]!["optimize_prompt_options"]!["mode"]);
        Assert.Equal("[{\"type\":\"web_search\"}]", json["extra"]!["tools"]!.ToString(Formatting.None));
    }

    [Fact]
    public async Task NumbersGivenAsText_AreSentAsNumbers()
    {
        var request = SeedreamRequest.ForModel("seedream-4.0").Prompt("a cat").Extra("guidance_scale", "7.5").Build();

        var extra = (await SentAsync(request))["extra"]!;

        Assert.Equal(JTokenType.Float, extra["guidance_scale"]!.Type);
        Assert.Equal(7.5, (double)extra["guidance_scale"]!);
    }

    [Fact]
    public void TheSameToolTwice_IsKeptOnce_AtTheTablesToolPath()
    {
        var request = SeedreamRequest.ForModel(SeedreamModelCatalog.Shipped.Find("seedream-5.0")!).Prompt("news").WebSearch().Tool("web_search").Build();

        Assert.Equal(new[] { "web_search" }, Assert.IsAssignableFrom<System.Collections.Generic.IReadOnlyList<string>>(request.Extras["tools"]));
    }

    [Fact]
    public void BuildingTwice_GivesIndependentImmutableRequests()
    {
        var builder = SeedreamRequest.ForModel("seedream-5.0").Prompt("a cat").Extra("output_format", "png").ReferenceImage("https://example.com/a.png");

        var first = builder.Build();
        builder.Extra("output_format", "jpeg").ReferenceImage("https://example.com/b.png");

        Assert.Equal("png", first.Extras["output_format"]);
        Assert.Single(first.ReferenceImages);
        Assert.Equal("jpeg", builder.Build().Extras["output_format"]);
        Assert.Equal(2, builder.Build().ReferenceImages.Count);
    }

    [Fact]
    public void SingleArgumentRules_ThrowArgumentExceptions_AtTheCall()
    {
        var builder = SeedreamRequest.ForModel("seedream-5.0");

        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => builder.ImageCount(0)).ParamName);
        Assert.Equal("url", Assert.Throws<ArgumentException>(() => builder.ReferenceImage("not/absolute")).ParamName);
        Assert.Contains("http or https", Assert.Throws<ArgumentException>(() => builder.CallbackUrl("ftp://example.com/hook")).Message);
        Assert.Equal("prompt", Assert.Throws<ArgumentException>(() => builder.Prompt(" ")).ParamName);
        Assert.Equal("path", Assert.Throws<ArgumentException>(() => builder.Extra("a..b", true)).ParamName);
        Assert.Equal("type", Assert.Throws<ArgumentException>(() => builder.Tool("")).ParamName);
    }

    [Fact]
    public void CrossFieldRules_FromATable_ThrowValidationAtBuild_NotArgumentExceptions()
    {
        var table = SeedreamModelCatalog.Shipped.Find("seedream-4.5")!;
        var builder = SeedreamRequest.ForModel(table).Prompt("a set").ImageCount(5)
            .ReferenceImages(Enumerable.Range(0, 14).Select(i => $"https://example.com/{i}.png").ToArray());

        var error = Assert.Throws<SeedreamValidationException>(() => builder.Build());

        Assert.Equal("n", error.Parameter);
        Assert.Contains("image-set mode", error.Message);
    }

    [Fact]
    public void ARequestFromABareId_IsNotCheckedAtBuild_ButCarriesNoTable()
    {
        var request = SeedreamRequest.ForModel("seedream-6.0").Prompt("a cat").Size("7:3").Build();

        Assert.Null(request.Table);
        Assert.Equal("seedream-6.0", request.Model);
    }

    private static async Task<JObject> SentAsync(SeedreamRequest request)
    {
        using var h = new Harness();
        h.Handler.On("POST", "/v1/tasks", Reply.Json(200, TaskJson.Task("task-1", "queued", 0)));
        await h.Client.SubmitAsync(request);
        return JObject.Parse(h.Handler.RequestsTo("POST", "/v1/tasks").Single().Body!);
    }
}
