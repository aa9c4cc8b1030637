using System;
using System.Collections.Generic;
using System.Globalization;

namespace Seedream.Emulator;

/// <summary>
/// The pixel size for an aspect ratio and resolution, from the ratio-to-pixel table most often published for these models
/// (published tables disagree, and the provider documents none: the <c>size</c> of an answer is the truth, see
/// <c>spec/modelark-images.openapi.json</c>).
/// Portrait ratios swap the landscape figure's width and height; ratios and resolutions without a
/// published figure (4:5, 5:4, a table's 8K) are derived at the pixel count of the square of side
/// N × 1024 for resolution <c>NK</c>, rounded to multiples of 16.
/// </summary>
public static class PixelSizeTable
{
    private const int PublishedColumns = 4;
    private const int MaxThousands = 16;

    private static readonly Dictionary<string, (int Width, int Height)[]> Landscape = new(StringComparer.Ordinal)
    {
        // 1K, 2K, 3K, 4K
        ["1:1"] = new[] { (1024, 1024), (2048, 2048), (3072, 3072), (4096, 4096) },
        ["4:3"] = new[] { (1152, 864), (2304, 1728), (3456, 2592), (4704, 3520) },
        ["16:9"] = new[] { (1312, 736), (2848, 1600), (4096, 2304), (5504, 3040) },
        ["3:2"] = new[] { (1248, 832), (2496, 1664), (3744, 2496), (4992, 3328) },
        ["21:9"] = new[] { (1568, 672), (3136, 1344), (4704, 2016), (6240, 2656) },
    };

    /// <summary>The full-size pixel width and height of an image of <paramref name="ratio"/> at <paramref name="resolution"/>.</summary>
    /// <param name="ratio">An aspect ratio such as <c>16:9</c> or <c>9:16</c>.</param>
    /// <param name="resolution">A resolution <c>NK</c>, e.g. <c>2K</c>; 1K to 4K are published, others derived.</param>
    /// <exception cref="ArgumentException">The ratio is not <c>W:H</c> with positive integers, or the resolution is not <c>NK</c> with N from 1 to 16.</exception>
    public static (int Width, int Height) Lookup(string ratio, string resolution)
    {
        var thousands = ParseResolution(resolution);
        var (ratioWidth, ratioHeight) = ParseRatio(ratio);
        var landscapeKey = ratioWidth >= ratioHeight ? ratio : $"{ratioHeight}:{ratioWidth}";
        if (thousands <= PublishedColumns && Landscape.TryGetValue(landscapeKey, out var row))
        {
            var (width, height) = row[thousands - 1];
            return ratioWidth >= ratioHeight ? (width, height) : (height, width);
        }

        var square = thousands * 1024;
        var scale = Math.Sqrt((double)ratioWidth / ratioHeight);
        return (RoundTo16(square * scale), RoundTo16(square / scale));
    }

    /// <summary>The pixel size after dividing by <paramref name="scaleDown"/>, at least 1×1.</summary>
    /// <param name="ratio">An aspect ratio such as <c>16:9</c>.</param>
    /// <param name="resolution">A resolution <c>NK</c>, e.g. <c>2K</c>.</param>
    /// <param name="scaleDown">The divisor, at least 1.</param>
    public static (int Width, int Height) Scaled(string ratio, string resolution, int scaleDown)
    {
        var (width, height) = Lookup(ratio, resolution);
        return ScaleDown(width, height, scaleDown);
    }

    /// <summary>A pixel size divided by <paramref name="scaleDown"/>, at least 1×1.</summary>
    /// <param name="width">The full width in pixels.</param>
    /// <param name="height">The full height in pixels.</param>
    /// <param name="scaleDown">The divisor, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scaleDown"/> is below 1.</exception>
    public static (int Width, int Height) ScaleDown(int width, int height, int scaleDown)
    {
        if (scaleDown < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(scaleDown), scaleDown, "The scale-down divisor must be 1 or more.");
        }

        return (Math.Max(1, width / scaleDown), Math.Max(1, height / scaleDown));
    }

    private static int ParseResolution(string resolution)
    {
        if (resolution.Length >= 2
            && resolution[^1] is 'K' or 'k'
            && int.TryParse(resolution.AsSpan(0, resolution.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var thousands)
            && thousands is > 0 and <= MaxThousands)
        {
            return thousands;
        }

        throw new ArgumentException($"Resolution '{resolution}' has no pixel size: expected NK with N from 1 to {MaxThousands} (published: 1K, 2K, 3K, 4K).", nameof(resolution));
    }

    private static (int Width, int Height) ParseRatio(string ratio)
    {
        var parts = ratio.Split(':');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var width)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var height)
            && width > 0 && height > 0)
        {
            return (width, height);
        }

        throw new ArgumentException($"Aspect ratio '{ratio}' is not of the form W:H with positive integers.", nameof(ratio));
    }

    private static int RoundTo16(double value) => (int)Math.Round(value / 16, MidpointRounding.AwayFromZero) * 16;
}
