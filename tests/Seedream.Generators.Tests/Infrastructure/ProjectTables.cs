using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Seedream.Generators.Tests.Infrastructure;

/// <summary>
/// Runs the generator over the shipped tables (marked <c>shipped</c>, as the package's build files mark them)
/// and a project's own tables (marked <c>project</c>), and compiles the result.
/// </summary>
internal static class ProjectTables
{
    /// <summary>A shipped table's text with another type name, model id and description.</summary>
    public static string Variant(string shippedFileName, string typeName, string id, string description)
    {
        var text = ShippedTables.Read(shippedFileName);
        var original = System.Text.Json.JsonDocument.Parse(text).RootElement;
        return text
            .Replace("\"id\": \"" + original.GetProperty("id").GetString() + "\"", "\"id\": \"" + id + "\"")
            .Replace("\"typeName\": \"" + original.GetProperty("typeName").GetString() + "\"", "\"typeName\": \"" + typeName + "\"")
            .Replace("\"description\": \"" + original.GetProperty("description").GetString() + "\"", "\"description\": \"" + description + "\"");
    }

    public static async Task<Run> RunAsync(params (string Path, string Text)[] projectTables) => await RunAsync(withClient: true, projectTables);

    public static async Task<Run> RunAsync(bool withClient, params (string Path, string Text)[] projectTables)
    {
        var sources = ShippedTables.FileNames.ToDictionary(ShippedTables.VirtualPath, _ => "shipped");
        foreach (var (path, _) in projectTables)
        {
            sources[path] = "project";
        }

        var tables = ShippedTables.All().Cast<AdditionalText>()
            .Concat(projectTables.Select(table => new InMemoryAdditionalText(table.Path, table.Text)))
            .ToList();
        var references = withClient ? await TestReferences.AllAsync() : await TestReferences.FrameworkAsync();

        var compilation = CSharpCompilation.Create(
            "Consumer",
            System.Array.Empty<SyntaxTree>(),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                .WithSpecificDiagnosticOptions(GeneratorHarness.SdkSuppressions));
        var driver = GeneratorHarness.CreateDriver(tables, new TableSourceOptionsProvider(sources))
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var result = driver.GetRunResult().Results.Single();
        return new Run(diagnostics, result.GeneratedSources.ToDictionary(source => source.HintName, source => source.SourceText.ToString()), output);
    }

    /// <summary>The compiler's errors in the output compilation.</summary>
    public static IReadOnlyList<Diagnostic> Errors(Compilation output)
        => output.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList();

    /// <summary>What one run produced.</summary>
    /// <param name="Diagnostics">The generator's diagnostics.</param>
    /// <param name="Sources">The generated sources by hint name.</param>
    /// <param name="Output">The compilation with the generated sources.</param>
    internal sealed record Run(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyDictionary<string, string> Sources, Compilation Output)
    {
        public IReadOnlyList<string> HintNames => Sources.Keys.OrderBy(name => name, System.StringComparer.Ordinal).ToList();

        /// <summary>The hint names of the per-model files (the fixed files left out).</summary>
        public IReadOnlyList<string> ModelHintNames => HintNames
            .Where(name => !name.StartsWith("SeedreamModelTables", System.StringComparison.Ordinal)
                           && !name.StartsWith("SeedreamBuilderSupport", System.StringComparison.Ordinal)
                           && !name.StartsWith("SeedreamProjectModels", System.StringComparison.Ordinal)
                           && !name.StartsWith("Microsoft.CodeAnalysis", System.StringComparison.Ordinal))
            .ToList();

        public string Source(string hintName) => Sources[hintName];
    }
}
