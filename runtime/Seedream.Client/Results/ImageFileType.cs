using System;

namespace Seedream.Results;

/// <summary>
/// Names a saved image's type from its first bytes: the bytes decide, whatever the server's content type
/// claims, and bytes that are no known image (an HTML or XML error page served as <c>image/jpeg</c>, a gzip
/// stream) are not an image at all.
/// </summary>
internal static class ImageFileType
{
    /// <summary>How many leading bytes <see cref="Sniff"/> looks at.</summary>
    public const int HeaderLength = 12;

    /// <summary>The extension (without dot) of an image media type, or <see langword="null"/> when it is not a known image type.</summary>
    public static string? ExtensionOf(string? mediaType)
    {
        switch (mediaType?.Trim().ToLowerInvariant())
        {
            case "image/png": return "png";
            case "image/jpeg":
            case "image/jpg":
            case "image/pjpeg": return "jpg";
            case "image/webp": return "webp";
            case "image/gif": return "gif";
            case "image/bmp":
            case "image/x-ms-bmp": return "bmp";
            case "image/tiff": return "tiff";
            case "image/avif": return "avif";
            default: return null;
        }
    }

    /// <summary>The image media type a link's path names by its file extension, or <see langword="null"/> when it names none.</summary>
    public static string? MediaTypeOfPath(string path)
    {
        var dot = path.LastIndexOf('.');
        var slash = path.LastIndexOf('/');
        switch (dot > slash ? path.Substring(dot + 1).ToLowerInvariant() : null)
        {
            case "png": return "image/png";
            case "jpg":
            case "jpeg": return "image/jpeg";
            case "webp": return "image/webp";
            case "gif": return "image/gif";
            case "bmp": return "image/bmp";
            case "tif":
            case "tiff": return "image/tiff";
            case "avif": return "image/avif";
            default: return null;
        }
    }

    /// <summary>Recognises PNG, JPEG, WebP, GIF, BMP, TIFF and AVIF by their signatures.</summary>
    /// <returns>The extension and media type, or <see langword="null"/> when the bytes are not a known image.</returns>
    public static (string Extension, string MediaType)? Sniff(byte[] header, int length)
    {
        bool StartsWith(params byte[] signature)
        {
            if (length < signature.Length)
            {
                return false;
            }

            for (var i = 0; i < signature.Length; i++)
            {
                if (header[i] != signature[i])
                {
                    return false;
                }
            }

            return true;
        }

        if (StartsWith(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A))
        {
            return ("png", "image/png");
        }

        if (StartsWith(0xFF, 0xD8, 0xFF))
        {
            return ("jpg", "image/jpeg");
        }

        if (length >= 12 && StartsWith(0x52, 0x49, 0x46, 0x46) && header[8] == 0x57 && header[9] == 0x45 && header[10] == 0x42 && header[11] == 0x50)
        {
            return ("webp", "image/webp");
        }

        if (StartsWith(0x47, 0x49, 0x46, 0x38))
        {
            return ("gif", "image/gif");
        }

        if (StartsWith(0x42, 0x4D))
        {
            return ("bmp", "image/bmp");
        }

        if (StartsWith(0x49, 0x49, 0x2A, 0x00) || StartsWith(0x4D, 0x4D, 0x00, 0x2A))
        {
            return ("tiff", "image/tiff");
        }

        // ISO base media file: size (4 bytes), "ftyp", then the brand.
        if (length >= 12 && header[4] == 0x66 && header[5] == 0x74 && header[6] == 0x79 && header[7] == 0x70 &&
            header[8] == 0x61 && header[9] == 0x76 && header[10] == 0x69 && (header[11] == 0x66 || header[11] == 0x73))
        {
            return ("avif", "image/avif");
        }

        return null;
    }
}
