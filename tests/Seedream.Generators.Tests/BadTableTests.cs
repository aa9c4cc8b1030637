using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Seedream.Generators.Tests.Infrastructure;
using Xunit;

namespace Seedream.Generators.Tests;

/// <summary>A bad table is reported at its file, line and column (in characters), and the other tables still generate.</summary>
public sealed class BadTableTests
{
    private const string Path = "/spec/models/seedream-bad.json";

    [Fact]
    public async Task MalformedJson_AfterChineseText_IsReportedAtTheCharacterColumn()
    {
        // Line 3 (0-based 2): 18 ASCII characters, 10 Chinese characters (30 UTF-8 bytes), a quote and a space.
        var text = "{\n  \"id\": \"seedream-bad\",\n  \"description\": \"中文描述，很长的中文\" \"typeName\": \"Bad\"\n}\n";

        var diagnostic = await SingleDiagnosticAsync(text);

        AssertAt(diagnostic, "SEEDREAM001", 2, 30, 2, 31);
        Assert.Equal("The model table is not valid JSON: expected ',' or '}' after a property value", diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("{\"id\": \"a\", }", 12, 13, "expected a property name in double quotes")]
    [InlineData("{\"id\": \"未结束", 7, 11, "unterminated string")]
    [InlineData("{\"stream\": tru}", 11, 14, "unknown literal 'tru': expected true")]
    [InlineData("{\"id\": \"a\\q\"}", 9, 11, "unknown escape sequence '\\q'")]
    [InlineData("{\"a\": 1} x", 9, 10, "unexpected text after the end of the JSON document")]
    public async Task MalformedJson_IsReportedWhereItGoesWrong(string text, int start, int end, string problem)
    {
        var diagnostic = await SingleDiagnosticAsync(text);

        AssertAt(diagnostic, "SEEDREAM001", 0, start, 0, end);
        Assert.Equal("The model table is not valid JSON: " + problem, diagnostic.GetMessage());
    }

    [Fact]
    public async Task UnknownKey_IsReportedAtTheKeyAndListsTheAllowedKeys()
    {
        var text = Table(extraTopLevel: "\"描述\": \"额外\", \"colour\": \"red\",");

        var diagnostics = await DiagnosticsAsync(text);

        Assert.Equal(2, diagnostics.Count);
        AssertAt(diagnostics[0], "SEEDREAM002", 1, 2, 1, 6);
        AssertAt(diagnostics[1], "SEEDREAM002", 1, 14, 1, 22);
        Assert.Equal(
            "Unknown key \"colour\" in the table; the allowed keys are: $schema, id, typeName, description, hosts, sizes, resolutions, limits, extras, notes",
            diagnostics[1].GetMessage());
    }

    [Fact]
    public async Task WrongValueType_IsReportedAtTheValue()
    {
        var text = Table(sizes: "\"16:9\"");

        var diagnostic = await SingleDiagnosticAsync(text);

        AssertAt(diagnostic, "SEEDREAM003", 4, 11, 4, 17);
        Assert.Equal("\"sizes\" must be an array of strings, but it is a string", diagnostic.GetMessage());
    }

    [Fact]
    public async Task EmptySizeList_IsReported()
    {
        var diagnostic = await SingleDiagnosticAsync(Table(sizes: "[]"));

        AssertAt(diagnostic, "SEEDREAM005", 4, 11, 4, 13);
        Assert.Equal("\"sizes\" is empty; a model table needs at least one size", diagnostic.GetMessage());
    }

    [Fact]
    public async Task MissingKey_IsReportedAtTheObject()
    {
        var text = Table().Replace("  \"resolutions\": [\"2K\"],\n", string.Empty);

        var diagnostic = await SingleDiagnosticAsync(text);

        AssertAt(diagnostic, "SEEDREAM004", 0, 0, 0, 1);
        Assert.Equal("The table lacks the required key \"resolutions\"", diagnostic.GetMessage());
    }

    [Fact]
    public async Task EnumValueThatCannotBecomeAnIdentifier_IsReportedAtTheValue()
    {
        var extras = "[{ \"name\": \"Mood\", \"path\": \"mood\", \"kind\": \"enum\", \"description\": \"心情\", \"values\": [{ \"value\": \"---\", \"description\": \"无\" }] }]";

        var diagnostic = await SingleDiagnosticAsync(Table(extras: extras));

        AssertAt(diagnostic, "SEEDREAM008", 7, 106, 7, 111);
        Assert.Equal("The value \"---\" cannot become a C# member name: it has no letter or digit to build a name from", diagnostic.GetMessage());
    }

    [Fact]
    public async Task TypeNameTheGeneratorReserves_IsReportedAtTheValue()
    {
        var diagnostic = await SingleDiagnosticAsync(Table(typeName: "SeedreamModelTables"));

        AssertAt(diagnostic, "SEEDREAM008", 2, 14, 2, 35);
        Assert.Equal(
            "The type name \"SeedreamModelTables\" cannot become a C# member name: the generator already emits a type of that name (reserved: SeedreamModelTables)",
            diagnostic.GetMessage());
    }

    [Fact]
    public async Task DuplicateModelId_IsReportedOnTheLaterTable_WithTheOriginalAsAdditionalLocation()
    {
        var original = new InMemoryAdditionalText("/spec/models/seedream-a.json", Table(id: "seedream-5.0", typeName: "First"));
        var duplicate = new InMemoryAdditionalText("/spec/models/seedream-b.json", Table(id: "seedream-5.0", typeName: "Second"));

        var (_, result, _) = await GeneratorHarness.RunAsync(new[] { duplicate, original });

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("SEEDREAM010", diagnostic.Id);
        Assert.Equal("/spec/models/seedream-b.json", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(new LinePositionSpan(new LinePosition(1, 8), new LinePosition(1, 22)), diagnostic.Location.GetLineSpan().Span);
        var originalLocation = Assert.Single(diagnostic.AdditionalLocations);
        Assert.Equal("/spec/models/seedream-a.json", originalLocation.GetLineSpan().Path);
        Assert.Equal(new LinePositionSpan(new LinePosition(1, 8), new LinePosition(1, 22)), originalLocation.GetLineSpan().Span);
        Assert.StartsWith("The model id \"seedream-5.0\" is also declared by /spec/models/seedream-a.json;", diagnostic.GetMessage());
        Assert.Contains(result.Results.Single().GeneratedSources, source => source.HintName == "First.g.cs");
        Assert.DoesNotContain(result.Results.Single().GeneratedSources, source => source.HintName == "Second.g.cs");
    }

    [Fact]
    public async Task DuplicateTypeName_IsReportedOnTheLaterTable_WithTheOriginalAsAdditionalLocation()
    {
        var original = new InMemoryAdditionalText("/spec/models/seedream-a.json", Table(id: "model-a", typeName: "Same"));
        var duplicate = new InMemoryAdditionalText("/spec/models/seedream-b.json", Table(id: "model-b", typeName: "Same"));

        var (_, result, _) = await GeneratorHarness.RunAsync(new[] { original, duplicate });

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("SEEDREAM011", diagnostic.Id);
        Assert.Equal(new LinePositionSpan(new LinePosition(2, 14), new LinePosition(2, 20)), diagnostic.Location.GetLineSpan().Span);
        Assert.Equal("/spec/models/seedream-a.json", Assert.Single(diagnostic.AdditionalLocations).GetLineSpan().Path);
        Assert.StartsWith("Model \"model-b\" is not generated: its type name \"Same\" gives its entry type the name \"Same\", which model \"model-a\" in /spec/models/seedream-a.json emits", diagnostic.GetMessage());
    }

    [Fact]
    public async Task BadTable_LeavesTheOtherTablesGenerated_AndNeverCrashesTheGenerator()
    {
        var tables = ShippedTables.All().Cast<AdditionalText>().Append(new InMemoryAdditionalText(Path, "{ \"id\": ")).ToList();

        var (_, result, _) = await GeneratorHarness.RunAsync(tables);

        var run = result.Results.Single();
        Assert.Null(run.Exception);
        Assert.Equal("SEEDREAM001", Assert.Single(result.Diagnostics).Id);
        Assert.Equal(
            new[] { "Seedream40.g.cs", "Seedream45.g.cs", "Seedream50.g.cs" },
            run.GeneratedSources.Select(source => source.HintName).Where(name => name.StartsWith("Seedream4", System.StringComparison.Ordinal) || name.StartsWith("Seedream5", System.StringComparison.Ordinal)).OrderBy(name => name));
    }

    [Fact]
    public async Task FileFlaggedWithItemMetadata_IsATable_AndOtherJsonIsIgnored()
    {
        var flagged = new InMemoryAdditionalText("/custom/my-model.json", Table(id: "my-model", typeName: "MyModel"));
        var unrelated = new InMemoryAdditionalText("/custom/appsettings.json", "{ \"not\": \"a table\" }");

        var (_, result, _) = await GeneratorHarness.RunAsync(new[] { flagged, unrelated }, new MetadataOptionsProvider("/custom/my-model.json"));

        Assert.Empty(result.Diagnostics);
        Assert.Contains(result.Results.Single().GeneratedSources, source => source.HintName == "MyModel.g.cs");
    }

    /// <summary>A valid table, one key per line; the arguments replace whole values.</summary>
    [Fact]
    public async Task ExtraTakenAtAnUnknownHost_IsReportedAtTheHostsName_AndListsTheHosts()
    {
        var text = Table(extras: "[{ \"name\": \"Stream\", \"path\": \"stream\", \"kind\": \"bool\", \"description\": \"流式\", \"hosts\": [\"gateway\", \"ark\"] }]");

        var diagnostic = await SingleDiagnosticAsync(text);

        AssertAtText(diagnostic, "SEEDREAM009", text, "\"ark\"");
        Assert.Equal("\"extras[0].hosts[1]\" has a value that is not allowed: \"ark\" is not a host; the hosts are gateway, modelark, volcengine", diagnostic.GetMessage());
    }

    [Fact]
    public async Task ExtraTakenAtAHostThatDoesNotServeTheModel_IsReported_NamingTheHostsThatDo()
    {
        var text = Table(
            extraTopLevel: "\"hosts\": { \"volcengine\": { \"id\": \"doubao-bad\", \"callbacks\": false } },",
            extras: "[{ \"name\": \"Stream\", \"path\": \"stream\", \"kind\": \"bool\", \"description\": \"流式\", \"hosts\": [\"modelark\"] }]");

        var diagnostic = await SingleDiagnosticAsync(text);

        AssertAtText(diagnostic, "SEEDREAM009", text, "\"modelark\"");
        Assert.Equal(
            "\"extras[0].hosts[0]\" has a value that is not allowed: the table's \"hosts\" does not name modelark, so the model has no id there; the hosts that serve it are gateway, volcengine",
            diagnostic.GetMessage());
    }

    [Fact]
    public async Task GatewayUnderHosts_IsAnUnknownKey_ForItsIdIsTheTablesId()
    {
        var text = Table(extraTopLevel: "\"hosts\": { \"gateway\": { \"id\": \"seedream-bad\", \"callbacks\": true } },");

        var diagnostic = await SingleDiagnosticAsync(text);

        AssertAtText(diagnostic, "SEEDREAM002", text, "\"gateway\"");
        Assert.Equal("Unknown key \"gateway\" in \"hosts\"; the allowed keys are: modelark, volcengine", diagnostic.GetMessage());
    }

    [Fact]
    public async Task HostWithoutCallbacks_IsAMissingKey()
    {
        var text = Table(extraTopLevel: "\"hosts\": { \"modelark\": { \"id\": \"bad-1\" } },");

        var diagnostic = await SingleDiagnosticAsync(text);

        AssertAtText(diagnostic, "SEEDREAM004", text, "{ \"id\"", length: 1);
        Assert.Equal("Hosts.modelark lacks the required key \"callbacks\"", diagnostic.GetMessage());
    }

    internal static string Table(
        string id = "seedream-bad",
        string typeName = "Bad",
        string sizes = "[\"1:1\"]",
        string extras = "[]",
        string extraTopLevel = "")
        => "{\n"
           + "  " + extraTopLevel + "\"id\": \"" + id + "\",\n"
           + "  \"typeName\": \"" + typeName + "\",\n"
           + "  \"description\": \"测试模型\",\n"
           + "  \"sizes\": " + sizes + ",\n"
           + "  \"resolutions\": [\"2K\"],\n"
           + "  \"limits\": { \"maxReferenceImages\": 1, \"maxReferenceImageBytes\": 1, \"maxImageSetTotal\": 2, \"recommendedPromptLength\": 10 },\n"
           + "  \"extras\": " + extras + "\n"
           + "}\n";

    private static async Task<List<Diagnostic>> DiagnosticsAsync(string text)
    {
        var (_, result, _) = await GeneratorHarness.RunAsync(new[] { new InMemoryAdditionalText(Path, text) });
        return result.Diagnostics.OrderBy(diagnostic => diagnostic.Location.SourceSpan.Start).ToList();
    }

    private static async Task<Diagnostic> SingleDiagnosticAsync(string text) => Assert.Single(await DiagnosticsAsync(text));

    /// <summary>
    /// Asserts that <paramref name="diagnostic"/> is <paramref name="id"/> at the first <paramref name="snippet"/> after the first
    /// <c>"hosts"</c> of <paramref name="text"/> (its first <paramref name="length"/> characters, or all of it).
    /// </summary>
    private static void AssertAtText(Diagnostic diagnostic, string id, string text, string snippet, int? length = null)
    {
        var hosts = text.IndexOf("\"hosts\"", System.StringComparison.Ordinal);
        var start = text.IndexOf(snippet, hosts + 1, System.StringComparison.Ordinal);
        var lines = SourceText.From(text).Lines;
        var span = lines.GetLinePositionSpan(new TextSpan(start, length ?? snippet.Length));
        AssertAt(diagnostic, id, span.Start.Line, span.Start.Character, span.End.Line, span.End.Character);
    }

    private static void AssertAt(Diagnostic diagnostic, string id, int startLine, int startCharacter, int endLine, int endCharacter)
    {
        Assert.Equal(id, diagnostic.Id);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(Path, span.Path);
        Assert.Equal(new LinePositionSpan(new LinePosition(startLine, startCharacter), new LinePosition(endLine, endCharacter)), span.Span);
    }
}
