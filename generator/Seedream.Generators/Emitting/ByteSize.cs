using System.Globalization;

namespace Seedream.Generators.Emitting;

/// <summary>Byte counts as people read them in generated documentation: <c>10 MiB</c>, not <c>10485760 bytes</c>.</summary>
internal static class ByteSize
{
    private static readonly (long Size, string Name)[] Units = { (1L << 30, "GiB"), (1L << 20, "MiB"), (1L << 10, "KiB") };

    /// <summary>
    /// <paramref name="bytes"/> in the largest binary unit it reaches, when that is exact to two decimals
    /// (<c>10 MiB</c>, <c>1.5 KiB</c>); otherwise in bytes with thousands separators (<c>5,000,000 bytes</c>).
    /// </summary>
    public static string Text(long bytes)
    {
        foreach (var (size, name) in Units)
        {
            if (bytes >= size)
            {
                return bytes % size * 100 % size == 0
                    ? ((decimal)bytes / size).ToString("0.##", CultureInfo.InvariantCulture) + " " + name
                    : InBytes(bytes);
            }
        }

        return InBytes(bytes);
    }

    private static string InBytes(long bytes) => bytes.ToString("N0", CultureInfo.InvariantCulture) + (bytes == 1 ? " byte" : " bytes");
}
