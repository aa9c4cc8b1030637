using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Seedream.Generators.Tests.Infrastructure;

/// <summary>Runs <see cref="SeedreamModelGenerator"/> through a <see cref="CSharpGeneratorDriver"/> that tracks its steps.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    /// <summary>The oldest language version generated code must compile under.</summary>
    public static readonly CSharpParseOptions CSharp73 = new(LanguageVersion.CSharp7_3);

    /// <summary>Assembly-unification warnings the .NET SDK suppresses in every project (NoWarn 1701;1702).</summary>
    public static readonly ImmutableDictionary<string, ReportDiagnostic> SdkSuppressions = ImmutableDictionary.CreateRange(new[]
    {
        new KeyValuePair<string, ReportDiagnostic>("CS1701", ReportDiagnostic.Suppress),
        new KeyValuePair<string, ReportDiagnostic>("CS1702", ReportDiagnostic.Suppress),
    });

    public static Task<CSharpCompilation> CompilationAsync(params string[] sources) => CompilationAsync(ParseOptions, sources);

    /// <summary>A consumer compilation with nullable warnings on (from C# 8) where every warning counts.</summary>
    public static async Task<CSharpCompilation> CompilationAsync(CSharpParseOptions parseOptions, params string[] sources)
    {
        var references = await TestReferences.AllAsync();
        var nullable = parseOptions.LanguageVersion >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable;
        return CSharpCompilation.Create(
            "Consumer",
            sources.Select((source, index) => CSharpSyntaxTree.ParseText(source, parseOptions, path: $"/src/Source{index}.cs")),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: nullable)
                .WithSpecificDiagnosticOptions(SdkSuppressions));
    }

    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> tables, AnalyzerConfigOptionsProvider? options = null, CSharpParseOptions? parseOptions = null)
        => CSharpGeneratorDriver.Create(
            new[] { new SeedreamModelGenerator().AsSourceGenerator() },
            tables,
            parseOptions ?? ParseOptions,
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once and returns the driver (for further runs), the result and the output compilation.</summary>
    public static async Task<(GeneratorDriver Driver, GeneratorDriverRunResult Result, Compilation Output)> RunAsync(
        IEnumerable<AdditionalText> tables,
        AnalyzerConfigOptionsProvider? options = null,
        params string[] sources)
        => await RunAsync(tables, options, ParseOptions, sources);

    /// <summary>Runs the generator once under <paramref name="parseOptions"/>.</summary>
    public static async Task<(GeneratorDriver Driver, GeneratorDriverRunResult Result, Compilation Output)> RunAsync(
        IEnumerable<AdditionalText> tables,
        AnalyzerConfigOptionsProvider? options,
        CSharpParseOptions parseOptions,
        params string[] sources)
    {
        var compilation = await CompilationAsync(parseOptions, sources);
        var driver = CreateDriver(tables, options, parseOptions).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return (driver, driver.GetRunResult(), output);
    }

    /// <summary>The compiler's errors and warnings for the output compilation.</summary>
    public static ImmutableArray<Diagnostic> CompilerProblems(Compilation output)
        => output.GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();
}
