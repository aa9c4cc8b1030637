using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Seedream.Generators.Benchmarks;

/// <summary>
/// The generator's cost as a user feels it: a cold run (a new driver, as on a command-line build) on the
/// three shipped tables and on 100 tables, and the re-run after an unrelated edit (what the IDE pays
/// on every keystroke), which must re-emit no source.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class GeneratorBenchmarks
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    private IReadOnlyList<AdditionalText> _shipped = Array.Empty<AdditionalText>();
    private IReadOnlyList<AdditionalText> _hundred = Array.Empty<AdditionalText>();
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _editedCompilation = null!;
    private GeneratorDriver _warmDriver = null!;

    [GlobalSetup]
    public void Setup()
    {
        _shipped = BenchmarkTables.Shipped();
        _hundred = BenchmarkTables.Generated(100);
        var references = new[]
        {
            MetadataReference.CreateFromFile(typeof(object).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(SeedreamModelTable).Assembly.Location),
        };
        var tree = CSharpSyntaxTree.ParseText("public class UserCode { public int Value; }", ParseOptions, path: "/src/UserCode.cs");
        _compilation = CSharpCompilation.Create("Consumer", new[] { tree }, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        _editedCompilation = _compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText("public class UserCode { public int Value; public int Edited; }", ParseOptions, path: "/src/UserCode.cs"));
        _warmDriver = CreateDriver(_shipped, trackSteps: true).RunGenerators(_compilation);
        var cold = CheckedColdRun(_warmDriver, _shipped);
        CheckedColdRun(CreateDriver(_hundred, trackSteps: false).RunGenerators(_compilation), _hundred);

        var rerun = _warmDriver.RunGenerators(_editedCompilation).GetRunResult().Results.Single();
        var reEmitted = rerun.TrackedOutputSteps.SelectMany(pair => pair.Value).SelectMany(step => step.Outputs).Count(output => output.Reason != IncrementalStepRunReason.Cached);
        var kept = rerun.GeneratedSources.Select(source => source.HintName).Intersect(cold.GeneratedSources.Select(source => source.HintName)).Count();
        if (reEmitted != 0 || kept != cold.GeneratedSources.Length || rerun.GeneratedSources.Length != cold.GeneratedSources.Length)
        {
            throw new InvalidOperationException(
                $"An unrelated edit re-emitted {reEmitted} outputs and gave {rerun.GeneratedSources.Length} sources, {kept} of the cold run's {cold.GeneratedSources.Length}; expected none re-emitted and the same sources.");
        }

        Console.WriteLine($"// Re-run after an unrelated edit: {reEmitted} sources re-emitted, {kept} sources kept from the cache.");
    }

    [Benchmark(Description = "Cold run, 3 shipped tables")]
    public GeneratorDriver ColdRunShippedTables() => CreateDriver(_shipped, trackSteps: false).RunGenerators(_compilation);

    [Benchmark(Description = "Cold run, 100 tables")]
    public GeneratorDriver ColdRunHundredTables() => CreateDriver(_hundred, trackSteps: false).RunGenerators(_compilation);

    [Benchmark(Description = "Re-run after an unrelated edit")]
    public GeneratorDriver RerunAfterUnrelatedEdit() => _warmDriver.RunGenerators(_editedCompilation);

    /// <summary>The run's result, after checking that every table was generated without a diagnostic (else the benchmark would time less work).</summary>
    private static GeneratorRunResult CheckedColdRun(GeneratorDriver driver, IReadOnlyList<AdditionalText> tables)
    {
        var result = driver.GetRunResult().Results.Single();
        if (!result.Diagnostics.IsEmpty || result.GeneratedSources.Length <= tables.Count)
        {
            throw new InvalidOperationException(
                $"A cold run on {tables.Count} tables gave {result.GeneratedSources.Length} sources and these diagnostics: {string.Join("; ", result.Diagnostics)}; expected a source per table, the catalog and no diagnostic.");
        }

        return result;
    }

    private static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> tables, bool trackSteps)
        => CSharpGeneratorDriver.Create(
            new[] { new SeedreamModelGenerator().AsSourceGenerator() },
            tables,
            ParseOptions,
            optionsProvider: null,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackSteps));
}
