namespace Seedream.Batch.Tests.Infrastructure;

/// <summary>A model table of the project's own, as a consuming project adds it to its client (and to the emulator standing in for the API).</summary>
internal static class ProjectTables
{
    public const string ModelId = "batch-test-project";

    public static readonly SeedreamModelTable Table = new(
        ModelId,
        "BatchTestProject",
        "A table a project adds through the client's options.",
        new[] { "7:3" },
        new[] { "8K" },
        new SeedreamModelLimits(maxReferenceImages: 2, maxReferenceImageBytes: 1024, maxImageSetTotal: 3, recommendedPromptLength: 100),
        new[] { new SeedreamExtraOption("Strength", "strength", SeedreamExtraKind.Number, "How strongly to apply the style.", minimum: 0, maximum: 1) });
}
