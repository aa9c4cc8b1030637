using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Seedream.Generators.Tests.Infrastructure;
using Xunit;

namespace Seedream.Generators.Tests;

/// <summary>Asking a model for an option it lacks does not compile, and the error names the models that have it.</summary>
public sealed class RestrictionTests
{
    [Fact]
    public Task Seedream45_WebSearch_DoesNotCompile_AndNamesSupportingModels()
        => SeedreamVerifier.VerifyAsync(
            Consumer("{|#0:Seedream45.Generate(\"a cat\").WebSearch()|}"),
            Obsolete("Seedream45Builder.WebSearch()", "seedream-4.5 does not support WebSearch (extra.tools). Supported by: seedream-5.0."));

    [Fact]
    public Task Seedream50_WebSearch_Compiles()
        => SeedreamVerifier.VerifyAsync(Consumer("Seedream50.Generate(\"a cat\").WebSearch()"));

    [Fact]
    public Task Seedream50_FastPromptOptimization_DoesNotCompile_AndNamesSupportingModels()
        => SeedreamVerifier.VerifyAsync(
            Consumer("Seedream50.Generate(\"a cat\").PromptOptimization({|#0:Seedream50PromptOptimization.Fast|})"),
            Obsolete("Seedream50PromptOptimization.Fast", "seedream-5.0 does not support PromptOptimization value 'fast'. Supported by: seedream-4.0."));

    [Fact]
    public Task Seedream40_FastPromptOptimization_Compiles()
        => SeedreamVerifier.VerifyAsync(Consumer("Seedream40.Generate(\"a cat\").PromptOptimization(Seedream40PromptOptimization.Fast)"));

    [Fact]
    public Task Seedream50_Resolution4K_DoesNotCompile_AndNamesSupportingModels()
        => SeedreamVerifier.VerifyAsync(
            Consumer("Seedream50.Generate(\"a cat\").Resolution({|#0:Seedream50Resolution.Res4K|})"),
            Obsolete("Seedream50Resolution.Res4K", "seedream-5.0 does not support resolution 4K. Supported by: seedream-4.0, seedream-4.5."));

    [Fact]
    public Task Seedream45_Resolution4K_Compiles()
        => SeedreamVerifier.VerifyAsync(Consumer("Seedream45.Generate(\"a cat\").Resolution(Seedream45Resolution.Res4K)"));

    [Fact]
    public Task Seedream45_Size4x5_DoesNotCompile_AndNamesSupportingModels()
        => SeedreamVerifier.VerifyAsync(
            Consumer("Seedream45.Generate(\"a cat\").Size({|#0:Seedream45Size.Ratio4x5|})"),
            Obsolete("Seedream45Size.Ratio4x5", "seedream-4.5 does not support size 4:5. Supported by: seedream-5.0."));

    [Fact]
    public Task Seedream50_Size4x5_Compiles()
        => SeedreamVerifier.VerifyAsync(Consumer("Seedream50.Generate(\"a cat\").Size(Seedream50Size.Ratio4x5)"));

    [Fact]
    public Task Seedream45_OutputFormat_DoesNotCompile_EvenWithAnotherModelsValue()
        => SeedreamVerifier.VerifyAsync(
            Consumer("{|#0:Seedream45.Generate(\"a cat\").OutputFormat(Seedream50OutputFormat.Png)|}"),
            Obsolete("Seedream45Builder.OutputFormat<TValue>(TValue)", "seedream-4.5 does not support OutputFormat (extra.output_format). Supported by: seedream-5.0."));

    [Fact]
    public Task Seedream50_GuidanceScale_DoesNotCompile_AndNamesSupportingModels()
        => SeedreamVerifier.VerifyAsync(
            Consumer("{|#0:Seedream50.Generate(\"a cat\").GuidanceScale(5)|}"),
            Obsolete("Seedream50Builder.GuidanceScale(double)", "seedream-5.0 does not support GuidanceScale (extra.guidance_scale). Supported by: seedream-4.0."));

    [Fact]
    public Task Seedream40_GuidanceScale_Compiles()
        => SeedreamVerifier.VerifyAsync(Consumer("Seedream40.Generate(\"a cat\").GuidanceScale(5)"));

    [Fact]
    public Task Seedream45_Stream_DoesNotCompile_AndNamesSupportingModels()
        => SeedreamVerifier.VerifyAsync(
            Consumer("{|#0:Seedream45.Generate(\"a cat\").Stream(true)|}"),
            Obsolete("Seedream45Builder.Stream(bool)", "seedream-4.5 does not support Stream (extra.stream). Supported by: seedream-5.0."));

    internal static string Consumer(string chain) => $$"""
        using Seedream.Models;

        public static class Consumer
        {
            public static Seedream.SeedreamRequest Make()
            {
                return {{chain}}.Build();
            }
        }
        """;

    private static DiagnosticResult Obsolete(string member, string message)
        => DiagnosticResult.CompilerError("CS0619").WithLocation(0).WithMessage($"'{member}' is obsolete: '{message}'");
}
