using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Seedream.Generators.Tests.Infrastructure;
using Xunit;

namespace Seedream.Generators.Tests;

/// <summary>
/// Asking a model for an option it lacks does not compile (the generated types do not have it: the
/// compiler's CS1061 or CS0117), and on the same span SEEDREAM107/108 names the model, the option and
/// the models that have it, whatever the argument, for shipped and project-own tables alike.
/// </summary>
public sealed class RestrictionTests
{
    /// <summary>A project's own table: a model with an option (Style) and values (8K, 7:3) no shipped model has.</summary>
    internal const string OwnTable = """
        {
          "id": "seedream-6.0",
          "typeName": "Seedream60",
          "description": "A project's own model.",
          "sizes": ["1:1", "7:3"],
          "resolutions": ["2K", "8K"],
          "limits": { "maxReferenceImages": 4, "maxReferenceImageBytes": 1048576, "maxImageSetTotal": 8, "recommendedPromptLength": 300 },
          "extras": [
            { "name": "Style", "path": "style", "kind": "enum", "values": [{ "value": "anime", "description": "Drawn." }], "description": "The drawing style." },
            { "name": "WebSearch", "path": "tools", "kind": "tool", "tool": "web_search", "description": "Searches the web." }
          ]
        }
        """;

    internal static readonly (string, string)[] OwnTables = { ("/project/tables/seedream-6.0.json", OwnTable) };

    [Fact]
    public Task Seedream45_WebSearch_DoesNotCompile_AndNamesSupportingModels()
        => SeedreamVerifier.VerifyAsync(
            Consumer("Seedream45.Generate(\"a cat\").{|#0:WebSearch|}()"),
            MissingMember(),
            Option("seedream-4.5 does not support WebSearch (extra.tools). Supported by: seedream-5.0."));

    [Fact]
    public Task Seedream50_WebSearch_Compiles()
        => SeedreamVerifier.VerifyAsync(Consumer("Seedream50.Generate(\"a cat\").WebSearch()"));

    [Fact]
    public Task Seedream50_FastPromptOptimization_DoesNotCompile_AndNamesSupportingModels()
        => SeedreamVerifier.VerifyAsync(
            Consumer("Seedream50.Generate(\"a cat\").PromptOptimization(Seedream50PromptOptimization.{|#0:Fast|})"),
            MissingValue(),
            Value("seedream-5.0 does not support PromptOptimization value 'fast'. Supported by: seedream-4.0."));

    [Fact]
    public Task Seedream40_FastPromptOptimization_Compiles()
        => SeedreamVerifier.VerifyAsync(Consumer("Seedream40.Generate(\"a cat\").PromptOptimization(Seedream40PromptOptimization.Fast)"));

    [Fact]
    public Task Seedream50_Resolution4K_DoesNotCompile_AndNamesSupportingModels()
        => SeedreamVerifier.VerifyAsync(
            Consumer("Seedream50.Generate(\"a cat\").Resolution(Seedream50Resolution.{|#0:Res4K|})"),
            MissingValue(),
            Value("seedream-5.0 does not support resolution 4K. Supported by: seedream-4.0, seedream-4.5."));

    [Fact]
    public Task Seedream50_Resolution4K_OutsideAChain_IsReportedToo()
        => SeedreamVerifier.VerifyAsync(
            """
            using Seedream.Models;

            public static class Consumer
            {
                public static object Make() => Seedream50Resolution.{|#0:Res4K|};
            }
            """,
            MissingValue(),
            Value("seedream-5.0 does not support resolution 4K. Supported by: seedream-4.0, seedream-4.5."));

    [Fact]
    public Task Seedream45_Resolution4K_Compiles()
        => SeedreamVerifier.VerifyAsync(Consumer("Seedream45.Generate(\"a cat\").Resolution(Seedream45Resolution.Res4K)"));

    [Fact]
    public Task Seedream45_Size4x5_DoesNotCompile_AndNamesSupportingModels()
        => SeedreamVerifier.VerifyAsync(
            Consumer("Seedream45.Generate(\"a cat\").Size(Seedream45Size.{|#0:Ratio4x5|})"),
            MissingValue(),
            Value("seedream-4.5 does not support size 4:5. Supported by: seedream-5.0."));

    [Fact]
    public Task Seedream50_Size4x5_Compiles()
        => SeedreamVerifier.VerifyAsync(Consumer("Seedream50.Generate(\"a cat\").Size(Seedream50Size.Ratio4x5)"));

    [Theory]
    [InlineData("Seedream50OutputFormat.Png")]
    [InlineData("default")]
    [InlineData("format")]
    [InlineData("x => x")]
    public Task Seedream45_OutputFormat_DoesNotCompile_WhateverTheArgument(string argument)
        => SeedreamVerifier.VerifyAsync(
            Consumer("Seedream45.Generate(\"a cat\").{|#0:OutputFormat|}(" + argument + ")"),
            MissingMember(),
            Option("seedream-4.5 does not support OutputFormat (extra.output_format). Supported by: seedream-5.0."));

    [Fact]
    public Task Seedream50_GuidanceScale_DoesNotCompile_AndNamesSupportingModels()
        => SeedreamVerifier.VerifyAsync(
            Consumer("Seedream50.Generate(\"a cat\").{|#0:GuidanceScale|}(5)"),
            MissingMember(),
            Option("seedream-5.0 does not support GuidanceScale (extra.guidance_scale). Supported by: seedream-4.0."));

    [Fact]
    public Task Seedream40_GuidanceScale_Compiles()
        => SeedreamVerifier.VerifyAsync(Consumer("Seedream40.Generate(\"a cat\").GuidanceScale(5)"));

    [Fact]
    public Task Seedream45_Stream_WithAVariable_AtTheGateway_DoesNotCompile_AndNamesTheHostsThatHaveIt_AndTheModelsThatDoHere()
        => SeedreamVerifier.VerifyAsync(
            Consumer("Seedream45.Generate(\"a cat\").{|#0:Stream|}(flag)"),
            MissingMember(),
            HostOption("seedream-4.5 does not support Stream (extra.stream) at gateway (the task API, /v1/tasks), the host this project targets (SeedreamHost). "
                + "It does at: modelark (BytePlus ModelArk), volcengine (Volcengine Ark). At gateway it is supported by: seedream-5.0."));

    [Fact]
    public Task ProjectOwnOption_OnAShippedModel_NamesTheOwnModel()
        => SeedreamVerifier.VerifyAsync(
            Consumer("Seedream50.Generate(\"a cat\").{|#0:Style|}(Seedream60Style.Anime)"),
            OwnTables,
            MissingMember(),
            Option("seedream-5.0 does not support Style (extra.style). Supported by: seedream-6.0."));

    [Fact]
    public Task ShippedOption_OnAProjectOwnModel_NamesTheShippedModel()
        => SeedreamVerifier.VerifyAsync(
            Consumer("Seedream60.Generate(\"a cat\").{|#0:GuidanceScale|}(5)"),
            OwnTables,
            MissingMember(),
            Option("seedream-6.0 does not support GuidanceScale (extra.guidance_scale). Supported by: seedream-4.0."));

    [Fact]
    public Task ProjectOwnResolution_OnAShippedModel_NamesTheOwnModel()
        => SeedreamVerifier.VerifyAsync(
            Consumer("Seedream50.Generate(\"a cat\").Resolution(Seedream50Resolution.{|#0:Res8K|})"),
            OwnTables,
            MissingValue(),
            Value("seedream-5.0 does not support resolution 8K. Supported by: seedream-6.0."));

    [Fact]
    public Task ProjectOwnModel_WithItsOwnOptions_Compiles()
        => SeedreamVerifier.VerifyAsync(
            Consumer("Seedream60.Generate(\"a cat\").Size(Seedream60Size.Ratio7x3).Resolution(Seedream60Resolution.Res8K).Style(Seedream60Style.Anime).WebSearch()"),
            OwnTables);

    [Fact]
    public Task MemberNoTableHas_IsLeftToTheCompiler()
        => SeedreamVerifier.VerifyAsync(Consumer("Seedream50.Generate(\"a cat\").{|#0:Sharpness|}(5)"), MissingMember());

    internal static string Consumer(string chain) => $$"""
        using Seedream.Models;

        internal static class Consumer
        {
            public static Seedream.SeedreamRequest Make(bool flag, Seedream50OutputFormat format)
            {
                return {{chain}}.Build();
            }
        }
        """;

    internal static DiagnosticResult MissingMember() => DiagnosticResult.CompilerError("CS1061").WithLocation(0);

    private static DiagnosticResult MissingValue() => DiagnosticResult.CompilerError("CS0117").WithLocation(0);

    private static DiagnosticResult Option(string message) => new DiagnosticResult("SEEDREAM107", DiagnosticSeverity.Error).WithLocation(0).WithMessage(message);

    internal static DiagnosticResult HostOption(string message) => new DiagnosticResult("SEEDREAM109", DiagnosticSeverity.Error).WithLocation(0).WithMessage(message);

    private static DiagnosticResult Value(string message) => new DiagnosticResult("SEEDREAM108", DiagnosticSeverity.Error).WithLocation(0).WithMessage(message);
}
