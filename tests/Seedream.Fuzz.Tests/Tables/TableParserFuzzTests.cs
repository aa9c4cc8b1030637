using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Seedream.Fuzz.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace Seedream.Fuzz.Tests.Tables;

/// <summary>
/// The table parser under mutated tables, driven through the generator as a build drives it: no
/// exception may escape (the driver would turn it into CS8785 and emit nothing), every table that is
/// not generated must carry an error located in its file (a path and a line span inside the file),
/// and a table that is accepted must generate code that compiles.
/// </summary>
public sealed class TableParserFuzzTests
{
    private const int ShortCount = 1500;

    /// <summary>At most this share of the cases compiles its generated code (compiling costs far more than generating).</summary>
    private const int CompileOneCaseIn = 10;

    private static readonly string[] NonModelHintNames = { "SeedreamBuilderSupport.g.cs", "SeedreamModelTables.g.cs" };

    private readonly ITestOutputHelper _output;

    public TableParserFuzzTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void MutatedTables_NeverThrow_AndEveryRejectedTableHasALocatedError_AndAcceptedTablesCompile()
    {
        var harness = new GeneratorHarness();
        AssertCleanRun(harness.Baseline, ShippedTables.Bytes);
        Assert.Empty(GeneratorHarness.GeneratedCodeProblems(harness.Compilation.AddSyntaxTrees(harness.Baseline.GeneratedTrees), harness.Baseline));
        var baselineSources = harness.Baseline.Results[0].GeneratedSources.ToDictionary(source => source.HintName, source => source.SourceText.ToString());

        var cases = FuzzSettings.Iterations(ShortCount);
        var compileBudget = Math.Max(1, cases / CompileOneCaseIn);
        var compiled = 0;
        var tally = FuzzRunner.Run(
            TableMutator.Cases(ShippedTables.Bytes.Count),
            cases,
            input => Describe(input.Table, input.Mutations),
            input =>
            {
                var bytes = TableMutator.Apply(ShippedTables.Bytes[input.Table], input.Mutations, JsonTokens.OfShippedTables);
                var texts = ShippedTables.Bytes.Select((original, index) => index == input.Table ? bytes : original).ToList();
                var (result, output) = harness.Run(input.Table, bytes);
                var errors = AssertCleanRun(result, texts);
                var mutatedPath = ShippedTables.VirtualPath(input.Table);
                var ownErrors = errors.Where(error => error.Location.GetLineSpan().Path == mutatedPath).ToList();
                if (errors.Count > 0)
                {
                    return "rejected: " + (ownErrors.Count > 0 ? ownErrors[0].Id : errors[0].Id + " (on another table)");
                }

                var changed = result.Results[0].GeneratedSources.Any(source =>
                    !baselineSources.TryGetValue(source.HintName, out var before) || before != source.SourceText.ToString());
                if (!changed)
                {
                    return "accepted: generated code unchanged";
                }

                if (compiled >= compileBudget)
                {
                    return "accepted: generated code changed (compile budget spent)";
                }

                compiled++;
                var problems = GeneratorHarness.GeneratedCodeProblems(output, result);
                Assert.True(problems.IsEmpty, "An accepted table generated code that does not compile:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
                return "accepted: generated code changed and compiles";
            });

        _output.WriteLine(tally.Report("Table parser fuzz (seed " + FuzzSettings.Seed + ")"));
    }

    /// <summary>
    /// Asserts that the generator did not throw, that each of its diagnostics is a located SEEDREAM0xx error
    /// inside one of the tables, and that every table it did not generate has such an error; returns them.
    /// </summary>
    private static IReadOnlyList<Diagnostic> AssertCleanRun(GeneratorDriverRunResult result, IReadOnlyList<byte[]> tables)
    {
        var run = result.Results.Single();
        Assert.True(run.Exception is null, "An exception escaped the generator: " + run.Exception);
        var lineCounts = Enumerable.Range(0, tables.Count).ToDictionary(
            ShippedTables.VirtualPath,
            index => new InMemoryAdditionalText(ShippedTables.VirtualPath(index), tables[index]).GetText()!.Lines.Count);

        foreach (var diagnostic in result.Diagnostics)
        {
            Assert.True(diagnostic.Id.StartsWith("SEEDREAM0", StringComparison.Ordinal), "Not a table diagnostic: " + diagnostic);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.True(diagnostic.Location.Kind == LocationKind.ExternalFile, "A diagnostic without a file location: " + diagnostic);
            var span = diagnostic.Location.GetLineSpan();
            Assert.True(span.IsValid && lineCounts.ContainsKey(span.Path), "A diagnostic outside the tables: " + diagnostic);
            Assert.True(span.StartLinePosition.Line < lineCounts[span.Path] && span.EndLinePosition >= span.StartLinePosition, "A diagnostic's line span is outside its file: " + diagnostic);
            Assert.False(string.IsNullOrWhiteSpace(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)), "A diagnostic without a message: " + diagnostic.Id);
        }

        var models = run.GeneratedSources.Count(source => Array.IndexOf(NonModelHintNames, source.HintName) < 0);
        var tablesWithErrors = result.Diagnostics.Select(diagnostic => diagnostic.Location.GetLineSpan().Path).Distinct().Count();
        Assert.True(
            tablesWithErrors >= tables.Count - models,
            $"{tables.Count - models} table(s) were not generated, but only {tablesWithErrors} carry an error: {string.Join("; ", result.Diagnostics)}");
        return result.Diagnostics;
    }

    private static string Describe(int table, TableMutation[] mutations)
    {
        var bytes = TableMutator.Apply(ShippedTables.Bytes[table], mutations, JsonTokens.OfShippedTables);
        return $"{ShippedTables.FileNames[table]} after {string.Join(", ", mutations.Select(mutation => mutation.ToString()))}:"
            + Environment.NewLine + Encoding.UTF8.GetString(bytes);
    }
}
