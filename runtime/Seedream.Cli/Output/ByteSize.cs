using System.Globalization;

namespace Seedream.Cli.Output;

/// <summary>Sizes in bytes as a person reads them: in MB (1 MB = 1,048,576 bytes) from a tenth of a MB up.</summary>
internal static class ByteSize
{
    private const double Megabyte = 1024 * 1024;

    /// <summary>The size, e.g. <c>10 MB</c>, <c>9.5 MB</c>, or <c>2048 bytes</c> below a tenth of a MB.</summary>
    /// <param name="bytes">The size in bytes.</param>
    public static string Describe(long bytes) =>
        bytes < Megabyte / 10
            ? bytes.ToString(CultureInfo.InvariantCulture) + " bytes"
            : (bytes / Megabyte).ToString("0.#", CultureInfo.InvariantCulture) + " MB";
}
