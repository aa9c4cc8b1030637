using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Seedream.Client.Tests.Infrastructure;
using Seedream.Testing;
using Xunit;

namespace Seedream.Client.Tests.PublicSurface;

/// <summary>A user tests their own code by substituting the client (a subclass) and building results with the model factory.</summary>
public class MockingTests
{
    [Fact]
    public async Task UsersCode_RunsAgainstASubstitutedClient_AndSavesAFactoryBuiltResultThroughIt()
    {
        var client = new FakeClient();

        var paths = await UsersCode.GenerateAndSaveAsync(client, "a shiba", "out");

        Assert.Equal(new[] { Path.Combine("out", "task-fake-0.png"), Path.Combine("out", "task-fake-1.png") }, paths);
        Assert.Equal("a shiba", client.Prompt);
        Assert.Equal(new[] { 0, 1 }, client.Saved.OrderBy(index => index));
    }

    [Fact]
    public async Task AFactoryBuiltResult_IsSavedForRealThroughAClientUnderTest()
    {
        using var h = new Harness();
        h.Handler.On("GET", "/a.png", Reply.Bytes(TestImages.Png, "image/png"));
        using var directory = new TemporaryDirectory();
        var task = SeedreamModelFactory.Task("task-9", images: new[] { SeedreamModelFactory.Image("task-9", 0, new Uri("https://cdn.test/a.png")) });

        var saved = await SeedreamModelFactory.Result(task, h.Client).SaveImagesAsync(directory.Path);

        Assert.Equal(TestImages.Png, File.ReadAllBytes(Assert.Single(saved).Path));
    }

    [Fact]
    public void AFactoryBuiltOperation_HasCompleted_AndGivesItsValue()
    {
        var operation = SeedreamModelFactory.Operation(SeedreamModelFactory.Task("task-1", SeedreamTaskStatus.Completed), new FakeClient());
        var failed = SeedreamModelFactory.Operation(SeedreamModelFactory.Task("task-2", SeedreamTaskStatus.Failed, error: SeedreamModelFactory.TaskError("task_failed", "no")));
        var running = SeedreamModelFactory.Operation(SeedreamModelFactory.Task("task-3", SeedreamTaskStatus.Processing));

        Assert.True(operation.HasCompleted);
        Assert.Equal("task-1", operation.Value.TaskId);
        Assert.Equal("task_failed", Assert.Throws<SeedreamTaskFailedException>(() => failed.Value).ApiCode);
        Assert.False(running.HasCompleted);
        Assert.Throws<InvalidOperationException>(() => running.Value);
    }

    /// <summary>What a user's application might do with the client.</summary>
    private static class UsersCode
    {
        public static async Task<IReadOnlyList<string>> GenerateAndSaveAsync(SeedreamClient client, string prompt, string directory)
        {
            var request = SeedreamRequest.ForModel("seedream-5.0").Prompt(prompt).Size("1:1").Build();
            var result = await client.GenerateAsync(request);
            var saved = await result.SaveImagesAsync(directory);
            return saved.Select(image => image.Path).ToList();
        }
    }

    /// <summary>A test double: answers a finished task of two images and "saves" them without touching the disk.</summary>
    private sealed class FakeClient : SeedreamClient
    {
        public string? Prompt { get; private set; }

        public List<int> Saved { get; } = new();

        public override Task<SeedreamResult> GenerateAsync(SeedreamRequest request, IProgress<SeedreamTaskUpdate>? progress = null, CancellationToken cancellationToken = default)
        {
            Prompt = request.Prompt;
            var images = new[]
            {
                SeedreamModelFactory.Image("task-fake", 0, new Uri("https://cdn.test/0.png")),
                SeedreamModelFactory.Image("task-fake", 1, new Uri("https://cdn.test/1.png")),
            };
            return Task.FromResult(SeedreamModelFactory.Result(SeedreamModelFactory.Task("task-fake", images: images), this));
        }

        public override Task<SeedreamSavedImage> SaveImageAsync(SeedreamImage image, string directory, CancellationToken cancellationToken = default)
        {
            lock (Saved)
            {
                Saved.Add(image.Index);
            }

            return Task.FromResult(SeedreamModelFactory.SavedImage(image.TaskId, image.Index, Path.Combine(directory, $"{image.TaskId}-{image.Index}.png")));
        }
    }
}
