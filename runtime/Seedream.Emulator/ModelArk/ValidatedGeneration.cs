using System.Collections.Generic;
using Seedream.Sizing;

namespace Seedream.Emulator;

/// <summary>What the emulator keeps of an upstream images request that passed validation, with the defaults filled in.</summary>
/// <param name="ModelId">The upstream model id answers name (for an endpoint id, the model it stands for).</param>
/// <param name="Model">The model: its ids, limits and the table whose rules it follows.</param>
/// <param name="PromptDigest">The prompt's <see cref="PromptImageRenderer.Digest"/>, which its images are painted from.</param>
/// <param name="Size">The size asked for, in full pixels: the exact <c>WxH</c>, or a level's square (<c>2K</c>: 2048x2048).</param>
/// <param name="MaxImages">The most images to make: <c>max_images</c> under <c>sequential_image_generation: auto</c>, else 1.</param>
/// <param name="IsSet">Whether <c>sequential_image_generation</c> is <c>auto</c>.</param>
/// <param name="Stream">Whether the answer is a stream of Server-Sent Events.</param>
/// <param name="Base64">Whether images come as <c>b64_json</c> instead of links.</param>
/// <param name="OutputFormat">PNG or JPEG, from <c>output_format</c>.</param>
/// <param name="Tools">The types of the <c>tools</c> asked for, in order; empty when none.</param>
internal sealed record ValidatedGeneration(
    string ModelId,
    UpstreamModel Model,
    byte[] PromptDigest,
    PixelSize Size,
    int MaxImages,
    bool IsSet,
    bool Stream,
    bool Base64,
    ImageFormat OutputFormat,
    IReadOnlyList<string> Tools);
