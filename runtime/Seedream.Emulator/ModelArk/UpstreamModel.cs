using System;
using System.Collections.Generic;
using System.Linq;
using Seedream.Sizing;

namespace Seedream.Emulator;

/// <summary>
/// A Seedream model as the upstream images API names it: its ids there (BytePlus ModelArk's, and Volcengine Ark's with a
/// <c>doubao-</c> prefix), the model table whose rules it follows (by the table's id), and the limits of an exact
/// <c>WxH</c> size (the provider's documentation, recorded in the <c>size</c> field of <c>spec/modelark-images.openapi.json</c>).
/// </summary>
/// <param name="Ids">Its ids on the upstream API, the first being the one answers name when an endpoint id stands for it.</param>
/// <param name="TableId">The id of its model table, e.g. <c>seedream-5.0</c>.</param>
/// <param name="Limits">The pixel count and aspect ratio an exact size must have.</param>
internal sealed record UpstreamModel(IReadOnlyList<string> Ids, string TableId, PixelLimits Limits)
{
    private const long MaxPixels = 16_777_216;

    /// <summary>The models the emulated upstream API serves: seedream 5.0, 4.5 and 4.0.</summary>
    public static readonly IReadOnlyList<UpstreamModel> All = new[]
    {
        Named("seedream-5.0", new PixelLimits(3_686_400, MaxPixels), "seedream-5-0-260128", "seedream-5-0-lite-260128"),
        Named("seedream-4.5", new PixelLimits(3_686_400, MaxPixels), "seedream-4-5-251128"),
        Named("seedream-4.0", new PixelLimits(921_600, MaxPixels), "seedream-4-0-250828"),
    };

    /// <summary>Every id the emulated API takes, in the order of <see cref="All"/>, for messages.</summary>
    public static string KnownIds => string.Join(", ", All.SelectMany(model => model.Ids));

    /// <summary>The model with <paramref name="id"/> among its ids (exact, case-sensitive), or <see langword="null"/>.</summary>
    /// <param name="id">An upstream model id, e.g. <c>doubao-seedream-5-0-260128</c>.</param>
    public static UpstreamModel? Find(string id) => All.FirstOrDefault(model => model.Ids.Contains(id, StringComparer.Ordinal));

    private static UpstreamModel Named(string tableId, PixelLimits limits, params string[] byteplusIds) =>
        new(byteplusIds.Concat(byteplusIds.Select(id => "doubao-" + id)).ToArray(), tableId, limits);
}
