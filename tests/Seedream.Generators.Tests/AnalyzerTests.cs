using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Seedream.Generators.Tests.Infrastructure;
using Xunit;

namespace Seedream.Generators.Tests;

/// <summary>Constant arguments a model does not accept are reported at the argument, with the model's limit.</summary>
public sealed class AnalyzerTests
{
    [Fact]
    public Task GuidanceScale11_OnSeedream40_IsReportedWithTheRange()
        => SeedreamVerifier.VerifyAsync(
            RestrictionTests.Consumer("Seedream40.Generate(\"a cat\").GuidanceScale({|#0:11|})"),
            Error("SEEDREAM101", "GuidanceScale is 11, but seedream-4.0 accepts a number from 1 to 10."));

    [Fact]
    public Task GuidanceScale10_OnSeedream40_Compiles()
        => SeedreamVerifier.VerifyAsync(RestrictionTests.Consumer("Seedream40.Generate(\"a cat\").GuidanceScale(10)"));

    [Fact]
    public Task FifteenReferenceImages_AreReportedWithTheModelsMaximum()
        => SeedreamVerifier.VerifyAsync(
            RestrictionTests.Consumer("Seedream50.Generate(\"a cat\").ReferenceImages{|#0:(" + Urls(15) + ")|}"),
            Error("SEEDREAM102", "15 reference images are given, but seedream-5.0 accepts at most 14."));

    [Fact]
    public Task ReferenceImagesAddedAcrossTheChain_AreCountedTogether()
        => SeedreamVerifier.VerifyAsync(
            RestrictionTests.Consumer("Seedream50.Generate(\"a cat\").ReferenceImages(" + Urls(13) + ").ReferenceImage(\"https://example.com/x.png\").ReferenceImage{|#0:(\"https://example.com/y.png\")|}"),
            Error("SEEDREAM102", "15 reference images are given, but seedream-5.0 accepts at most 14."));

    [Fact]
    public Task FourteenReferenceImages_Compile()
        => SeedreamVerifier.VerifyAsync(RestrictionTests.Consumer("Seedream50.Generate(\"a cat\").ReferenceImages(" + Urls(14) + ")"));

    [Fact]
    public Task ImageCountZero_IsReported()
        => SeedreamVerifier.VerifyAsync(
            RestrictionTests.Consumer("Seedream50.Generate(\"a cat\").ImageCount({|#0:0|})"),
            Error("SEEDREAM103", "The image count (n) is 0; it must be 1 or more."));

    [Fact]
    public Task ImageCountOne_Compiles()
        => SeedreamVerifier.VerifyAsync(RestrictionTests.Consumer("Seedream50.Generate(\"a cat\").ImageCount(1)"));

    [Fact]
    public Task ReferenceImagesPlusImageCountAboveTheSetTotal_AreReportedAlongTheChain()
        => SeedreamVerifier.VerifyAsync(
            RestrictionTests.Consumer("Seedream45.Generate(\"a cat\").ImageCount({|#0:6|}).ReferenceImages(" + Urls(10) + ")"),
            Error("SEEDREAM104", "10 reference images + 6 generated images = 16, but seedream-4.5 allows at most 15 in image-set mode; with 10 reference images, n may be at most 5."));

    [Fact]
    public Task ReferenceImagesPlusImageCountAtTheSetTotal_Compile()
        => SeedreamVerifier.VerifyAsync(RestrictionTests.Consumer("Seedream45.Generate(\"a cat\").ReferenceImages(" + Urls(10) + ").ImageCount(5)"));

    [Fact]
    public Task PromptLongerThanRecommended_IsAWarning()
        => SeedreamVerifier.VerifyAsync(
            RestrictionTests.Consumer("Seedream50.Generate({|#0:\"" + new string('猫', 301) + "\"|})"),
            new DiagnosticResult("SEEDREAM105", DiagnosticSeverity.Warning).WithLocation(0)
                .WithMessage("The prompt has 301 characters; seedream-5.0 recommends at most 300."));

    [Fact]
    public Task PromptOfRecommendedLength_Compiles()
        => SeedreamVerifier.VerifyAsync(RestrictionTests.Consumer("Seedream50.Generate(\"" + new string('猫', 300) + "\")"));

    [Theory]
    [InlineData("ftp://example.com/hook")]
    [InlineData("/hooks/seedream")]
    public Task CallbackUrlNotAbsoluteHttp_IsReported(string url)
        => SeedreamVerifier.VerifyAsync(
            RestrictionTests.Consumer("Seedream50.Generate(\"a cat\").CallbackUrl({|#0:\"" + url + "\"|})"),
            Error("SEEDREAM106", $"The callback URL \"{url}\" is not an absolute http or https URL; the finished task is posted to it."));

    [Fact]
    public Task CallbackUrlHttps_Compiles()
        => SeedreamVerifier.VerifyAsync(RestrictionTests.Consumer("Seedream50.Generate(\"a cat\").CallbackUrl(\"https://example.com/hook\")"));

    [Fact]
    public Task NonConstantArguments_AreLeftToTheBuildersRuntimeChecks()
        => SeedreamVerifier.VerifyAsync("""
            using Seedream.Models;

            public static class Consumer
            {
                public static Seedream.SeedreamRequest Make(double scale, int count, string[] urls, string hook)
                {
                    return Seedream40.Generate("a cat").GuidanceScale(scale).ImageCount(count).ReferenceImages(urls).CallbackUrl(hook).Build();
                }
            }
            """);

    private static string Urls(int count)
        => string.Join(", ", Enumerable.Range(1, count).Select(index => $"\"https://example.com/{index}.png\""));

    private static DiagnosticResult Error(string id, string message)
        => new DiagnosticResult(id, DiagnosticSeverity.Error).WithLocation(0).WithMessage(message);
}
