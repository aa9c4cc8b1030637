using System.Drawing;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using Newtonsoft.Json.Linq;
using Seedream.Client.Tests.Infrastructure;
using Xunit;

namespace Seedream.Client.Tests;

public class ImageGeneratorTests
{
    [Fact]
    public async Task GenerateAsync_MapsTheOptionsOntoTheModelsParameters_AndAnswersLinks()
    {
        using var h = new Harness();
        h.Handler
            .On("POST", "/v1/tasks", Reply.Json(200, TaskJson.Task("task-1", "queued", 0)))
            .On("GET", "/v1/tasks/task-1", Reply.Json(200, TaskJson.Task("task-1", "completed", 100, TaskJson.Link("https://cdn.test/0.png"), TaskJson.Link("https://cdn.test/1.png"))));
        IImageGenerator generator = new SeedreamImageGenerator(h.Client);
        var options = new ImageGenerationOptions
        {
            ModelId = "seedream-5.0",
            Count = 2,
            ImageSize = new Size(2848, 1600),
            MediaType = "image/png",
            AdditionalProperties = new AdditionalPropertiesDictionary { ["watermark"] = false, ["optimize_prompt_options.mode"] = "standard" },
        };

        var response = await h.RunAsync(generator.GenerateAsync(new ImageGenerationRequest("a shiba in a space suit"), options));

        var body = JObject.Parse(h.Handler.RequestsTo("POST", "/v1/tasks").Single().Body!);
        Assert.Equal("16:9", (string?)body["size"]);
        Assert.Equal("2K", (string?)body["resolution"]);
        Assert.Equal(2, (int)body["n"]!);
        Assert.False((bool)body["watermark"]!);
        Assert.Equal("png", (string?)body["extra"]!["output_format"]);
        Assert.Equal("standard", (string?)body["extra"]!["optimize_prompt_options"]!["mode"]);
        Assert.Equal(new[] { "https://cdn.test/0.png", "https://cdn.test/1.png" }, response.Contents.OfType<UriContent>().Select(c => c.Uri.ToString()));
        Assert.IsType<SeedreamResult>(response.RawRepresentation);
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

        var body = JObject.Parse(h.Handler.RequestsTo("POST", "/v1/tasks").Single().Body!);
        Assert.Equal("seedream-4.0", (string?)body["model"]);
        Assert.Equal("b64_json", (string?)body["extra"]!["response_format"]);
        var data = Assert.IsType<DataContent>(response.Contents[0]);
        Assert.Equal("image/jpeg", data.MediaType);
        Assert.Equal(TestImages.Jpeg, data.Data.ToArray());
        Assert.Equal("filtered", Assert.IsType<ErrorContent>(response.Contents[1]).ErrorCode);
    }

    [Fact]
    public void GetService_ExposesTheClientAndMetadata()
    {
        using var h = new Harness();
        IImageGenerator generator = new SeedreamImageGenerator(h.Client);

        Assert.Same(h.Client, generator.GetService(typeof(SeedreamClient)));
        Assert.Equal("seedream-5.0", Assert.IsType<ImageGeneratorMetadata>(generator.GetService(typeof(ImageGeneratorMetadata))).DefaultModelId);
    }
}
