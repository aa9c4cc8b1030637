using System;
using System.Collections.Generic;
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
        "SeedreamModelTables.g.cs",
        "SeedreamProjectModels.g.cs",
    };

    /// <summary>The language versions snapshotted: C# 8+ gets <c>#nullable enable</c>, C# 7.3 does not.</summary>
    private static readonly Dictionary<string, CSharpParseOptions> LanguageVersions = new()
    {
        ["CSharp12"] = GeneratorHarness.ParseOptions,
        ["CSharp7_3"] = GeneratorHarness.CSharp73,
    };

    public static TheoryData<string, string> Snapshots()
    {
        var data = new TheoryData<string, string>();
        foreach (var version in LanguageVersions.Keys)
        {
            foreach (var hintName in ExpectedHintNames)
            {
                data.Add(version, hintName);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Snapshots))]
    public async Task ShippedTables_GenerateTheExpectedCode(string languageVersion, string hintName)
    {
        var (_, result, _) = await GeneratorHarness.RunAsync(ShippedTables.All(), null, LanguageVersions[languageVersion]);

        var generated = result.Results.Single().GeneratedSources.Single(source => source.HintName == hintName);
        var actual = Scrub(generated.SourceText.ToString());
        var path = Path.Combine(SnapshotFolder, languageVersion, hintName + ".txt");
        if (Environment.GetEnvironmentVariable("SEEDREAM_UPDATE_SNAPSHOTS") == "1")
        {
            await File.WriteAllTextAsync(path, actual);
        }

        Assert.True(File.Exists(path), $"No snapshot at {path}; run with SEEDREAM_UPDATE_SNAPSHOTS=1 to create it.");
        Assert.Equal(await File.ReadAllTextAsync(path), actual);
    }

    [Theory]
    [InlineData("CSharp12", true)]
    [InlineData("CSharp7_3", false)]
    public async Task NullableDirective_FollowsTheLanguageVersion(string languageVersion, bool expected)
    {
        var (_, result, _) = await GeneratorHarness.RunAsync(ShippedTables.All(), null, LanguageVersions[languageVersion]);

        Assert.All(
            result.Results.Single().GeneratedSources,
            source => Assert.Equal(expected, source.SourceText.ToString().Contains("\n#nullable enable\n", StringComparison.Ordinal)));
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
            var expected = (await File.ReadAllTextAsync(Path.Combine(SnapshotFolder, "CSharp12", hintName + ".txt"))).Replace("{version}", version);
            test.TestState.GeneratedSources.Add((typeof(SeedreamModelGenerator), hintName, SourceText.From(expected, System.Text.Encoding.UTF8)));
        }

        await test.RunAsync();
    }

    [Theory]
    [InlineData("CSharp12")]
    [InlineData("CSharp7_3")]
    public async Task GeneratedCode_CompilesWithoutWarnings(string languageVersion)
    {
        var (_, _, output) = await GeneratorHarness.RunAsync(ShippedTables.All(), null, LanguageVersions[languageVersion]);

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
