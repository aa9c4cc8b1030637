using Seedream.Generators.Emitting;
using Xunit;

namespace Seedream.Generators.Tests;

/// <summary>Byte counts in generated documentation read as people write them.</summary>
public sealed class ByteSizeTests
{
    [Theory]
    [InlineData(10L * 1024 * 1024, "10 MiB")]
    [InlineData(30L * 1024 * 1024, "30 MiB")]
    [InlineData(1536, "1.5 KiB")]
    [InlineData(1024, "1 KiB")]
    [InlineData(3L * 1024 * 1024 * 1024, "3 GiB")]
    [InlineData(5_000_000, "5,000,000 bytes")]
    [InlineData(1023, "1,023 bytes")]
    [InlineData(1, "1 byte")]
    [InlineData(0, "0 bytes")]
    public void Text_UsesTheLargestExactBinaryUnit_ElseBytes(long bytes, string expected)
        => Assert.Equal(expected, ByteSize.Text(bytes));
}
