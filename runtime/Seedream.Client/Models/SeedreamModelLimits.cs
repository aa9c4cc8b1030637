namespace Seedream;

/// <summary>The numeric limits of one model.</summary>
public sealed class SeedreamModelLimits
{
    /// <summary>Creates a set of limits.</summary>
    /// <param name="maxReferenceImages">Most reference images (<c>image_urls</c>) per request.</param>
    /// <param name="maxReferenceImageBytes">Largest reference image, in bytes.</param>
    /// <param name="maxImageSetTotal">Reference images + generated images must not exceed this in image-set mode.</param>
    /// <param name="recommendedPromptLength">Recommended longest prompt, in characters.</param>
    public SeedreamModelLimits(int maxReferenceImages, long maxReferenceImageBytes, int maxImageSetTotal, int recommendedPromptLength)
    {
        MaxReferenceImages = maxReferenceImages;
        MaxReferenceImageBytes = maxReferenceImageBytes;
        MaxImageSetTotal = maxImageSetTotal;
        RecommendedPromptLength = recommendedPromptLength;
    }

    /// <summary>Most reference images (<c>image_urls</c>) per request.</summary>
    public int MaxReferenceImages { get; }

    /// <summary>Largest reference image, in bytes.</summary>
    public long MaxReferenceImageBytes { get; }

    /// <summary>Reference images + generated images must not exceed this in image-set mode.</summary>
    public int MaxImageSetTotal { get; }

    /// <summary>Recommended longest prompt, in characters.</summary>
    public int RecommendedPromptLength { get; }
}
