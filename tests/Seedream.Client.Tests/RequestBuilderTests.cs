using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Seedream.Transport;
using Xunit;

namespace Seedream.Client.Tests;

public class RequestBuilderTests
{
    [Fact]
    public void TextValues_BecomeTheWireTypesTheModelTableNames()
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

        var json = JObject.Parse(JsonConvert.SerializeObject(request, SeedreamJson.CreateSettings()));

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
    public void NumbersGivenAsText_AreSentAsNumbers()
    {
        var request = SeedreamRequest.ForModel("seedream-4.0").Prompt("a cat").Extra("guidance_scale", "7.5").Build();

        var extra = (JObject)request.Extra!;

        Assert.Equal(JTokenType.Float, extra["guidance_scale"]!.Type);
        Assert.Equal(7.5, (double)extra["guidance_scale"]!);
    }

    [Fact]
    public void TheSameToolTwice_IsSentOnce()
    {
        var request = SeedreamRequest.ForModel("seedream-5.0").Prompt("news").Tool("web_search").Tool("web_search").Build();

        Assert.Single((JArray)((JObject)request.Extra!)["tools"]!);
    }

    [Fact]
    public void BuildingTwice_GivesIndependentRequests()
    {
        var builder = SeedreamRequest.ForModel("seedream-5.0").Prompt("a cat").Extra("output_format", "png");

        var first = builder.Build();
        builder.Extra("output_format", "jpeg");

        Assert.Equal("png", (string?)((JObject)first.Extra!)["output_format"]);
        Assert.Equal("jpeg", (string?)((JObject)builder.Build().Extra!)["output_format"]);
    }
}
