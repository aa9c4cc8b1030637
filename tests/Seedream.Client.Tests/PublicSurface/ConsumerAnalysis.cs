using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Seedream.Generators;
using Seedream.Generators.Analyzers;
using Seedream.Testing;

namespace Seedream.Client.Tests.PublicSurface;

/// <summary>
/// Compiles consumer code as a user's project compiles it: against this Seedream.Client, with the Seedream generator
/// run on the shipped tables, then <see cref="SeedreamUsageAnalyzer"/> run on the result.
/// </summary>
internal static class ConsumerAnalysis
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .Append(MetadataReference.CreateFromFile(typeof(SeedreamRequest).Assembly.Location))
            .ToImmutableArray());

    /// <summary>The usage analyzer's diagnostics for <paramref name="source"/>.</summary>
    /// <exception cref="InvalidOperationException">The consumer does not compile: the cases would say nothing.</exception>
    public static ImmutableArray<Diagnostic> UsageDiagnostics(string source)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp12);
        var compilation = CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText(source, parseOptions, path: "/src/Cases.cs") },
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
                .WithSpecificDiagnosticOptions(new[] { "CS1701", "CS1702" }.ToDictionary(id => id, _ => ReportDiagnostic.Suppress)));
        var tables = ShippedTables.FileNames.Select(name => (AdditionalText)new InMemoryAdditionalText(RepositoryPaths.ModelTable(name), ShippedTables.Read(name))).ToImmutableArray();
        CSharpGeneratorDriver.Create(new[] { new SeedreamModelGenerator().AsSourceGenerator() }, tables, parseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var errors = output.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The consumer does not compile: " + string.Join(Environment.NewLine, errors));
        }

        return output.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new SeedreamUsageAnalyzer()), new AnalyzerOptions(tables))
            .GetAnalyzerDiagnosticsAsync()
            .GetAwaiter()
            .GetResult();
    }
}
