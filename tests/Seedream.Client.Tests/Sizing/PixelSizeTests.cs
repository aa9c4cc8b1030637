using Seedream.Sizing;
using Xunit;

namespace Seedream.Client.Tests.Sizing;

public sealed class PixelSizeTests
{
    [Theory]
    [InlineData("2848x1600", 2848, 1600)]
    [InlineData(" 2048X2048 ", 2048, 2048)]
    public void AnAnswersSize_IsRead(string text, int width, int height)
    {
        Assert.True(PixelSize.TryParse(text, out var size));
        Assert.Equal((width, height, (long)width * height), (size.Width, size.Height, size.Pixels));
        Assert.Equal($"{width}x{height}", size.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2K")]
    [InlineData("16:9")]
    [InlineData("0x100")]
    [InlineData("100x")]
    [InlineData("-1x100")]
    [InlineData("1x2x3")]
    [InlineData("99999999999x1")]
    public void AnythingElse_IsNotASize(string? text) => Assert.False(PixelSize.TryParse(text, out _));
}
