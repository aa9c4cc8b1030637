namespace Seedream.Generators.Model;

/// <summary>The numeric limits of a table.</summary>
internal sealed record LimitsSpec(int MaxReferenceImages, long MaxReferenceImageBytes, int MaxImageSetTotal, int RecommendedPromptLength);
