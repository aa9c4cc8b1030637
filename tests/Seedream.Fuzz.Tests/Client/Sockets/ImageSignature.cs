using System.Linq;

namespace Seedream.Fuzz.Tests.Client.Sockets;

/// <summary>The oracle's own reading of "is this an image": the file starts with the signature of a format the client saves.</summary>
internal static class ImageSignature
{
    private static readonly byte?[][] Signatures =
    {
        new byte?[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A },
        new byte?[] { 0xFF, 0xD8, 0xFF },
        new byte?[] { (byte)'R', (byte)'I', (byte)'F', (byte)'F', null, null, null, null, (byte)'W', (byte)'E', (byte)'B', (byte)'P' },
        new byte?[] { (byte)'G', (byte)'I', (byte)'F', (byte)'8' },
        new byte?[] { (byte)'B', (byte)'M' },
        new byte?[] { (byte)'I', (byte)'I', 0x2A, 0x00 },
        new byte?[] { (byte)'M', (byte)'M', 0x00, 0x2A },
        new byte?[] { null, null, null, null, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'a', (byte)'v', (byte)'i' },
    };

    public static bool IsImage(byte[] bytes) =>
        Signatures.Any(signature => bytes.Length >= signature.Length && signature.Select((b, i) => b is null || b == bytes[i]).All(match => match));
}
