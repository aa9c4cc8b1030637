using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Seedream.Generators.Emitting;
using Seedream.Generators.Tests.Infrastructure;
using Xunit;

namespace Seedream.Generators.Tests;

/// <summary>
/// The generated builders are thin typed wrappers: they have the common members and exactly the table's
/// extras, their enums exactly the table's values, and each call reaches the runtime builder with the wire
/// value (run against the contract's runtime surface, <c>Stubs/SeedreamClientStub.cs</c>).
/// </summary>
public sealed class GeneratedBuilderTests
{
    public static TheoryData<string, string> Models() => new()
    {
        { "Seedream40", "seedream-4.0.json" },
        { "Seedream45", "seedream-4.5.json" },
        { "Seedream50", "seedream-5.0.json" },
    };

    [Theory]
    [MemberData(nameof(Models))]
    public async Task Builder_HasTheCommonMembersAndExactlyTheTablesExtras(string typeName, string fileName)
    {
        var (_, _, output) = await GeneratorHarness.RunAsync(ShippedTables.All());
        var extras = TableExtras(fileName);

        var builder = output.GetTypeByMetadataName("Seedream.Models." + typeName + "Builder")!;
        var members = builder.GetMembers().Where(member => member.DeclaredAccessibility == Accessibility.Public && member is IMethodSymbol { MethodKind: MethodKind.Ordinary })
            .Select(member => member.Name).Distinct().OrderBy(name => name, StringComparer.Ordinal);

        Assert.Equal(BuilderMembers.Common.Concat(extras.Select(extra => extra.Name)).OrderBy(name => name, StringComparer.Ordinal), members);
        Assert.Equal(SpecialType.System_Object, builder.BaseType!.SpecialType);
    }

    [Theory]
    [MemberData(nameof(Models))]
    public async Task Enums_HoldExactlyTheTablesValues(string typeName, string fileName)
    {
        var (_, _, output) = await GeneratorHarness.RunAsync(ShippedTables.All());
        var table = ShippedTable(fileName).OnHost(Model.Hosts.Gateway);

        Assert.Equal(table.Sizes.Select(size => size.Member), EnumMembers(output, typeName + "Size"));
        Assert.Equal(table.Resolutions.Select(resolution => resolution.Member), EnumMembers(output, typeName + "Resolution"));
        foreach (var extra in table.Extras.Where(extra => extra.Kind == Model.ExtraKind.Enum))
        {
            Assert.Equal(extra.Values.Select(value => value.Member), EnumMembers(output, typeName + extra.Name));
        }
    }

    [Fact]
    public async Task SeedExample_ReachesTheRuntimeBuilderWithWireValues_AndTheRequestCarriesItsTable()
    {
        var request = await RunAsync("""
            return Seedream50.Generate("一只柴犬穿宇航服站在月球上")
                .Size(Seedream50Size.Ratio16x9)
                .Resolution(Seedream50Resolution.Res2K)
                .Watermark(false)
                .Build();
            """);

        Assert.Equal("seedream-5.0", request["Model"]);
        Assert.Equal("一只柴犬穿宇航服站在月球上", request["Prompt"]);
        Assert.Equal("16:9", request["Size"]);
        Assert.Equal("2K", request["Resolution"]);
        Assert.Equal(false, request["Watermark"]);
        Assert.Equal("seedream-5.0", request["Table.Id"]);
    }

    [Fact]
    public async Task Extras_AreForwardedUnderTheirKeyPaths()
    {
        var request = await RunAsync("""
            return Seedream50.Generate("a cat")
                .OutputFormat(Seedream50OutputFormat.Png)
                .ResponseFormat(Seedream50ResponseFormat.B64Json)
                .Stream(true)
                .PromptOptimization(Seedream50PromptOptimization.Standard)
                .WebSearch()
                .Build();
            """);

        var extras = (IReadOnlyDictionary<string, object>)request["Extras"]!;
        Assert.Equal("png", extras["output_format"]);
        Assert.Equal("b64_json", extras["response_format"]);
        Assert.Equal(true, extras["stream"]);
        Assert.Equal("standard", extras["optimize_prompt_options.mode"]);
        Assert.Equal(new[] { "web_search" }, (IEnumerable<string>)extras["tools"]);
    }

    [Fact]
    public async Task NumberExtraAndCommonMembers_AreForwarded()
    {
        var request = await RunAsync("""
            return Seedream40.Generate("a cat")
                .GuidanceScale(2.5)
                .ReferenceImages("https://example.com/a.png", "https://example.com/b.png")
                .ReferenceImage(new System.Uri("https://example.com/c.png"))
                .ImageCount(3)
                .CallbackUrl("https://example.com/hook")
                .CallbackEvents("completed", "failed")
                .Build();
            """);

        Assert.Equal(2.5, ((IReadOnlyDictionary<string, object>)request["Extras"]!)["guidance_scale"]);
        Assert.Equal(
            new[] { "https://example.com/a.png", "https://example.com/b.png", "https://example.com/c.png" },
            ((IEnumerable<Uri>)request["ReferenceImages"]!).Select(uri => uri.AbsoluteUri));
        Assert.Equal(3, request["ImageCount"]);
        Assert.Equal(new Uri("https://example.com/hook"), request["CallbackUrl"]);
        Assert.Equal(new[] { "completed", "failed" }, (IEnumerable<string>)request["CallbackEvents"]!);
    }

    [Fact]
    public async Task UndefinedEnumValue_ThrowsAtTheCall_NamingWhatTheModelAccepts()
    {
        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => RunAsync("return Seedream50.Generate(\"a cat\").Resolution((Seedream50Resolution)7).Build();"));

        Assert.Contains("seedream-5.0 accepts the resolutions 2K, 3K.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TablesOnlyMode_EmitsTheTablesAsData_AndNoBuilders()
    {
        var options = new MetadataOptionsProvider(new Dictionary<string, string> { ["build_property.SeedreamGenerateBuilders"] = "false" });
        var (_, result, output) = await GeneratorHarness.RunAsync(ShippedTables.All(), options);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(string.Empty, string.Join("\n", GeneratorHarness.CompilerProblems(output)));
        Assert.NotNull(output.GetTypeByMetadataName("Seedream.Models.SeedreamModelTables+Seedream50"));
        Assert.NotNull(output.GetTypeByMetadataName("Seedream.Models.SeedreamModelTables"));
        Assert.Null(output.GetTypeByMetadataName("Seedream.Models.Seedream50"));
        Assert.Null(output.GetTypeByMetadataName("Seedream.Models.Seedream50Builder"));
        Assert.Null(output.GetTypeByMetadataName("Seedream.Models.Seedream50Size"));
    }

    private static IEnumerable<string> EnumMembers(Compilation compilation, string enumName)
        => compilation.GetTypeByMetadataName("Seedream.Models." + enumName)!.GetMembers().OfType<IFieldSymbol>().Select(field => field.Name);

    private static Model.ModelTableSpec ShippedTable(string fileName)
        => Parsing.TableParser.Parse(ShippedTables.VirtualPath(fileName), Microsoft.CodeAnalysis.Text.SourceText.From(ShippedTables.Read(fileName)), default).Table!;

    /// <summary>The table's extras the gateway takes: what a project that sets no host gets.</summary>
    private static IEnumerable<Model.ExtraSpec> TableExtras(string fileName) => ShippedTable(fileName).OnHost(Model.Hosts.Gateway).Extras;

    /// <summary>
    /// Compiles <paramref name="body"/> (a method returning the built request) with the generated code, runs it
    /// against the client stub, and returns the request's properties by name (<c>Table.Id</c> for the table's id).
    /// </summary>
    private static async Task<Dictionary<string, object?>> RunAsync(string body)
    {
        var (_, _, output) = await GeneratorHarness.RunAsync(ShippedTables.All(), null, "using Seedream.Models;\npublic static class Consumer\n{\n    public static object Make()\n    {\n" + body + "\n    }\n}\n");
        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));

        var context = new AssemblyLoadContext("consumer", isCollectible: true);
        var client = context.LoadFromStream(new MemoryStream(await TestReferences.ClientBytesAsync()));
        context.Resolving += (_, name) => name.Name == "Seedream.Client" ? client : null;
        try
        {
            var consumer = context.LoadFromStream(new MemoryStream(image.ToArray()));
            object request;
            try
            {
                request = consumer.GetType("Consumer")!.GetMethod("Make")!.Invoke(null, null)!;
            }
            catch (TargetInvocationException invocation) when (invocation.InnerException is not null)
            {
                throw invocation.InnerException;
            }

            var properties = request.GetType().GetProperties().ToDictionary(property => property.Name, property => property.GetValue(request));
            var table = properties["Table"];
            properties["Table.Id"] = table?.GetType().GetProperty("Id")!.GetValue(table);
            return properties;
        }
        finally
        {
            context.Unload();
        }
    }
}
