using System;
using System.Collections.Generic;

namespace Seedream;

/// <summary>
/// How one host serves a model (from the <c>hosts</c> of its table in <c>spec/models/*.json</c>): the model's id there,
/// the other ids it takes, whether it takes callbacks, and, on the upstream images API, the pixel limits an exact
/// <c>WxH</c> size must keep.
/// </summary>
public sealed class SeedreamModelHost
{
    /// <summary>Creates a host entry.</summary>
    /// <param name="host">The host.</param>
    /// <param name="id">The model's id there, sent as <c>model</c>, e.g. <c>seedream-5-0-260128</c>.</param>
    /// <param name="aliases">Other ids the host takes for the same model.</param>
    /// <param name="callbacks">Whether the host takes <c>callback_url</c> and <c>callback_events</c>.</param>
    /// <param name="minPixels">The fewest pixels (width x height) of an exact size there, when the host takes exact sizes.</param>
    /// <param name="maxPixels">The most pixels of an exact size there, when the host takes exact sizes.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty, or only one pixel limit is given, or they are not 0 &lt; min &lt;= max.</exception>
    public SeedreamModelHost(SeedreamHost host, string id, IReadOnlyList<string>? aliases, bool callbacks, long? minPixels = null, long? maxPixels = null)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ArgumentException("A model's id at a host must not be empty.", nameof(id));
        }

        if (minPixels.HasValue != maxPixels.HasValue || minPixels <= 0 || maxPixels < minPixels)
        {
            throw new ArgumentException($"Pixel limits are both given, with 0 < min <= max, or neither; they are [{minPixels}, {maxPixels}].", nameof(maxPixels));
        }

        Host = host;
        Id = id;
        Aliases = aliases ?? Array.Empty<string>();
        Callbacks = callbacks;
        MinPixels = minPixels;
        MaxPixels = maxPixels;
    }

    /// <summary>The host.</summary>
    public SeedreamHost Host { get; }

    /// <summary>The model's id there, sent as <c>model</c>.</summary>
    public string Id { get; }

    /// <summary>Other ids the host takes for the same model (e.g. <c>seedream-5-0-lite-260128</c>).</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Whether the host takes <c>callback_url</c> and <c>callback_events</c> (a webhook).</summary>
    public bool Callbacks { get; }

    /// <summary>The fewest pixels (width x height) of an exact size, when the host takes exact sizes; else <see langword="null"/>.</summary>
    public long? MinPixels { get; }

    /// <summary>The most pixels (width x height) of an exact size, when the host takes exact sizes; else <see langword="null"/>.</summary>
    public long? MaxPixels { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Host}: {Id}";
}
