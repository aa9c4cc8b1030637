namespace Seedream;

/// <summary>
/// What a generation on an upstream host used, as its answer says (<c>usage</c>): only images made are billed. Each
/// figure is <see langword="null"/> when the answer did not give it.
/// </summary>
public sealed class SeedreamUsage
{
    /// <summary>Creates a usage record; see also <see cref="SeedreamModelFactory"/>.</summary>
    /// <param name="generatedImages">The images made (and billed).</param>
    /// <param name="outputTokens">The output tokens.</param>
    /// <param name="totalTokens">All tokens.</param>
    public SeedreamUsage(int? generatedImages, long? outputTokens, long? totalTokens)
    {
        GeneratedImages = generatedImages;
        OutputTokens = outputTokens;
        TotalTokens = totalTokens;
    }

    /// <summary>The images made (and billed): <c>usage.generated_images</c>.</summary>
    public int? GeneratedImages { get; }

    /// <summary>The output tokens: <c>usage.output_tokens</c>.</summary>
    public long? OutputTokens { get; }

    /// <summary>All tokens: <c>usage.total_tokens</c>.</summary>
    public long? TotalTokens { get; }

    /// <inheritdoc />
    public override string ToString() => $"{GeneratedImages?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"} image(s), {TotalTokens?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"} token(s)";
}
