using System;
using System.Net.Http;
using System.Threading.Tasks;
using StbImageSharp;

namespace Seedream.Emulator.Tests;

/// <summary>Downloads and decodes result images the way a user's image viewer would.</summary>
internal static class ImageDecoding
{
    public static readonly byte[] PngSignature = { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A };

    public static ImageResult Decode(byte[] bytes) => ImageResult.FromMemory(bytes, ColorComponents.RedGreenBlue);

    public static bool IsPng(byte[] bytes) => bytes.AsSpan().StartsWith(PngSignature);

    public static bool IsJpeg(byte[] bytes) => bytes.Length > 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[^2] == 0xFF && bytes[^1] == 0xD9;

    public static async Task<(int Status, string? ContentType, byte[] Bytes)> DownloadAsync(string url)
    {
        using var client = new HttpClient();
        using var response = await client.GetAsync(url);
        return ((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsByteArrayAsync());
    }
}
