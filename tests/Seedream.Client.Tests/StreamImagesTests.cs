using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Seedream.Client.Tests.Infrastructure;
using Xunit;

namespace Seedream.Client.Tests;

public class StreamImagesTests
{
    private const string TaskPath = "/v1/tasks/task-1";

    [Fact]
    public async Task StreamImages_YieldsEachImageAsSoonAsTheTaskShowsIt_WhileItIsStillProcessing()
    {
        using var h = new Harness();
        h.Handler.On("GET", TaskPath,
            Reply.Json(200, TaskJson.Task("task-1", "processing", 10)),
            Reply.Json(200, TaskJson.Task("task-1", "processing", 40, TaskJson.Link("https://cdn.test/0.png"))),
            Reply.Json(200, TaskJson.Task("task-1", "processing", 70, TaskJson.Link("https://cdn.test/0.png"), TaskJson.ImageError("filtered", "Image 1 was filtered."))),
            Reply.Json(200, TaskJson.Task("task-1", "completed", 100, TaskJson.Link("https://cdn.test/0.png"), TaskJson.ImageError("filtered", "Image 1 was filtered."), TaskJson.Link("https://cdn.test/2.png"))));
        var seen = new List<(int Index, bool Succeeded, int PollsSoFar)>();

        await h.DriveAsync(Consume());

        Assert.Equal(new[] { (0, true, 2), (1, false, 3), (2, true, 4) }, seen);

        async Task Consume()
        {
            await foreach (var image in h.Client.StreamImagesAsync("task-1"))
            {
                seen.Add((image.Index, image.Succeeded, h.Handler.Requests.Count));
            }
        }
    }

    [Fact]
    public async Task StreamImages_RaisesTaskFailed_AfterTheImagesAlreadyShown()
    {
        using var h = new Harness();
        h.Handler.On("GET", TaskPath,
            Reply.Json(200, TaskJson.Task("task-1", "processing", 50, TaskJson.Data(TestImages.Png))),
            Reply.Json(200, TaskJson.Failed("task-1", "upstream_error", "The model failed.")));
        var indexes = new List<int>();

        var consume = Consume();
        await h.DriveAsync(consume);

        var error = await Assert.ThrowsAsync<SeedreamTaskFailedException>(() => consume);
        Assert.Equal(new[] { 0 }, indexes);
        Assert.Equal("upstream_error", error.ApiCode);

        async Task Consume()
        {
            await foreach (var image in h.Client.StreamImagesAsync("task-1"))
            {
                indexes.Add(image.Index);
            }
        }
    }
}
