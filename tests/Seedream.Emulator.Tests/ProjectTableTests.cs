using System;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace Seedream.Emulator.Tests;

/// <summary>The emulator takes a project's own tables from its options, as a client does; no process-wide registry.</summary>
public class ProjectTableTests
{
    private const string ModelId = "emulator-test-project";

    private static readonly SeedreamModelTable ProjectTable = new(
        ModelId,
        "EmulatorTestProject",
        "A table a project adds through the emulator's options.",
        new[] { "7:3" },
        new[] { "8K" },
        new SeedreamModelLimits(maxReferenceImages: 2, maxReferenceImageBytes: 1024, maxImageSetTotal: 3, recommendedPromptLength: 100),
        new[] { new SeedreamExtraOption("Strength", "strength", SeedreamExtraKind.Number, "How strongly to apply the style.", minimum: 0, maximum: 1) });

    [Fact]
    public async Task ProjectTable_IsAcceptedAndDrawnAtItsOwnRatioAndResolution()
    {
        await using var harness = await EmulatorHarness.StartAsync(o => o.ModelTables.Add(ProjectTable));
        var request = EmulatorHarness.Request(ModelId);
        request.Size = "7:3";
        request.Resolution = "8K";
        request.Extra = new System.Collections.Generic.Dictionary<string, object> { ["strength"] = 0.5 };

        var task = await harness.CompleteAsync(request);
        var (_, _, bytes) = await ImageDecoding.DownloadAsync(task.Result!.Images!.Single().Url!.Single());
        var image = ImageDecoding.Decode(bytes);

        Assert.Equal(ModelId, task.Model);
        Assert.InRange((double)image.Width / image.Height, 7.0 / 3 * 0.97, 7.0 / 3 * 1.03);
        Assert.InRange((double)image.Width * image.Height, 512.0 * 512 * 0.97, 512.0 * 512 * 1.03);
    }

    [Fact]
    public async Task ProjectTable_LimitsAreEnforced()
    {
        await using var harness = await EmulatorHarness.StartAsync(o => o.ModelTables.Add(ProjectTable));

        var (status, answer) = await harness.PostAsync("v1/tasks", $$$"""{"model":"{{{ModelId}}}","prompt":"x","resolution":"8K","extra":{"strength":2}}""");

        Assert.Equal(400, status);
        Assert.Contains("extra.strength is 2, but emulator-test-project accepts a number from 0 to 1", (string)answer["error"]!["message"]!);
    }

    [Fact]
    public async Task ProjectTable_WithoutSizeOrResolution_DefaultsToValuesTheTableLists()
    {
        await using var harness = await EmulatorHarness.StartAsync(o => o.ModelTables.Add(ProjectTable));

        var (status, answer) = await harness.PostAsync("v1/tasks", $$"""{"model":"{{ModelId}}","prompt":"x"}""");
        harness.Time.Advance(TimeSpan.FromSeconds(5));
        var task = await harness.Client.GetTaskAsync((string)answer["task_id"]!);

        Assert.Equal(200, status);
        Assert.Equal("782x335", task.Result!.Images!.Single().Size);
    }

    [Fact]
    public async Task AnEmulatorWithoutTheProjectTable_DoesNotKnowTheModel_AndSaysHowToGiveItTheTable()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        var (status, answer) = await harness.PostAsync("v1/tasks", $$"""{"model":"{{ModelId}}","prompt":"x"}""");

        Assert.Equal(400, status);
        Assert.Equal(
            $"model '{ModelId}' is not known; known models: seedream-4.0, seedream-4.5, seedream-5.0. A model of your own needs its table: " +
            "add SeedreamProjectModels.Tables (the project's own tables) to SeedreamClientOptions.ModelTables, or to EmulatorOptions.ModelTables for an emulator in process; " +
            "on the command line, give it with --model-table FILE.",
            (string)answer["error"]!["message"]!);
    }
}
