using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using Seedream.Generators.Tests.Infrastructure;
using Seedream.Testing;
using Xunit;

namespace Seedream.Generators.Tests;

/// <summary>
/// The code users get for the shipped tables, compared with the expected files in <c>Snapshots/</c>
/// (the generator version scrubbed). Set SEEDREAM_UPDATE_SNAPSHOTS=1 to rewrite them after a deliberate change.
/// </summary>
public sealed class SnapshotTests
{
    private static readonly string SnapshotFolder = RepositoryPaths.Of("tests", "Seedream.Generators.Tests", "Snapshots");

    private static readonly string[] ExpectedHintNames =
    {
        "Seedream40.g.cs",
        "Seedream45.g.cs",
        "Seedream50.g.cs",
        "SeedreamBuilderSupport.g.cs",
        "SeedreamModelTables.g.cs",
        "SeedreamProjectModels.g.cs",
    };

    public static TheoryData<string> HintNames => new(ExpectedHintNames);

    [Theory]
    [MemberData(nameof(HintNames))]
    public async Task ShippedTables_GenerateTheExpectedCode(string hintName)
    {
        var (_, result, _) = await GeneratorHarness.RunAsync(ShippedTables.All());

        var generated = result.Results.Single().GeneratedSources.Single(source => source.HintName == hintName);
        var actual = Scrub(generated.SourceText.ToString());
        var path = Path.Combine(SnapshotFolder, hintName + ".txt");
        if (Environment.GetEnvironmentVariable("SEEDREAM_UPDATE_SNAPSHOTS") == "1")
        {
            await File.WriteAllTextAsync(path, actual);
        }

        Assert.True(File.Exists(path), $"No snapshot at {path}; run with SEEDREAM_UPDATE_SNAPSHOTS=1 to create it.");
        Assert.Equal(await File.ReadAllTextAsync(path), actual);
    }

    [Fact]
    public async Task ShippedTables_GenerateOneFilePerModelPlusTheCatalogAndHelpers()
    {
        var (_, result, _) = await GeneratorHarness.RunAsync(ShippedTables.All());

        Assert.Equal(
            ExpectedHintNames,
            result.Results.Single().GeneratedSources.Select(source => source.HintName).OrderBy(name => name, StringComparer.Ordinal));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public async Task SourceGeneratorTestHarness_SeesExactlyTheSnapshots_AndNoDiagnostics()
    {
        var version = typeof(SeedreamModelGenerator).Assembly.GetName().Version!.ToString();
        var test = new CSharpSourceGeneratorTest<SeedreamModelGenerator, DefaultVerifier>
        {
            ReferenceAssemblies = TestReferences.ReferenceAssemblies,
        };
        test.TestState.AdditionalReferences.Add(TestReferences.Client);
        test.TestState.AdditionalReferences.Add(TestReferences.Newtonsoft);
        foreach (var name in ShippedTables.FileNames)
        {
            test.TestState.AdditionalFiles.Add((ShippedTables.VirtualPath(name), ShippedTables.Read(name)));
        }

        foreach (var hintName in ExpectedHintNames)
        {
            var expected = (await File.ReadAllTextAsync(Path.Combine(SnapshotFolder, hintName + ".txt"))).Replace("{version}", version);
            test.TestState.GeneratedSources.Add((typeof(SeedreamModelGenerator), hintName, SourceText.From(expected, System.Text.Encoding.UTF8)));
        }

        await test.RunAsync();
    }

    [Fact]
    public async Task GeneratedCode_CompilesWithoutWarnings_WithNullableEnabled()
    {
        var (_, _, output) = await GeneratorHarness.RunAsync(ShippedTables.All());

        Assert.Equal(string.Empty, string.Join("\n", GeneratorHarness.CompilerProblems(output)));
    }

    [Fact]
    public async Task GeneratedCode_CompilesWithoutWarnings_UnderCSharp73()
    {
        var compilation = (await GeneratorHarness.CompilationAsync()).WithOptions(
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary).WithSpecificDiagnosticOptions(GeneratorHarness.SdkSuppressions));
        var options = new CSharpParseOptions(LanguageVersion.CSharp7_3);
        var driver = CSharpGeneratorDriver.Create(new[] { new SeedreamModelGenerator().AsSourceGenerator() }, ShippedTables.All(), options);

        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);

        Assert.Equal(string.Empty, string.Join("\n", GeneratorHarness.CompilerProblems(output)));
    }

    [Theory]
    [InlineData("\u2029")]
    [InlineData("\u2028")]
    [InlineData("\u0085")]
    [InlineData("\\r\\n")]
    public async Task TableTextWithALineBreak_StaysInsideTheDocComment(string lineBreak)
    {
        var table = new InMemoryAdditionalText("/spec/models/seedream-lines.json", BadTableTests.Table(typeName: "Lines").Replace("测试模型", "first" + lineBreak + "second"));

        var (_, result, output) = await GeneratorHarness.RunAsync(new[] { table });

        Assert.Empty(result.Diagnostics);
        Assert.Equal(string.Empty, string.Join("\n", GeneratorHarness.CompilerProblems(output)));
    }

    private static string Scrub(string source)
        => Regex.Replace(source, "\"Seedream\\.Generators\", \"[^\"]+\"", "\"Seedream.Generators\", \"{version}\"");
}
