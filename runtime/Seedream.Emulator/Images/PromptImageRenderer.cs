using System;
using System.Security.Cryptography;
using System.Text;

namespace Seedream.Emulator;

/// <summary>
/// Paints a picture that is visibly derived from the prompt: the SHA-256 of the prompt (its <see cref="Digest"/>, all a
/// task keeps of it) picks a
/// palette of horizontal bands, their number and a diagonal sheen, so the same prompt always looks
/// the same and different prompts look different. The items of a set share the palette, rotated by
/// their index, and carry <c>index + 1</c> white squares in the top-left corner, so no two are alike.
/// </summary>
internal static class PromptImageRenderer
{
    private const int Sheen = 24;

    /// <summary>The 32 bytes of a prompt the pictures are painted from.</summary>
    /// <param name="prompt">The task's prompt.</param>
    public static byte[] Digest(string prompt) => SHA256.HashData(Encoding.UTF8.GetBytes(prompt));

    /// <summary>Renders tightly packed 8-bit RGB pixels, row by row from the top.</summary>
    /// <param name="hash">The prompt's <see cref="Digest"/>.</param>
    /// <param name="index">The image's index within its set (0 for a single image).</param>
    /// <param name="width">Width in pixels, at least 1.</param>
    /// <param name="height">Height in pixels, at least 1.</param>
    public static byte[] RenderRgb(byte[] hash, int index, int width, int height)
    {
        var bandCount = 3 + (hash[0] % 6);
        var palette = new (byte R, byte G, byte B)[bandCount];
        for (var band = 0; band < bandCount; band++)
        {
            var source = 1 + ((band + index) % bandCount) * 3;
            palette[band] = (hash[source], hash[source + 1], hash[source + 2]);
        }

        var stripe = Math.Max(1, width / (4 + (hash[31] % 12)));
        var pixels = new byte[width * height * 3];
        for (var y = 0; y < height; y++)
        {
            var (r, g, b) = palette[Math.Min(bandCount - 1, y * bandCount / height)];
            for (var x = 0; x < width; x++)
            {
                var shade = ((x + y) / stripe) % 2 == 0 ? Sheen : -Sheen;
                var offset = (y * width + x) * 3;
                pixels[offset] = Shade(r, shade);
                pixels[offset + 1] = Shade(g, shade);
                pixels[offset + 2] = Shade(b, shade);
            }
        }

        MarkIndex(pixels, index, width, height);
        return pixels;
    }

    private static void MarkIndex(byte[] pixels, int index, int width, int height)
    {
        var side = Math.Max(2, Math.Min(width, height) / 16);
        var pitch = side + Math.Max(1, side / 2);
        var perRow = Math.Max(1, (width - side) / pitch);
        for (var mark = 0; mark <= index; mark++)
        {
            var left = side + (mark % perRow) * pitch;
            var top = side + (mark / perRow) * pitch;
            for (var y = top; y < Math.Min(height, top + side); y++)
            {
                for (var x = left; x < Math.Min(width, left + side); x++)
                {
                    pixels.AsSpan((y * width + x) * 3, 3).Fill(255);
                }
            }
        }
    }

    private static byte Shade(byte channel, int amount) => (byte)Math.Clamp(channel + amount, 0, 255);
}
