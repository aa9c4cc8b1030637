using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using Seedream.Sizing;
using Xunit;

namespace Seedream.Client.Tests.Sizing;

/// <summary>The ratio + level to exact WxH rule, over the shipped models' sizes and the upstream's documented limits.</summary>
public sealed class UpstreamSizeRuleTests
{
    /// <summary>The upstream's documented limits per model (the provider's documentation, recorded in the <c>size</c> field of spec/modelark-images.openapi.json).</summary>
    private static readonly Dictionary<string, PixelLimits> LimitsByModel = new(StringComparer.Ordinal)
    {
        ["seedream-5.0"] = new PixelLimits(3_686_400, 16_777_216),
        ["seedream-4.5"] = new PixelLimits(3_686_400, 16_777_216),
        ["seedream-4.0"] = new PixelLimits(921_600, 16_777_216),
    };

    public static TheoryData<string, string, string> EveryShippedRatioAndLevel()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var table in SeedreamModelCatalog.Shipped.All)
        {
            foreach (var ratio in table.Sizes)
            {
                foreach (var level in table.Resolutions)
                {
                    data.Add(table.Id, ratio, level);
                }
            }
        }

        return data;
    }

    [Fact]
    public void TheShippedModels_AreTheOnesWhoseLimitsAreKnown() =>
        Assert.Equal(LimitsByModel.Keys.OrderBy(id => id, StringComparer.Ordinal), SeedreamModelCatalog.Shipped.All.Select(t => t.Id).OrderBy(id => id, StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(EveryShippedRatioAndLevel))]
    public void EveryRatioAndLevelOfEveryModel_IsWithinItsLimits_InStepsOf32_AndNearTheRatio(string model, string ratio, string level)
    {
        var limits = LimitsByModel[model];

        var size = UpstreamSizeRule.Map(ratio, level, limits);

        Assert.True(limits.Allow(size), $"{model} {ratio} {level}: {size} is outside {limits}");
        Assert.Equal((0, 0), (size.Width % UpstreamSizeRule.Step, size.Height % UpstreamSizeRule.Step));
        Assert.InRange(Math.Abs(Math.Log(size.Aspect / Ratio(ratio))), 0, Math.Log(1.01));
    }

    [Theory]
    [InlineData("16:9", "2K", "2848x1600")]
    [InlineData("9:16", "2K", "1600x2848")]
    [InlineData("1:1", "2K", "2048x2048")]
    [InlineData("4:3", "2K", "2304x1728")]
    [InlineData("3:2", "2K", "2496x1664")]
    [InlineData("21:9", "2K", "3136x1344")]
    public void At2K_TheRuleGivesTheCommonPublishedSizes(string ratio, string level, string expected) =>
        Assert.Equal(expected, UpstreamSizeRule.Map(ratio, level, LimitsByModel["seedream-5.0"]).ToString());

    [Theory]
    [InlineData("1:1", "1024x1024")]
    [InlineData("4:3", "1152x864")]
    [InlineData("16:9", "1312x736")]
    [InlineData("3:2", "1248x832")]
    [InlineData("21:9", "1568x672")]
    public void At1KOnSeedream40_TheRuleGivesTheCommonPublishedSizes(string ratio, string expected) =>
        Assert.Equal(expected, UpstreamSizeRule.Map(ratio, "1K", LimitsByModel["seedream-4.0"]).ToString());

    [Fact]
    public void SixteenByNineAt2K_IsWithinAFifthOfAPercentOfTheRatio_AndNearTheLevelsPixelCount()
    {
        var size = UpstreamSizeRule.Map("16:9", "2K", LimitsByModel["seedream-5.0"]);

        Assert.InRange(size.Aspect / (16.0 / 9), 0.998, 1.002);
        Assert.InRange(size.Pixels / (2048.0 * 2048), 1 / 1.1, 1.1);
    }

    [Fact]
    public void ALevelBelowTheModelsFewestPixels_IsRaisedToThem()
    {
        var limits = LimitsByModel["seedream-4.5"];

        var size = UpstreamSizeRule.Map("1:1", "1K", limits);

        Assert.InRange(size.Pixels, limits.MinPixels, (long)(limits.MinPixels * 1.1));
    }

    [Theory]
    [InlineData("1:1")]
    [InlineData("16:9")]
    [InlineData("21:9")]
    public void FourK_StaysWithinTheMostPixels(string ratio)
    {
        var size = UpstreamSizeRule.Map(ratio, "4K", LimitsByModel["seedream-4.5"]);

        Assert.InRange(size.Pixels, 16_777_216 / 1.1, 16_777_216);
    }

    [Theory]
    [InlineData("16:1")]
    [InlineData("1:16")]
    public void TheExtremeRatios_FitTheAspectAndPixelLimits_EvenAtTheSmallestLevel(string ratio)
    {
        var limits = LimitsByModel["seedream-4.0"];

        Assert.True(limits.Allow(UpstreamSizeRule.Map(ratio, "1K", limits)));
    }

    [Fact]
    public void AnyRatioWithinTheAspectLimits_AtAnyLevel_MapsWithinTheLimits()
    {
        var cases =
            from width in Gen.Int[1, 64]
            from height in Gen.Int[1, 64]
            from kilo in Gen.Int[1, 8]
            from model in Gen.OneOf(LimitsByModel.Keys.ToArray())
            where width <= 16 * height && height <= 16 * width
            select (Ratio: $"{width}:{height}", Level: $"{kilo}K", Limits: LimitsByModel[model]);

        cases.Sample(
            c =>
            {
                var size = UpstreamSizeRule.Map(c.Ratio, c.Level, c.Limits);
                return c.Limits.Allow(size) && size.Width % UpstreamSizeRule.Step == 0 && size.Height % UpstreamSizeRule.Step == 0;
            },
            iter: 5000);
    }

    [Theory]
    [InlineData("17:1")]
    [InlineData("1:17")]
    public void ARatioOutsideTheAspectLimits_IsRefusedAndNamesTheLimits(string ratio)
    {
        var error = Assert.Throws<ArgumentException>(() => UpstreamSizeRule.Map(ratio, "2K", LimitsByModel["seedream-5.0"]));

        Assert.Equal("ratio", error.ParamName);
        Assert.Contains(ratio, error.Message, StringComparison.Ordinal);
        Assert.Contains("[0.0625, 16]", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("16x9", "2K", "ratio")]
    [InlineData("16:0", "2K", "ratio")]
    [InlineData("-16:9", "2K", "ratio")]
    [InlineData("16:9", "2", "level")]
    [InlineData("16:9", "0K", "level")]
    [InlineData("16:9", "2KB", "level")]
    [InlineData("16:9", "K", "level")]
    public void AMalformedRatioOrLevel_IsRefusedAndSaysTheForm(string ratio, string level, string parameter)
    {
        var error = Assert.Throws<ArgumentException>(() => UpstreamSizeRule.Map(ratio, level, LimitsByModel["seedream-5.0"]));

        Assert.Equal(parameter, error.ParamName);
        Assert.Contains("e.g.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LimitsNoSizeFits_AreRefused()
    {
        var limits = new PixelLimits(1_000_001, 1_000_001);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => UpstreamSizeRule.Map("1:1", "1K", limits));

        Assert.Contains("steps of 32", error.Message, StringComparison.Ordinal);
    }

    private static double Ratio(string ratio)
    {
        var parts = ratio.Split(':');
        return double.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture) / double.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
    }
}
