using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
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
        "SeedreamModelTables.g.cs",
        "SeedreamProjectModels.g.cs",
    };

    public static TheoryData<string> HintNames() => new(ExpectedHintNames);

    [Theory]
    [MemberData(nameof(HintNames))]
    public async Task ShippedTables_GenerateTheExpectedCode(string hintName)
    {
        var actual = await GenerateAsync(GeneratorHarness.ParseOptions, hintName);
        var path = SnapshotPath(hintName);
        if (Environment.GetEnvironmentVariable("SEEDREAM_UPDATE_SNAPSHOTS") == "1")
        {
            await File.WriteAllTextAsync(path, actual);
        }

        Assert.True(File.Exists(path), $"No snapshot at {path}; run with SEEDREAM_UPDATE_SNAPSHOTS=1 to create it.");
        Assert.Equal(await File.ReadAllTextAsync(path), actual);
    }

    /// <summary>The models' files of a project that targets BytePlus ModelArk (<c>SeedreamHost=modelark</c>), in <c>Snapshots/modelark/</c>.</summary>
    [Theory]
    [InlineData("Seedream40.g.cs")]
    [InlineData("Seedream45.g.cs")]
    [InlineData("Seedream50.g.cs")]
    public async Task ShippedTables_AtModelArk_GenerateTheExpectedCode(string hintName)
    {
        var options = new MetadataOptionsProvider(new Dictionary<string, string> { [HostTests.HostProperty] = "modelark" });
        var actual = await GenerateAsync(GeneratorHarness.ParseOptions, hintName, options);
        var path = Path.Combine(SnapshotFolder, "modelark", hintName + ".txt");
        if (Environment.GetEnvironmentVariable("SEEDREAM_UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, actual);
        }

        Assert.True(File.Exists(path), $"No snapshot at {path}; run with SEEDREAM_UPDATE_SNAPSHOTS=1 to create it.");
        Assert.Equal(await File.ReadAllTextAsync(path), actual);
    }

    /// <summary>The snapshots are C# 8 and later; C# 7.3 gets the same code without the one <c>#nullable enable</c> line.</summary>
    [Theory]
    [MemberData(nameof(HintNames))]
    public async Task CSharp73_GetsTheSnapshotWithoutItsNullableLine(string hintName)
    {
        var snapshot = await File.ReadAllTextAsync(SnapshotPath(hintName));
        const string NullableLine = "\n#nullable enable\n";
        Assert.Single(Regex.Matches(snapshot, NullableLine));

        Assert.Equal(snapshot.Replace(NullableLine, "\n", StringComparison.Ordinal), await GenerateAsync(GeneratorHarness.CSharp73, hintName));
    }

    [Fact]
    public async Task ShippedTables_GenerateOneFilePerModelPlusTheCatalog()
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
        test.TestState.AdditionalReferences.Add(await TestReferences.ClientAsync());
        foreach (var name in ShippedTables.FileNames)
        {
            test.TestState.AdditionalFiles.Add((ShippedTables.VirtualPath(name), ShippedTables.Read(name)));
        }

        foreach (var hintName in ExpectedHintNames)
        {
            var expected = (await File.ReadAllTextAsync(SnapshotPath(hintName))).Replace("{version}", version);
            test.TestState.GeneratedSources.Add((typeof(SeedreamModelGenerator), hintName, SourceText.From(expected, System.Text.Encoding.UTF8)));
        }

        await test.RunAsync();
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp12)]
    [InlineData(LanguageVersion.CSharp7_3)]
    public async Task GeneratedCode_CompilesWithoutWarnings(LanguageVersion languageVersion)
    {
        var (_, _, output) = await GeneratorHarness.RunAsync(ShippedTables.All(), null, new CSharpParseOptions(languageVersion));

        Assert.Equal(string.Empty, string.Join("\n", GeneratorHarness.CompilerProblems(output)));
    }

    /// <summary>
    /// Table text reaches the generated data as C# literals that read back as the very same text, and stays
    /// inside the documentation comments: quotes, backslashes, control characters, every line break C# knows,
    /// a lone surrogate, characters outside the BMP.
    /// </summary>
    [Fact]
    public async Task TableText_ComesBackUnchangedFromTheEmittedLiterals_AndCompiles()
    {
        string[] texts =
        {
            "say \"hi\" \\ back\\slash",
            "tab\tnul\0bell\a",
            "first\r\nsecond\nthird",
            "line\u2028paragraph\u2029next\u0085end",
            "lone \ud800 surrogate",
            "测试模型 😀 {0} \\u0041",
        };
        var tables = texts.Select((text, index) => new InMemoryAdditionalText(
            $"/spec/models/seedream-text{index}.json",
            BadTableTests.Table(id: $"seedream-text{index}", typeName: $"Text{index}").Replace("\"测试模型\"", JsonString(text), StringComparison.Ordinal)));

        var (_, result, output) = await GeneratorHarness.RunAsync(tables.ToList());

        Assert.Empty(result.Diagnostics);
        Assert.Equal(string.Empty, string.Join("\n", GeneratorHarness.CompilerProblems(output)));
        for (var index = 0; index < texts.Length; index++)
        {
            var tree = result.Results.Single().GeneratedSources.Single(source => source.HintName == $"Text{index}.g.cs").SyntaxTree;
            var description = tree.GetRoot().DescendantNodes().OfType<ArgumentSyntax>().Single(argument =>
                argument.NameColon?.Name.Identifier.Text == "description"
                && argument.Parent?.Parent is ObjectCreationExpressionSyntax creation
                && creation.Type.ToString() == "global::Seedream.SeedreamModelTable");
            Assert.Equal(texts[index], Assert.IsType<LiteralExpressionSyntax>(description.Expression).Token.ValueText);
        }
    }

    /// <summary>A JSON string for <paramref name="text"/>, everything but printable ASCII escaped (a lone surrogate too).</summary>
    private static string JsonString(string text)
        => "\"" + string.Concat(text.Select(c => c is >= ' ' and <= '~' and not '"' and not '\\' ? c.ToString() : $"\\u{(int)c:x4}")) + "\"";

    private static string SnapshotPath(string hintName) => Path.Combine(SnapshotFolder, hintName + ".txt");

    /// <summary>The code generated for the shipped tables under <paramref name="parseOptions"/>, the generator version scrubbed.</summary>
    private static async Task<string> GenerateAsync(CSharpParseOptions parseOptions, string hintName, MetadataOptionsProvider? options = null)
    {
        var (_, result, _) = await GeneratorHarness.RunAsync(ShippedTables.All(), options, parseOptions);
        return Scrub(result.Results.Single().GeneratedSources.Single(source => source.HintName == hintName).SourceText.ToString());
    }

    private static string Scrub(string source)
        => Regex.Replace(source, "\"Seedream\\.Generators\", \"[^\"]+\"", "\"Seedream.Generators\", \"{version}\"");
}
