using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Seedream.Generators.Emitting;
using Seedream.Generators.Model;
using Seedream.Generators.Parsing;

namespace Seedream.Generators;

/// <summary>
/// Turns the Seedream model tables given to the compilation as additional files into typed request
/// builders in <c>Seedream.Models</c>. The pipeline only wires: parsing, the models, emitting and the
/// diagnostics live in their own files. Source and diagnostics travel separately.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class SeedreamModelGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        context.RegisterPostInitializationOutput(static output => output.AddSource(SupportEmitter.HintName, SourceText.From(SupportEmitter.Emit(), System.Text.Encoding.UTF8)));

        var tableFiles = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .WithTrackingName(TrackingNames.AdditionalFilesWithOptions)
            .Where(static pair => TableFileFilter.IsTable(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.TableFiles);

        var parsed = tableFiles
            .Select(static (pair, cancellationToken) => TableParser.Parse(pair.Left.Path, pair.Left.GetText(cancellationToken) ?? SourceText.From(string.Empty), cancellationToken))
            .WithTrackingName(TrackingNames.ParsedTables);

        var tableDiagnostics = parsed
            .Select(static (table, _) => table.Diagnostics)
            .WithTrackingName(TrackingNames.TableDiagnostics);
        context.RegisterSourceOutput(tableDiagnostics, static (output, diagnostics) => Report(output, diagnostics));

        var tableSet = parsed
            .Collect()
            .WithTrackingName(TrackingNames.CollectedTables)
            .Select(static (tables, _) => TableSetBuilder.Build(tables))
            .WithTrackingName(TrackingNames.TableSet);

        var duplicateDiagnostics = tableSet
            .Select(static (set, _) => set.Diagnostics)
            .WithTrackingName(TrackingNames.DuplicateDiagnostics);
        context.RegisterSourceOutput(duplicateDiagnostics, static (output, diagnostics) => Report(output, diagnostics));

        var universe = tableSet
            .Select(static (set, _) => OptionUniverse.Build(set))
            .WithTrackingName(TrackingNames.OptionUniverse);

        var modelSources = tableSet
            .SelectMany(static (set, _) => set.Accepted)
            .WithTrackingName(TrackingNames.AcceptedTables)
            .Combine(universe)
            .WithTrackingName(TrackingNames.TablesWithOptionUniverse)
            .Select(static (pair, _) => OptionUniverse.ForModel(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.ModelSources);
        context.RegisterSourceOutput(modelSources, static (output, spec) =>
            output.AddSource(ModelEmitter.HintName(spec.Table), SourceText.From(ModelEmitter.Emit(spec), System.Text.Encoding.UTF8)));

        var catalog = tableSet
            .Select(static (set, _) => new EquatableArray<string>(set.Accepted.Select(table => table.TypeName)))
            .WithTrackingName(TrackingNames.CatalogTypeNames);
        context.RegisterSourceOutput(catalog, static (output, typeNames) =>
            output.AddSource(CatalogEmitter.HintName, SourceText.From(CatalogEmitter.Emit(typeNames), System.Text.Encoding.UTF8)));
    }

    private static void Report(SourceProductionContext output, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            output.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }
}
