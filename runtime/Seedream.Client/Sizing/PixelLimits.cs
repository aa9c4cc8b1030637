using System;

namespace Seedream.Sizing;

/// <summary>
/// The sizes a model accepts as an exact <c>WxH</c> on the upstream images API: a pixel count (width x height)
/// and an aspect ratio (width / height), each within inclusive bounds. Data a model table carries: seedream 4.5
/// and 5.0 take [3,686,400, 16,777,216] pixels, seedream 4.0 [921,600, 16,777,216]; all three an aspect
/// ratio within [1/16, 16].
/// </summary>
internal sealed class PixelLimits
{
    /// <summary>The aspect ratio bounds every Seedream model documents: [1/16, 16].</summary>
    public const double DefaultMinAspect = 1.0 / 16;

    /// <inheritdoc cref="DefaultMinAspect"/>
    public const double DefaultMaxAspect = 16;

    /// <param name="minPixels">The fewest pixels; positive.</param>
    /// <param name="maxPixels">The most pixels; at least <paramref name="minPixels"/>.</param>
    /// <param name="minAspect">The smallest width / height; positive.</param>
    /// <param name="maxAspect">The largest width / height; at least <paramref name="minAspect"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A bound is not positive, or a lower bound is above its upper bound.</exception>
    public PixelLimits(long minPixels, long maxPixels, double minAspect = DefaultMinAspect, double maxAspect = DefaultMaxAspect)
    {
        if (minPixels <= 0 || maxPixels < minPixels)
        {
            throw new ArgumentOutOfRangeException(nameof(maxPixels), $"Pixel limits must be 0 < min <= max, but they are [{minPixels}, {maxPixels}].");
        }

        if (!(minAspect > 0) || !(maxAspect >= minAspect) || double.IsInfinity(maxAspect))
        {
            throw new ArgumentOutOfRangeException(nameof(maxAspect), $"Aspect ratio limits must be 0 < min <= max < infinity, but they are [{minAspect}, {maxAspect}].");
        }

        MinPixels = minPixels;
        MaxPixels = maxPixels;
        MinAspect = minAspect;
        MaxAspect = maxAspect;
    }

    /// <summary>The fewest pixels (width x height).</summary>
    public long MinPixels { get; }

    /// <summary>The most pixels (width x height).</summary>
    public long MaxPixels { get; }

    /// <summary>The smallest width / height.</summary>
    public double MinAspect { get; }

    /// <summary>The largest width / height.</summary>
    public double MaxAspect { get; }

    /// <summary>Whether <paramref name="size"/> is within every bound.</summary>
    public bool Allow(PixelSize size) =>
        size.Pixels >= MinPixels && size.Pixels <= MaxPixels && size.Aspect >= MinAspect && size.Aspect <= MaxAspect;

    public override string ToString() => $"pixels [{MinPixels}, {MaxPixels}], aspect ratio [{MinAspect}, {MaxAspect}]";
}
