using System;
using System.Security.Cryptography;
using System.Text;

namespace Seedream.Emulator;

/// <summary>
/// Paints a picture that is visibly derived from the prompt: the SHA-256 of the prompt picks a
/// palette of horizontal bands, their number and a diagonal sheen; the image's index within a set
/// rotates the palette, so the items of a set differ and the same prompt always looks the same.
/// </summary>
internal static class PromptImageRenderer
{
    /// <summary>Renders tightly packed 8-bit RGB pixels, row by row from the top.</summary>
    /// <param name="prompt">The task's prompt.</param>
    /// <param name="index">The image's index within its set (0 for a single image).</param>
    /// <param name="width">Width in pixels, at least 1.</param>
    /// <param name="height">Height in pixels, at least 1.</param>
    public static byte[] RenderRgb(string prompt, int index, int width, int height)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(prompt));
        var bandCount = 3 + (hash[0] % 6);
        var palette = new (byte R, byte G, byte B)[bandCount];
        for (var band = 0; band < bandCount; band++)
        {
            var source = 1 + ((band + index) % bandCount) * 3;
            palette[band] = (hash[source % hash.Length], hash[(source + 1) % hash.Length], hash[(source + 2) % hash.Length]);
        }

        var sheenPeriod = 8 + (hash[31] % 24);
        var pixels = new byte[width * height * 3];
        for (var y = 0; y < height; y++)
        {
            var (r, g, b) = palette[Math.Min(bandCount - 1, y * bandCount / height)];
            for (var x = 0; x < width; x++)
            {
                var sheen = ((x + y) / Math.Max(1, sheenPeriod * width / 64 + 1)) % 2 == 0 ? 24 : -24;
                var offset = (y * width + x) * 3;
                pixels[offset] = Shade(r, sheen);
                pixels[offset + 1] = Shade(g, sheen);
                pixels[offset + 2] = Shade(b, sheen);
            }
        }

        return pixels;
    }

    private static byte Shade(byte channel, int amount) => (byte)Math.Clamp(channel + amount, 0, 255);
}
