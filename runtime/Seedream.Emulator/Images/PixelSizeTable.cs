using System;
using System.Collections.Generic;
using System.Globalization;

namespace Seedream.Emulator;

/// <summary>
/// The provider's pixel size for an aspect ratio and resolution (the common table in API-NOTES.md).
/// Portrait ratios swap the landscape figure's width and height; ratios without a published figure
/// (4:5, 5:4, and any other) are derived at the pixel count of 1:1, rounded to multiples of 16.
/// </summary>
public static class PixelSizeTable
{
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
    /// <param name="resolution">A resolution from <c>1K</c> to <c>4K</c>.</param>
    /// <exception cref="ArgumentException">The ratio is not <c>W:H</c> with positive integers, or the resolution is not 1K–4K.</exception>
    public static (int Width, int Height) Lookup(string ratio, string resolution)
    {
        var column = ResolutionColumn(resolution);
        var (ratioWidth, ratioHeight) = ParseRatio(ratio);
        var landscapeKey = ratioWidth >= ratioHeight ? ratio : $"{ratioHeight}:{ratioWidth}";
        if (Landscape.TryGetValue(landscapeKey, out var row))
        {
            var (width, height) = row[column];
            return ratioWidth >= ratioHeight ? (width, height) : (height, width);
        }

        var square = Landscape["1:1"][column].Width;
        var scale = Math.Sqrt((double)ratioWidth / ratioHeight);
        return (RoundTo16(square * scale), RoundTo16(square / scale));
    }

    /// <summary>The pixel size after dividing by <paramref name="scaleDown"/>, at least 1×1.</summary>
    /// <param name="ratio">An aspect ratio such as <c>16:9</c>.</param>
    /// <param name="resolution">A resolution from <c>1K</c> to <c>4K</c>.</param>
    /// <param name="scaleDown">The divisor, at least 1.</param>
    public static (int Width, int Height) Scaled(string ratio, string resolution, int scaleDown)
    {
        if (scaleDown < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(scaleDown), scaleDown, "The scale-down divisor must be 1 or more.");
        }

        var (width, height) = Lookup(ratio, resolution);
        return (Math.Max(1, width / scaleDown), Math.Max(1, height / scaleDown));
    }

    private static int ResolutionColumn(string resolution) => resolution switch
    {
        "1K" => 0,
        "2K" => 1,
        "3K" => 2,
        "4K" => 3,
        _ => throw new ArgumentException($"Resolution '{resolution}' has no pixel size (known: 1K, 2K, 3K, 4K).", nameof(resolution)),
    };

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
