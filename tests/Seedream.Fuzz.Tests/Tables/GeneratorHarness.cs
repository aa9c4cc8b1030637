using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Seedream.Generators;

namespace Seedream.Fuzz.Tests.Tables;

/// <summary>
/// Runs <see cref="SeedreamModelGenerator"/> the way a build does: a <see cref="CSharpGeneratorDriver"/>
/// over a consumer compilation (referencing Seedream.Client) with the three tables as additional
/// files. The driver has run once on the shipped tables, so each case replaces one table and the
/// others come from the cache.
/// </summary>
internal sealed class GeneratorHarness
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12, DocumentationMode.Diagnose);

    private readonly GeneratorDriver _primed;
    private readonly IReadOnlyList<AdditionalText> _originals;

    public GeneratorHarness()
    {
        _originals = ShippedTables.Bytes.Select((bytes, index) => (AdditionalText)new InMemoryAdditionalText(ShippedTables.VirtualPath(index), bytes)).ToList();
        Compilation = CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Program { } }", ParseOptions, path: "/consumer/Program.cs") },
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        _primed = CSharpGeneratorDriver
            .Create(new[] { new SeedreamModelGenerator().AsSourceGenerator() }, _originals, ParseOptions)
            .RunGenerators(Compilation);
        Baseline = _primed.GetRunResult();
    }

    public CSharpCompilation Compilation { get; }

    /// <summary>The run over the unmodified tables.</summary>
    public GeneratorDriverRunResult Baseline { get; }

    /// <summary>Runs the generator with table <paramref name="index"/> replaced by <paramref name="bytes"/>.</summary>
    public (GeneratorDriverRunResult Result, Compilation Output) Run(int index, byte[] bytes)
    {
        var driver = _primed
            .ReplaceAdditionalText(_originals[index], new InMemoryAdditionalText(ShippedTables.VirtualPath(index), bytes))
            .RunGeneratorsAndUpdateCompilation(Compilation, out var output, out _);
        return (driver.GetRunResult(), output);
    }

    /// <summary>The compiler's errors (and XML documentation warnings) inside the generated files.</summary>
    public static ImmutableArray<Diagnostic> GeneratedCodeProblems(Compilation output, GeneratorDriverRunResult result)
    {
        var generated = new HashSet<SyntaxTree>(result.GeneratedTrees);
        return output.GetDiagnostics()
            .Where(diagnostic => diagnostic.Location.SourceTree is { } tree && generated.Contains(tree))
            .Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error || IsDocumentationWarning(diagnostic))
            .ToImmutableArray();
    }

    private static bool IsDocumentationWarning(Diagnostic diagnostic) =>
        diagnostic.Id is "CS1570" or "CS1571" or "CS1572" or "CS1573" or "CS1574" or "CS1580" or "CS1584" or "CS1587" or "CS1589";

    private static IEnumerable<MetadataReference> References()
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var own = new[] { typeof(SeedreamClient).Assembly.Location, typeof(Newtonsoft.Json.JsonConvert).Assembly.Location };
        return platform.Concat(own)
            .GroupBy(path => Path.GetFileName(path), StringComparer.OrdinalIgnoreCase)
            .Select(group => MetadataReference.CreateFromFile(group.Last()));
    }
}
