using System;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace Seedream.Emulator.Tests;

public class RegisteredTableTests
{
    private const string ModelId = "emulator-test-registered";

    static RegisteredTableTests() => SeedreamModelCatalog.Register(new SeedreamModelTable(
        ModelId,
        "EmulatorTestRegistered",
        "A table a project registers at run time.",
        new[] { "7:3" },
        new[] { "8K" },
        new SeedreamModelLimits(maxReferenceImages: 2, maxReferenceImageBytes: 1024, maxImageSetTotal: 3, recommendedPromptLength: 100),
        new[] { new SeedreamExtraOption("Strength", "strength", SeedreamExtraKind.Number, "How strongly to apply the style.", minimum: 0, maximum: 1) }));

    [Fact]
    public async Task RegisteredTable_IsAcceptedAndDrawnAtItsOwnRatioAndResolution()
    {
        await using var harness = await EmulatorHarness.StartAsync();
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
    public async Task RegisteredTable_LimitsAreEnforced()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        var (status, answer) = await harness.PostAsync("v1/tasks", $$$"""{"model":"{{{ModelId}}}","prompt":"x","resolution":"8K","extra":{"strength":2}}""");

        Assert.Equal(400, status);
        Assert.Contains("extra.strength is '2'; emulator-test-registered accepts a number from 0 to 1", (string)answer["error"]!["message"]!);
    }

    [Fact]
    public async Task RegisteredTable_WithoutSizeOrResolution_DefaultsToValuesTheTableLists()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        var (status, answer) = await harness.PostAsync("v1/tasks", $$"""{"model":"{{ModelId}}","prompt":"x"}""");
        harness.Time.Advance(TimeSpan.FromSeconds(5));
        var task = await harness.Client.GetTaskAsync((string)answer["task_id"]!);

        Assert.Equal(200, status);
        Assert.Equal("782x335", task.Result!.Images!.Single().Size);
    }
}
