using System.Linq;

namespace Seedream.Client.Tests.Infrastructure;

/// <summary>Small byte arrays that start with real image signatures.</summary>
internal static class TestImages
{
    public static readonly byte[] Png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.Concat(Enumerable.Repeat((byte)7, 120)).ToArray();

    public static readonly byte[] Jpeg = new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }.Concat(Enumerable.Repeat((byte)9, 200)).ToArray();

    public static byte[] Large(int length) => new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.Concat(new byte[length]).ToArray();
}
