using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Seedream.Generators.Tests.Infrastructure;
using Xunit;

namespace Seedream.Generators.Tests;

/// <summary>
/// A project targets one host with the MSBuild property <c>SeedreamHost</c>, and its builders offer what each model
/// takes there (the providers' documentation, as spec/modelark-images.openapi.json records it): the model's id at the host, stream on seedream-4.5 and 4.0
/// upstream, no guidance_scale and no webhook upstream. An option of another host does not compile, and the
/// analyzer's SEEDREAM109 names the host that has it.
/// </summary>
public sealed class HostTests
{
    /// <summary>The MSBuild property as the compiler sees it.</summary>
    internal const string HostProperty = "build_property.SeedreamHost";

    public static TheoryData<string?, string, string[], string[]> BuilderMembers() => new()
    {
        { null, "Seedream40Builder", new[] { "GuidanceScale", "CallbackUrl", "CallbackEvents", "PromptOptimization" }, new[] { "Stream" } },
        { "gateway", "Seedream45Builder", new[] { "CallbackUrl", "CallbackEvents" }, new[] { "Stream", "GuidanceScale" } },
        { "modelark", "Seedream40Builder", new[] { "Stream", "PromptOptimization", "ResponseFormat" }, new[] { "GuidanceScale", "CallbackUrl", "CallbackEvents" } },
        { "modelark", "Seedream45Builder", new[] { "Stream", "PromptOptimization" }, new[] { "CallbackUrl", "CallbackEvents", "WebSearch" } },
        { "volcengine", "Seedream50Builder", new[] { "Stream", "WebSearch", "OutputFormat" }, new[] { "CallbackUrl", "CallbackEvents" } },
    };

    [Theory]
    [MemberData(nameof(BuilderMembers))]
    public async Task Builder_OffersWhatTheModelTakesAtTheTargetedHost(string? host, string builder, string[] present, string[] absent)
    {
        var (_, result, output) = await RunAtAsync(host);

        var members = output.GetTypeByMetadataName("Seedream.Models." + builder)!.GetMembers().Select(member => member.Name).ToHashSet();
        Assert.Empty(result.Diagnostics);
        Assert.All(present, name => Assert.Contains(name, members));
        Assert.All(absent, name => Assert.DoesNotContain(name, members));
    }

    [Theory]
    [InlineData(null, "Seedream50", "seedream-5.0")]
    [InlineData("gateway", "Seedream40", "seedream-4.0")]
    [InlineData("modelark", "Seedream50", "seedream-5-0-260128")]
    [InlineData("ModelArk ", "Seedream45", "seedream-4-5-251128")]
    [InlineData("modelark", "Seedream40", "seedream-4-0-250828")]
    [InlineData("volcengine", "Seedream50", "doubao-seedream-5-0-260128")]
    [InlineData("volcengine", "Seedream45", "doubao-seedream-4-5-251128")]
    [InlineData("volcengine", "Seedream40", "doubao-seedream-4-0-250828")]
    public async Task HostId_IsTheModelsIdAtTheTargetedHost_AndIdStaysTheTables(string? host, string typeName, string hostId)
    {
        var (_, result, output) = await RunAtAsync(host);

        var entry = output.GetTypeByMetadataName("Seedream.Models." + typeName)!;
        Assert.Empty(result.Diagnostics);
        Assert.Equal(hostId, Constant(entry, "HostId"));
        Assert.StartsWith("seedream-", (string)Constant(entry, "Id")!, StringComparison.Ordinal);
    }

    [Fact]
    public Task ValidRequests_AtModelArk_Compile_WithoutAnyDiagnostic()
        => SeedreamVerifier.VerifyAtHostAsync(
            "modelark",
            """
            using Seedream.Models;

            internal static class Consumer
            {
                public static Seedream.SeedreamRequest[] Make(bool flag) => new[]
                {
                    Seedream45.Generate("a lighthouse").Stream(flag).ImageCount(4).Resolution(Seedream45Resolution.Res4K).Build(),
                    Seedream40.Generate("a garden").Stream(true).PromptOptimization(Seedream40PromptOptimization.Fast).Watermark(false).Build(),
                    Seedream50.Generate("today's headlines").WebSearch().OutputFormat(Seedream50OutputFormat.Png).ReferenceImage("https://example.com/a.png").Build(),
                };
            }
            """,
            Array.Empty<(string, string)>());

    [Fact]
    public Task Seedream40_GuidanceScale_AtModelArk_DoesNotCompile_AndNamesTheGateway()
        => SeedreamVerifier.VerifyAtHostAsync(
            "modelark",
            RestrictionTests.Consumer("Seedream40.Generate(\"a cat\").{|#0:GuidanceScale|}(5)"),
            Array.Empty<(string, string)>(),
            RestrictionTests.MissingMember(),
            RestrictionTests.HostOption("seedream-4.0 does not support GuidanceScale (extra.guidance_scale) at modelark (BytePlus ModelArk), the host this project targets (SeedreamHost). "
                + "It does at: gateway (the task API, /v1/tasks)."));

    [Theory]
    [InlineData("modelark", "CallbackUrl(\"https://example.com/hook\")", "CallbackUrl (callback_url)", "modelark (BytePlus ModelArk)")]
    [InlineData("volcengine", "CallbackEvents(\"completed\")", "CallbackEvents (callback_events)", "volcengine (Volcengine Ark)")]
    public Task Webhook_Upstream_DoesNotCompile_AndNamesTheGateway(string host, string call, string option, string hostText)
        => SeedreamVerifier.VerifyAtHostAsync(
            host,
            RestrictionTests.Consumer("Seedream50.Generate(\"a cat\").{|#0:" + call.Substring(0, call.IndexOf('(')) + "|}" + call.Substring(call.IndexOf('('))),
            Array.Empty<(string, string)>(),
            RestrictionTests.MissingMember(),
            RestrictionTests.HostOption($"seedream-5.0 does not support {option} at {hostText}, the host this project targets (SeedreamHost). It does at: gateway (the task API, /v1/tasks)."));

    [Fact]
    public Task OptionOfAnotherModelAtAnotherHost_NamesTheHostAndTheModel()
        => SeedreamVerifier.VerifyAtHostAsync(
            "volcengine",
            RestrictionTests.Consumer("Seedream45.Generate(\"a cat\").{|#0:GuidanceScale|}(5)"),
            Array.Empty<(string, string)>(),
            RestrictionTests.MissingMember(),
            RestrictionTests.HostOption("seedream-4.5 does not support GuidanceScale (extra.guidance_scale) at volcengine (Volcengine Ark), the host this project targets (SeedreamHost). "
                + "Only at: gateway (the task API, /v1/tasks), for seedream-4.0."));

    [Fact]
    public Task OptionOfAnotherModelAtTheSameHost_IsStillSeedream107()
        => SeedreamVerifier.VerifyAtHostAsync(
            "modelark",
            RestrictionTests.Consumer("Seedream45.Generate(\"a cat\").{|#0:WebSearch|}()"),
            Array.Empty<(string, string)>(),
            RestrictionTests.MissingMember(),
            new DiagnosticResult("SEEDREAM107", DiagnosticSeverity.Error).WithLocation(0).WithMessage("seedream-4.5 does not support WebSearch (extra.tools). Supported by: seedream-5.0."));

    [Fact]
    public Task UnknownHost_IsOneError_AndTheGatewaysBuildersAreGenerated()
        => SeedreamVerifier.VerifyAtHostAsync(
            "bytedance",
            RestrictionTests.Consumer("Seedream40.Generate(\"a cat\").GuidanceScale(5).CallbackUrl(\"https://example.com/hook\")"),
            Array.Empty<(string, string)>(),
            new DiagnosticResult("SEEDREAM014", DiagnosticSeverity.Error)
                .WithMessage("The MSBuild property SeedreamHost is \"bytedance\", which is not a host; the hosts are gateway, modelark, volcengine. The builders were generated for the gateway."));

    [Fact]
    public Task ProjectTableThatNamesNoIdAtTheHost_IsNotGenerated_WithAWarningThatSaysWhatToAdd()
        => SeedreamVerifier.VerifyAtHostAsync(
            "modelark",
            RestrictionTests.Consumer("Seedream50.Generate(\"a cat\").Stream(flag)"),
            RestrictionTests.OwnTables,
            new DiagnosticResult("SEEDREAM015", DiagnosticSeverity.Warning).WithMessage(
                "Model \"seedream-6.0\" (Seedream60) is not generated: the project targets modelark (BytePlus ModelArk) with SeedreamHost, and the model's table names no id there. "
                + "Add \"hosts\": { \"modelark\": { \"id\": \"<the model's id there>\", \"callbacks\": false } } to the table, or target another host."));

    /// <summary>Runs the generator on the shipped tables in a project whose <c>SeedreamHost</c> is <paramref name="host"/> (unset when null).</summary>
    private static Task<(GeneratorDriver Driver, GeneratorDriverRunResult Result, Compilation Output)> RunAtAsync(string? host)
        => GeneratorHarness.RunAsync(
            ShippedTables.All(),
            new MetadataOptionsProvider(host is null ? new Dictionary<string, string>() : new Dictionary<string, string> { [HostProperty] = host }));

    private static object? Constant(INamedTypeSymbol type, string name) => type.GetMembers(name).OfType<IFieldSymbol>().Single().ConstantValue;
}
