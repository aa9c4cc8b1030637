using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Seedream.Generators.Emitting;
using Seedream.Generators.Model;
using Seedream.Generators.Parsing;

namespace Seedream.Generators;

/// <summary>
/// Turns the Seedream model tables given to the compilation as additional files into typed request
/// builders in <c>Seedream.Models</c> (or, with <c>SeedreamGenerateBuilders=false</c>, into the tables as data only). The pipeline only wires: parsing, the models, emitting and the
/// diagnostics live in their own files. Source and diagnostics travel separately.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class SeedreamModelGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var emitOptions = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => EmitOptionsReader.GenerateBuilders(options))
            .Combine(context.ParseOptionsProvider.Select(static (options, _) => EmitOptionsReader.NullableAnnotations(options)))
            .Select(static (pair, _) => new EmitOptions(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.EmitOptions);

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

        var modelSources = tableSet
            .SelectMany(static (set, _) => set.Accepted)
            .WithTrackingName(TrackingNames.AcceptedTables)
            .Combine(emitOptions)
            .Select(static (pair, _) => new ModelEmitSpec(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.ModelSources);
        context.RegisterSourceOutput(modelSources, static (output, spec) =>
            output.AddSource(ModelEmitter.HintName(spec.Table), SourceText.From(ModelEmitter.Emit(spec), System.Text.Encoding.UTF8)));

        var catalog = tableSet
            .Select(static (set, _) => new EquatableArray<string>(set.Accepted.Select(table => table.TypeName)))
            .WithTrackingName(TrackingNames.CatalogTypeNames)
            .Combine(emitOptions)
            .WithTrackingName(TrackingNames.CatalogWithEmitOptions);
        context.RegisterSourceOutput(catalog, static (output, pair) =>
            output.AddSource(CatalogEmitter.HintName, SourceText.From(CatalogEmitter.Emit(pair.Left, pair.Right), System.Text.Encoding.UTF8)));
    }

    private static void Report(SourceProductionContext output, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            output.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }
}
