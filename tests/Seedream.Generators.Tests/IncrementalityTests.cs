using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Seedream.Generators.Tests.Infrastructure;
using Xunit;

namespace Seedream.Generators.Tests;

/// <summary>The generator does no work that the IDE would feel on every keystroke.</summary>
public sealed class IncrementalityTests
{
    [Fact]
    public async Task RunningTwice_LeavesEveryTrackedStepCachedOrUnchanged()
    {
        var compilation = await GeneratorHarness.CompilationAsync("public class Unrelated { }");
        var driver = GeneratorHarness.CreateDriver(ShippedTables.All()).RunGenerators(compilation);

        var second = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();

        AssertAllCached(second);
        Assert.All(StepOutputs.TrackedStepNames, name => Assert.Contains(name, second.TrackedSteps.Keys));
    }

    [Fact]
    public async Task UnrelatedCsEdit_ReEmitsNothing()
    {
        var compilation = await GeneratorHarness.CompilationAsync("public class Unrelated { }");
        var driver = GeneratorHarness.CreateDriver(ShippedTables.All()).RunGenerators(compilation);

        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Single(),
            CSharpSyntaxTree.ParseText("public class Unrelated { public int Changed; }", GeneratorHarness.ParseOptions, path: "/src/Source0.cs"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        AssertAllCached(result);
        Assert.All(StepOutputs.SourceOutputs(result), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
    }

    [Fact]
    public async Task ReplacingOneTable_ModifiesOnlyThatModelsOutput()
    {
        var tables = ShippedTables.All();
        var compilation = await GeneratorHarness.CompilationAsync();
        var driver = GeneratorHarness.CreateDriver(tables).RunGenerators(compilation);
        var before = driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(source => source.HintName, source => source.SourceText.ToString());

        var old = tables.Single(table => table.Path.EndsWith("seedream-4.5.json", System.StringComparison.Ordinal));
        var replacement = new InMemoryAdditionalText(old.Path, old.GetText()!.ToString().Replace("Seedream 4.5: multi-image sets and 4K resolution.", "Seedream 4.5, described anew."));
        var result = driver.ReplaceAdditionalText(old, replacement).RunGenerators(compilation).GetRunResult().Results.Single();

        var modelSources = result.TrackedSteps[TrackingNames.ModelSources].SelectMany(step => step.Outputs).ToList();
        var modified = modelSources.Where(output => output.Reason == IncrementalStepRunReason.Modified).Select(output => StepOutputs.ModelId(output.Value)).ToList();
        Assert.Equal(new[] { "seedream-4.5" }, modified);
        Assert.All(
            modelSources.Where(output => output.Reason != IncrementalStepRunReason.Modified),
            output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, output.Reason.ToString()));
        Assert.Single(StepOutputs.SourceOutputs(result), reason => reason == IncrementalStepRunReason.Modified);

        var after = result.GeneratedSources.ToDictionary(source => source.HintName, source => source.SourceText.ToString());
        Assert.Equal(new[] { "Seedream45.g.cs" }, after.Where(pair => before[pair.Key] != pair.Value).Select(pair => pair.Key));
    }

    /// <summary>Option changes of the kind an IDE sees when an .editorconfig, a project property or the language version changes.</summary>
    public static TheoryData<string> OptionChanges() => new() { UnrelatedProperty, BuildersOff, LanguageVersion73, HostModelArk };

    [Theory]
    [MemberData(nameof(OptionChanges))]
    public async Task OptionsChange_ReParsesNoTable(string change)
    {
        var compilation = await GeneratorHarness.CompilationAsync("public class Unrelated { }");
        var driver = GeneratorHarness.CreateDriver(ShippedTables.All(), new MetadataOptionsProvider()).RunGenerators(compilation);

        var result = Change(driver, change).RunGenerators(compilation).GetRunResult().Results.Single();

        // The reduced files were read again and found equal; parsing them did not run at all.
        Assert.All(Outputs(result, TrackingNames.TableFiles), reason => Assert.True(reason is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached, reason.ToString()));
        Assert.Equal(ShippedTables.FileNames.Length, Outputs(result, TrackingNames.ParsedTables).Count());
        Assert.All(Outputs(result, TrackingNames.ParsedTables), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        if (change == UnrelatedProperty)
        {
            Assert.All(StepOutputs.SourceOutputs(result), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        }
        else
        {
            // The change did reach the generator: every model's file is written anew, from the cached parse.
            Assert.All(Outputs(result, TrackingNames.ModelSources), reason => Assert.Equal(IncrementalStepRunReason.Modified, reason));
        }
    }

    [Fact]
    public async Task StepOutputs_HoldNoSymbolsCompilationsOrSyntaxNodes()
    {
        var (_, result, _) = await GeneratorHarness.RunAsync(ShippedTables.All(), null, "public class Unrelated { }");
        var run = result.Results.Single();

        var forbidden = StepOutputs.Tracked(run)
            .SelectMany(output => StepOutputs.ForbiddenObjects(output.Value, output.Step))
            .ToList();

        Assert.Empty(forbidden);
        Assert.NotEmpty(run.TrackedSteps[TrackingNames.ModelSources]);
    }

    private const string UnrelatedProperty = "an unrelated MSBuild property";
    private const string BuildersOff = "SeedreamGenerateBuilders=false";
    private const string LanguageVersion73 = "C# 7.3";
    private const string HostModelArk = "SeedreamHost=modelark";

    private static GeneratorDriver Change(GeneratorDriver driver, string change) => change switch
    {
        UnrelatedProperty => driver.WithUpdatedAnalyzerConfigOptions(new MetadataOptionsProvider(new Dictionary<string, string> { ["build_property.Unrelated"] = "value" })),
        BuildersOff => driver.WithUpdatedAnalyzerConfigOptions(new MetadataOptionsProvider(new Dictionary<string, string> { ["build_property.SeedreamGenerateBuilders"] = "false" })),
        LanguageVersion73 => driver.WithUpdatedParseOptions(GeneratorHarness.CSharp73),
        HostModelArk => driver.WithUpdatedAnalyzerConfigOptions(new MetadataOptionsProvider(new Dictionary<string, string> { [HostTests.HostProperty] = "modelark" })),
        _ => throw new ArgumentOutOfRangeException(nameof(change), change, "Not an option change of this test."),
    };

    private static IEnumerable<IncrementalStepRunReason> Outputs(GeneratorRunResult result, string step)
        => result.TrackedSteps[step].SelectMany(run => run.Outputs).Select(output => output.Reason);

    private static void AssertAllCached(GeneratorRunResult result)
        => Assert.All(
            StepOutputs.Tracked(result),
            output => Assert.True(
                output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"{output.Step} was {output.Reason}"));
}
