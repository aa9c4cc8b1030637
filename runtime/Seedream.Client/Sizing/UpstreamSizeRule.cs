using System;
using System.Globalization;

namespace Seedream.Sizing;

/// <summary>
/// Turns an aspect ratio and a resolution level (the gateway's <c>size</c> and <c>resolution</c>, e.g. <c>16:9</c>
/// and <c>2K</c>) into the exact <c>WxH</c> the upstream images API takes, which has no ratio form. The rule:
/// <list type="number">
/// <item>The level <c>nK</c> asks for (n x 1024)^2 pixels (2K: 4,194,304), moved into the model's pixel limits.</item>
/// <item>Width and height are multiples of <see cref="Step"/> pixels, and the size is within every limit.</item>
/// <item>Among those sizes, the ones within 10% of the asked pixel count come first; of them, the one whose
///   width / height is nearest the ratio; then the one whose pixel count is nearest. (Nearness is by the
///   logarithm of the quotient, so 10% over and 10% under weigh the same.) When no size lies within 10%, the
///   nearest pixel count wins, then the nearest ratio.</item>
/// </list>
/// At 2K, and at 1K within seedream 4.0's limits, this reproduces the common published table for 1:1, 4:3, 3:2,
/// 16:9 and 21:9 (16:9 2K: 2848x1600; 16:9 1K: 1312x736); published tables disagree, and the answer's
/// <c>data[].size</c> is the size made.
/// </summary>
internal static class UpstreamSizeRule
{
    /// <summary>The step of a width or height, in pixels: that of every size in the common published table.</summary>
    public const int Step = 32;

    private const int PixelsPerK = 1024;

    /// <summary>How far from the asked pixel count a size may be and still be chosen for its ratio: 10%.</summary>
    private static readonly double PixelBand = Math.Log(1.1);

    /// <summary>The exact size for <paramref name="ratio"/> at <paramref name="level"/> within <paramref name="limits"/>.</summary>
    /// <param name="ratio">The aspect ratio, <c>W:H</c> with positive integers (<c>16:9</c>).</param>
    /// <param name="level">The resolution level, <c>nK</c> with a positive integer n (<c>2K</c>; a lower-case k is read too).</param>
    /// <param name="limits">The model's pixel and aspect ratio limits.</param>
    /// <returns>The size, within <paramref name="limits"/>, its sides multiples of <see cref="Step"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="ratio"/> or <paramref name="level"/> is not in its form, or the ratio is outside the limits' aspect ratios.</exception>
    /// <exception cref="ArgumentOutOfRangeException">No size with sides in steps of <see cref="Step"/> fits <paramref name="limits"/> near the ratio.</exception>
    public static PixelSize Map(string ratio, string level, PixelLimits limits)
    {
        if (limits is null)
        {
            throw new ArgumentNullException(nameof(limits));
        }

        var aspect = ParseRatio(ratio);
        if (aspect < limits.MinAspect || aspect > limits.MaxAspect)
        {
            throw new ArgumentException($"The aspect ratio {ratio} is outside the model's aspect ratios, [{limits.MinAspect.ToString(CultureInfo.InvariantCulture)}, {limits.MaxAspect.ToString(CultureInfo.InvariantCulture)}] (width / height).", nameof(ratio));
        }

        var side = (double)ParseLevel(level) * PixelsPerK;
        var target = Math.Min(Math.Max(side * side, limits.MinPixels), limits.MaxPixels);

        // Heights from half to twice the ideal hold every size within 10% of the target and then some; for each,
        // the widths a step either side of the ratio.
        var idealHeight = Math.Sqrt(target / aspect);
        var first = Math.Max(1, (long)Math.Floor(idealHeight / 2 / Step));
        var last = (long)Math.Ceiling(idealHeight * 2 / Step);
        PixelSize? best = null;
        var bestScore = (double.MaxValue, double.MaxValue, double.MaxValue);
        for (var heightSteps = first; heightSteps <= last && heightSteps * Step <= int.MaxValue; heightSteps++)
        {
            var height = heightSteps * Step;
            var widthSteps = height * aspect / Step;
            foreach (var candidateSteps in new[] { Math.Floor(widthSteps), Math.Ceiling(widthSteps) })
            {
                var width = candidateSteps * Step;
                if (width < Step || width > int.MaxValue)
                {
                    continue;
                }

                var size = new PixelSize((int)width, (int)height);
                if (!limits.Allow(size))
                {
                    continue;
                }

                var pixelError = Math.Abs(Math.Log(size.Pixels / target));
                var ratioError = Math.Abs(Math.Log(size.Aspect / aspect));
                var outside = Math.Max(0, pixelError - PixelBand);
                var score = outside > 0 ? (outside, pixelError, ratioError) : (0d, ratioError, pixelError);
                if (score.CompareTo(bestScore) < 0)
                {
                    best = size;
                    bestScore = score;
                }
            }
        }

        return best ?? throw new ArgumentOutOfRangeException(nameof(limits), $"No size with sides in steps of {Step} pixels near {ratio} fits the model's limits ({limits}).");
    }

    private static double ParseRatio(string ratio)
    {
        var parts = ratio?.Split(':');
        if (parts is { Length: 2 }
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var width)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var height)
            && width > 0
            && height > 0)
        {
            return (double)width / height;
        }

        throw new ArgumentException($"The aspect ratio '{ratio}' is not W:H with two positive integers (e.g. 16:9).", nameof(ratio));
    }

    private static int ParseLevel(string level)
    {
        if (level is { Length: >= 2 } && (level[level.Length - 1] is 'K' or 'k')
            && int.TryParse(level.Substring(0, level.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var kilo)
            && kilo > 0)
        {
            return kilo;
        }

        throw new ArgumentException($"The resolution level '{level}' is not nK with n a positive whole number (e.g. 2K).", nameof(level));
    }
}
