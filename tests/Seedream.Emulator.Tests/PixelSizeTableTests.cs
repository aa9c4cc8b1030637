using System;
using Xunit;

namespace Seedream.Emulator.Tests;

public class PixelSizeTableTests
{
    [Theory]
    [InlineData("16:9", "2K", 2848, 1600)]
    [InlineData("9:16", "2K", 1600, 2848)]
    [InlineData("4:3", "4K", 4704, 3520)]
    [InlineData("3:4", "1K", 864, 1152)]
    [InlineData("21:9", "3K", 4704, 2016)]
    [InlineData("2:3", "2K", 1664, 2496)]
    [InlineData("1:1", "1K", 1024, 1024)]
    public void Lookup_FollowsThePublishedTable_PortraitSwapped(string ratio, string resolution, int width, int height)
    {
        Assert.Equal((width, height), PixelSizeTable.Lookup(ratio, resolution));
    }

    [Theory]
    [InlineData("4:5", "2K")]
    [InlineData("5:4", "3K")]
    [InlineData("7:3", "1K")]
    public void Lookup_UnpublishedRatios_KeepTheSquarePixelCountAndTheirShape(string ratio, string resolution)
    {
        var (width, height) = PixelSizeTable.Lookup(ratio, resolution);
        var (square, _) = PixelSizeTable.Lookup("1:1", resolution);
        var parts = ratio.Split(':');

        Assert.Equal(0, width % 16);
        Assert.Equal(0, height % 16);
        Assert.InRange((double)width * height / ((double)square * square), 0.98, 1.02);
        Assert.InRange((double)width / height, double.Parse(parts[0]) / double.Parse(parts[1]) * 0.98, double.Parse(parts[0]) / double.Parse(parts[1]) * 1.02);
    }

    [Fact]
    public void Lookup_UnpublishedResolution_IsDerivedFromItsSquare()
    {
        Assert.Equal((8192, 8192), PixelSizeTable.Lookup("1:1", "8K"));
        Assert.Equal((10928, 6144), PixelSizeTable.Lookup("16:9", "8K"));
    }

    [Theory]
    [InlineData("1080p")]
    [InlineData("0K")]
    [InlineData("K")]
    public void Lookup_ResolutionNotOfTheFormNK_SaysWhatIsExpected(string resolution)
    {
        var error = Assert.Throws<ArgumentException>(() => PixelSizeTable.Lookup("1:1", resolution));

        Assert.Contains("expected NK with N from 1 to 16", error.Message);
    }
}
