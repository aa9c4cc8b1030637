using System;
using System.Globalization;

namespace Seedream.Sizing;

/// <summary>An image's size in pixels, written <c>WxH</c> as the upstream images API takes and answers it (<c>2848x1600</c>).</summary>
internal readonly struct PixelSize : IEquatable<PixelSize>
{
    public PixelSize(int width, int height)
    {
        Width = width > 0 ? width : throw new ArgumentOutOfRangeException(nameof(width), width, "A width in pixels must be positive.");
        Height = height > 0 ? height : throw new ArgumentOutOfRangeException(nameof(height), height, "A height in pixels must be positive.");
    }

    /// <summary>The width, in pixels.</summary>
    public int Width { get; }

    /// <summary>The height, in pixels.</summary>
    public int Height { get; }

    /// <summary>Width x height.</summary>
    public long Pixels => (long)Width * Height;

    /// <summary>Width / height.</summary>
    public double Aspect => (double)Width / Height;

    /// <summary>Reads <c>WxH</c> (two positive integers around an <c>x</c>, either case, surrounding spaces ignored), as an answer's <c>data[].size</c> carries it.</summary>
    /// <param name="text">The text to read; <see langword="null"/> reads as nothing.</param>
    /// <param name="size">The size read, when the answer is <see langword="true"/>.</param>
    public static bool TryParse(string? text, out PixelSize size)
    {
        size = default;
        var parts = text?.Trim().Split('x', 'X');
        if (parts is not { Length: 2 }
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var width)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var height)
            || width <= 0
            || height <= 0)
        {
            return false;
        }

        size = new PixelSize(width, height);
        return true;
    }

    public bool Equals(PixelSize other) => Width == other.Width && Height == other.Height;

    public override bool Equals(object? obj) => obj is PixelSize other && Equals(other);

    public override int GetHashCode() => unchecked((Width * 397) ^ Height);

    /// <summary><c>WxH</c>, e.g. <c>2848x1600</c>.</summary>
    public override string ToString() => Width.ToString(CultureInfo.InvariantCulture) + "x" + Height.ToString(CultureInfo.InvariantCulture);
}
