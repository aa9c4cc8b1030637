using System;
using System.IO;
using StbImageWriteSharp;

namespace Seedream.Emulator;

/// <summary>Encodes RGB pixels as PNG or JPEG.</summary>
internal static class ImageEncoder
{
    private const int JpegQuality = 90;

    /// <summary>Encodes tightly packed 8-bit RGB pixels.</summary>
    /// <param name="rgb">The pixels, row by row from the top.</param>
    /// <param name="width">Width in pixels.</param>
    /// <param name="height">Height in pixels.</param>
    /// <param name="format">PNG or JPEG.</param>
    public static byte[] Encode(byte[] rgb, int width, int height, ImageFormat format)
    {
        using var stream = new MemoryStream();
        var writer = new ImageWriter();
        switch (format)
        {
            case ImageFormat.Png:
                writer.WritePng(rgb, width, height, ColorComponents.RedGreenBlue, stream);
                break;
            case ImageFormat.Jpeg:
                writer.WriteJpg(rgb, width, height, ColorComponents.RedGreenBlue, stream, JpegQuality);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Only PNG and JPEG are produced.");
        }

        return stream.ToArray();
    }

    /// <summary>The MIME type of <paramref name="format"/>.</summary>
    /// <param name="format">PNG or JPEG.</param>
    public static string ContentType(ImageFormat format) => format == ImageFormat.Png ? "image/png" : "image/jpeg";

    /// <summary>The file extension of <paramref name="format"/>, without the dot.</summary>
    /// <param name="format">PNG or JPEG.</param>
    public static string Extension(ImageFormat format) => format == ImageFormat.Png ? "png" : "jpeg";
}
