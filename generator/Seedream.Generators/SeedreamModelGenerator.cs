using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Seedream.Generators.Diagnostics;
using Seedream.Generators.Emitting;
using Seedream.Generators.Model;
using Seedream.Generators.Parsing;
using Seedream.Generators.Setup;

namespace Seedream.Generators;

/// <summary>
/// Turns the Seedream model tables given to the compilation as additional files into typed request
/// builders in <c>Seedream.Models</c> (or, with <c>SeedreamGenerateBuilders=false</c>, into the tables as data only), each
/// offering what its model takes at the host the project targets (<c>SeedreamHost</c>). The pipeline only wires: parsing, the models, emitting and the
/// diagnostics live in their own files. Source and diagnostics travel separately.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class SeedreamModelGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Everything is emitted only when the compilation sees the client the generated code uses; else one error says why.
        var runtimeTypes = context.CompilationProvider
            .Select(static (compilation, _) => RuntimeTypes.AreReferenced(compilation))
            .WithTrackingName(TrackingNames.RuntimeTypes);
        context.RegisterSourceOutput(runtimeTypes, static (output, referenced) => EmitFixedSources(output, referenced));

        var emitOptions = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => EmitOptionsReader.GenerateBuilders(options))
            .Combine(context.ParseOptionsProvider.Select(static (options, _) => EmitOptionsReader.NullableAnnotations(options)))
            .Select(static (pair, _) => new EmitOptions(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.EmitOptions);

        // Each file is reduced to (path, text, source) before parsing: an options change that leaves those equal stops here.
        var tableFiles = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .WithTrackingName(TrackingNames.AdditionalFilesWithOptions)
            .Where(static pair => TableFileFilter.IsTable(pair.Left, pair.Right))
            .Select(static (pair, cancellationToken) => TableFileFilter.Read(pair.Left, pair.Right, cancellationToken)!)
            .WithTrackingName(TrackingNames.TableFiles);

        var parsed = tableFiles
            .Select(static (file, cancellationToken) => TableParser.Parse(file, cancellationToken))
            .WithTrackingName(TrackingNames.ParsedTables);

        var tableDiagnostics = parsed
            .Select(static (table, _) => table.Parsed.Diagnostics)
            .WithTrackingName(TrackingNames.TableDiagnostics);
        context.RegisterSourceOutput(tableDiagnostics, static (output, diagnostics) => Report(output, diagnostics));

        var tableSet = parsed
            .Collect()
            .WithTrackingName(TrackingNames.CollectedTables)
            .Combine(runtimeTypes)
            .Select(static (pair, _) => pair.Right ? TableSetBuilder.Build(pair.Left) : TableSet.Empty)
            .WithTrackingName(TrackingNames.TableSet);

        // The host is read apart from the tables: changing it re-parses nothing, and re-emits only what the host changes.
        var host = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => HostChoiceReader.Read(options))
            .WithTrackingName(TrackingNames.HostChoice);
        context.RegisterSourceOutput(host, static (output, choice) => ReportUnknownHost(output, choice));

        var hostedSet = tableSet
            .Combine(host.Select(static (choice, _) => choice.Host))
            .Select(static (pair, _) => HostedSetBuilder.Build(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.HostedSet);

        var hostDiagnostics = hostedSet
            .Select(static (set, _) => set.Diagnostics)
            .WithTrackingName(TrackingNames.HostDiagnostics);
        context.RegisterSourceOutput(hostDiagnostics, static (output, diagnostics) => Report(output, diagnostics));

        var duplicateDiagnostics = tableSet
            .Select(static (set, _) => set.Diagnostics)
            .WithTrackingName(TrackingNames.DuplicateDiagnostics);
        context.RegisterSourceOutput(duplicateDiagnostics, static (output, diagnostics) => Report(output, diagnostics));

        var modelSources = hostedSet
            .SelectMany(static (set, _) => set.Accepted)
            .WithTrackingName(TrackingNames.AcceptedTables)
            .Combine(emitOptions)
            .Select(static (pair, _) => new ModelEmitSpec(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.ModelSources);
        context.RegisterSourceOutput(modelSources, static (output, spec) =>
            output.AddSource(ModelEmitter.HintName(spec.Model.Table), SourceText.From(ModelEmitter.Emit(spec), System.Text.Encoding.UTF8)));

        var catalog = hostedSet
            .Select(static (set, _) => new EquatableArray<string>(set.Accepted.Select(model => model.Table.TypeName)))
            .WithTrackingName(TrackingNames.CatalogTypeNames)
            .Combine(emitOptions)
            .WithTrackingName(TrackingNames.CatalogWithEmitOptions)
            .Combine(runtimeTypes);
        context.RegisterSourceOutput(catalog, static (output, pair) =>
        {
            if (pair.Right)
            {
                output.AddSource(CatalogEmitter.HintName, SourceText.From(CatalogEmitter.Emit(pair.Left.Left, pair.Left.Right), System.Text.Encoding.UTF8));
            }
        });

        var projectModels = hostedSet
            .Select(static (set, _) => set.ProjectTypeNames)
            .WithTrackingName(TrackingNames.ProjectTypeNames)
            .Combine(emitOptions)
            .Combine(runtimeTypes);
        context.RegisterSourceOutput(projectModels, static (output, pair) =>
        {
            if (pair.Right && pair.Left.Right.Builders)
            {
                output.AddSource(ProjectModelsEmitter.HintName, SourceText.From(ProjectModelsEmitter.Emit(pair.Left.Left, pair.Left.Right), System.Text.Encoding.UTF8));
            }
        });
    }

    /// <summary>The sources that do not depend on the tables, or, when the client is not referenced, the one error that says so.</summary>
    private static void EmitFixedSources(SourceProductionContext output, bool runtimeTypesReferenced)
    {
        if (!runtimeTypesReferenced)
        {
            output.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.RuntimeTypesMissing, Location.None));
            return;
        }

        if (EmbeddedAttributeEmitter.Supported)
        {
            output.AddSource(EmbeddedAttributeEmitter.HintName, SourceText.From(EmbeddedAttributeEmitter.Emit(), System.Text.Encoding.UTF8));
        }
    }

    private static void ReportUnknownHost(SourceProductionContext output, HostChoice choice)
    {
        if (choice.Unknown is not null)
        {
            output.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnknownHost, Location.None, choice.Unknown, string.Join(", ", Hosts.All)));
        }
    }

    private static void Report(SourceProductionContext output, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            output.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }
}
