namespace Seedream.Generators.Analyzers;

/// <summary>A model's id and limits as its generated types declare them.</summary>
internal sealed record ModelLimits(string Id, int MaxReferenceImages, int MaxImageSetTotal, int RecommendedPromptLength);
