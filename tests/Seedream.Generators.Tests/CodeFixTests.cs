using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Seedream.Generators.CodeFixes;
using Seedream.Generators.Tests.Infrastructure;
using Xunit;

namespace Seedream.Generators.Tests;

/// <summary>The code fixes offered on another model's option and on constants out of range, applied as the IDE applies them.</summary>
public sealed class CodeFixTests
{
    [Fact]
    public Task WebSearchOnSeedream45_UseSeedream50_RewritesTheChainsModelAndEnums_OverSeveralLines()
        => SeedreamCodeFixVerifier<UseSupportingModelCodeFix>.VerifyAsync(
            Consumer("""
                Seedream45.Generate("a cat")
                            .Size(Seedream45Size.Ratio16x9)
                            .{|#0:WebSearch|}()
                            .Resolution(Seedream45Resolution.Res2K)
                """),
            Consumer("""
                Seedream50.Generate("a cat")
                            .Size(Seedream50Size.Ratio16x9)
                            .WebSearch()
                            .Resolution(Seedream50Resolution.Res2K)
                """),
            "Seedream.UseModel:Seedream50",
            "Use seedream-5.0 (supports WebSearch (extra.tools))",
            MissingMember(),
            Option("seedream-4.5 does not support WebSearch (extra.tools). Supported by: seedream-5.0."));

    [Fact]
    public Task Resolution4KOnSeedream50_OffersEachModelThatHasIt()
        => SeedreamCodeFixVerifier<UseSupportingModelCodeFix>.VerifyAsync(
            Consumer("Seedream50.Generate(\"a cat\").Resolution(Seedream50Resolution.{|#0:Res4K|})"),
            Consumer("Seedream45.Generate(\"a cat\").Resolution(Seedream45Resolution.Res4K)"),
            "Seedream.UseModel:Seedream45",
            "Use seedream-4.5 (supports resolution 4K)",
            DiagnosticResult.CompilerError("CS0117").WithLocation(0),
            new DiagnosticResult("SEEDREAM108", DiagnosticSeverity.Error).WithLocation(0)
                .WithMessage("seedream-5.0 does not support resolution 4K. Supported by: seedream-4.0, seedream-4.5."));

    [Fact]
    public async Task NoModelSupportsTheWholeChain_NoUseModelFixIsOffered()
    {
        // WebSearch is only on seedream-5.0 and 4K only on 4.0 and 4.5: no model supports both.
        var source = Consumer("Seedream45.Generate(\"a cat\").Resolution(Seedream45Resolution.Res4K).{|#0:WebSearch|}()");
        await SeedreamCodeFixVerifier<UseSupportingModelCodeFix>.VerifyAsync(
            source,
            source,
            "Seedream.UseModel:Seedream50",
            "no action is expected",
            MissingMember(),
            Option("seedream-4.5 does not support WebSearch (extra.tools). Supported by: seedream-5.0."));
    }

    [Fact]
    public Task WebSearchOnSeedream45_RemoveTheCall_KeepsTheRestOfTheChain()
        => SeedreamCodeFixVerifier<RemoveCallCodeFix>.VerifyAsync(
            Consumer("""
                Seedream45.Generate("a cat")
                            .{|#0:WebSearch|}()
                            .Watermark(false)
                """),
            Consumer("""
                Seedream45.Generate("a cat")
                            .Watermark(false)
                """),
            "Seedream.RemoveCall",
            "Remove the call",
            MissingMember(),
            Option("seedream-4.5 does not support WebSearch (extra.tools). Supported by: seedream-5.0."));

    [Fact]
    public Task ForeignEnumValue_RemoveTheCall_RemovesTheCallItIsPassedTo()
        => SeedreamCodeFixVerifier<RemoveCallCodeFix>.VerifyAsync(
            Consumer("Seedream50.Generate(\"a cat\").Resolution(Seedream50Resolution.{|#0:Res4K|})"),
            Consumer("Seedream50.Generate(\"a cat\")"),
            "Seedream.RemoveCall",
            "Remove the call",
            DiagnosticResult.CompilerError("CS0117").WithLocation(0),
            new DiagnosticResult("SEEDREAM108", DiagnosticSeverity.Error).WithLocation(0)
                .WithMessage("seedream-5.0 does not support resolution 4K. Supported by: seedream-4.0, seedream-4.5."));

    [Fact]
    public Task TwoForeignCallsInADocument_FixAll_RemovesBoth()
        => SeedreamCodeFixVerifier<RemoveCallCodeFix>.VerifyAsync(
            """
            using Seedream.Models;

            internal static class Consumer
            {
                public static Seedream.SeedreamRequest One() => Seedream45.Generate("a cat").{|#0:WebSearch|}().Build();

                public static Seedream.SeedreamRequest Two() => Seedream45.Generate("a dog").{|#1:Stream|}(true).Build();
            }
            """,
            """
            using Seedream.Models;

            internal static class Consumer
            {
                public static Seedream.SeedreamRequest One() => Seedream45.Generate("a cat").Build();

                public static Seedream.SeedreamRequest Two() => Seedream45.Generate("a dog").Build();
            }
            """,
            "Seedream.RemoveCall",
            "Remove the call",
            MissingMember(0),
            Option("seedream-4.5 does not support WebSearch (extra.tools). Supported by: seedream-5.0.", 0),
            MissingMember(1),
            new DiagnosticResult("SEEDREAM109", DiagnosticSeverity.Error).WithLocation(1).WithMessage(
                "seedream-4.5 does not support Stream (extra.stream) at gateway (the task API, /v1/tasks), the host this project targets (SeedreamHost). "
                + "It does at: modelark (BytePlus ModelArk), volcengine (Volcengine Ark). At gateway it is supported by: seedream-5.0."));

    [Fact]
    public Task GuidanceScaleAboveTheRange_UseTheNearestAllowedValue()
        => SeedreamCodeFixVerifier<UseNearestValueCodeFix>.VerifyAsync(
            Consumer("Seedream40.Generate(\"a cat\").GuidanceScale({|#0:11|})"),
            Consumer("Seedream40.Generate(\"a cat\").GuidanceScale(10)"),
            "Seedream.UseNearestValue",
            "Use the nearest allowed value (10)",
            new DiagnosticResult("SEEDREAM101", DiagnosticSeverity.Error).WithLocation(0)
                .WithMessage("GuidanceScale is 11, but seedream-4.0 accepts a number from 1 to 10."));

    [Fact]
    public Task ConstantsOutOfRangeInADocument_FixAll_UsesTheNearestValueForEach()
        => SeedreamCodeFixVerifier<UseNearestValueCodeFix>.VerifyAsync(
            """
            using Seedream.Models;

            internal static class Consumer
            {
                public static Seedream.SeedreamRequest One() => Seedream40.Generate("a cat").GuidanceScale({|#0:0.5|}).Build();

                public static Seedream.SeedreamRequest Two() => Seedream40.Generate("a dog").ImageCount({|#1:0|}).Build();
            }
            """,
            """
            using Seedream.Models;

            internal static class Consumer
            {
                public static Seedream.SeedreamRequest One() => Seedream40.Generate("a cat").GuidanceScale(1).Build();

                public static Seedream.SeedreamRequest Two() => Seedream40.Generate("a dog").ImageCount(1).Build();
            }
            """,
            "Seedream.UseNearestValue",
            "Use the nearest allowed value (1)",
            new DiagnosticResult("SEEDREAM101", DiagnosticSeverity.Error).WithLocation(0)
                .WithMessage("GuidanceScale is 0.5, but seedream-4.0 accepts a number from 1 to 10."),
            new DiagnosticResult("SEEDREAM103", DiagnosticSeverity.Error).WithLocation(1)
                .WithMessage("The image count (n) is 0; it must be 1 or more."));

    private static string Consumer(string chain) => $$"""
        using Seedream.Models;

        internal static class Consumer
        {
            public static Seedream.SeedreamRequest Make()
            {
                return {{chain}}
                    .Build();
            }
        }
        """;

    private static DiagnosticResult MissingMember(int location = 0) => DiagnosticResult.CompilerError("CS1061").WithLocation(location);

    private static DiagnosticResult Option(string message, int location = 0)
        => new DiagnosticResult("SEEDREAM107", DiagnosticSeverity.Error).WithLocation(location).WithMessage(message);
}
