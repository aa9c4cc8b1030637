using System;

namespace Seedream.Annotations;

/// <summary>
/// Put by the Seedream source generator on a model's entry type and builder: the model's id and the
/// limits the Seedream analyzers check constant arguments against (SEEDREAM102, SEEDREAM104, SEEDREAM105).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
public sealed class SeedreamModelAttribute : Attribute
{
    /// <summary>Describes a generated model type.</summary>
    /// <param name="id">The model id, e.g. <c>seedream-5.0</c>.</param>
    /// <param name="maxReferenceImages">Most reference images per request.</param>
    /// <param name="maxImageSetTotal">Most reference images + generated images in image-set mode.</param>
    /// <param name="recommendedPromptLength">Recommended longest prompt, in characters.</param>
    public SeedreamModelAttribute(string id, int maxReferenceImages, int maxImageSetTotal, int recommendedPromptLength)
    {
        Id = id;
        MaxReferenceImages = maxReferenceImages;
        MaxImageSetTotal = maxImageSetTotal;
        RecommendedPromptLength = recommendedPromptLength;
    }

    /// <summary>The model id, e.g. <c>seedream-5.0</c>.</summary>
    public string Id { get; }

    /// <summary>Most reference images per request.</summary>
    public int MaxReferenceImages { get; }

    /// <summary>Most reference images + generated images in image-set mode.</summary>
    public int MaxImageSetTotal { get; }

    /// <summary>Recommended longest prompt, in characters.</summary>
    public int RecommendedPromptLength { get; }
}
