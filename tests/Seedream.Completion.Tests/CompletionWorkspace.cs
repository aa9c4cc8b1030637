using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Completion;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Seedream.Completion.Tests;

/// <summary>
/// A C# project in an <see cref="AdhocWorkspace"/> (with Roslyn's IDE services) holding what a consumer's
/// project holds: the code the Seedream generator emits for the given tables, compiled against the client
/// stub, plus a hand-written control class and enum. Completion is asked of the workspace's own service.
/// </summary>
internal sealed class CompletionWorkspace : IDisposable
{
    /// <summary>A hand-written builder-like class and enum with no members of their own: what completion offers on any such type.</summary>
    public const string ControlSource = """
        namespace Control
        {
            internal sealed class ControlBuilder
            {
            }

            internal enum ControlEnum
            {
            }

            internal static class ControlEntry
            {
                public static ControlBuilder Generate(string prompt) => new ControlBuilder();
            }
        }
        """;

    private readonly AdhocWorkspace _workspace = new();
    private readonly ProjectId _project;

    private CompletionWorkspace(ProjectId project) => _project = project;

    public void Dispose() => _workspace.Dispose();

    /// <summary>Generates the code for <paramref name="tables"/> (path and JSON) and builds the workspace around it.</summary>
    public static CompletionWorkspace Create(IReadOnlyList<(string Path, string Text)> tables)
    {
        var references = FrameworkReferences().Add(ClientStub());
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var compilationOptions = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);
        var compilation = CSharpCompilation.Create("Consumer", Array.Empty<SyntaxTree>(), references, compilationOptions);
        var driver = CSharpGeneratorDriver.Create(
            new[] { new Generators.SeedreamModelGenerator().AsSourceGenerator() },
            tables.Select(table => (AdditionalText)new InMemoryAdditionalText(table.Path, table.Text)),
            parseOptions);
        var generated = driver.RunGenerators(compilation).GetRunResult();
        if (!generated.Diagnostics.IsEmpty)
        {
            throw new InvalidOperationException("The tables did not generate cleanly: " + string.Join(Environment.NewLine, generated.Diagnostics));
        }

        var workspace = new CompletionWorkspace(ProjectId.CreateNewId());
        var solution = workspace._workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(workspace._project, VersionStamp.Default, "Consumer", "Consumer", LanguageNames.CSharp,
                compilationOptions: compilationOptions, parseOptions: parseOptions, metadataReferences: references))
            .AddDocument(DocumentId.CreateNewId(workspace._project), "Control.cs", SourceText.From(ControlSource), filePath: "/src/Control.cs");
        foreach (var source in generated.Results.Single().GeneratedSources)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(workspace._project), source.HintName, source.SourceText, filePath: "/generated/" + source.HintName);
        }

        if (!workspace._workspace.TryApplyChanges(solution))
        {
            throw new InvalidOperationException("The workspace did not take the project.");
        }

        return workspace;
    }

    /// <summary>The display texts completion offers right after <paramref name="expression"/> (which ends in a dot) inside a method body.</summary>
    public async Task<IReadOnlyList<string>> ItemsAfterAsync(string expression)
    {
        var code = "using Seedream.Models;\nusing Control;\n\ninternal static class Probe\n{\n    public static void M()\n    {\n        " + expression;
        var position = code.Length;
        code += "\n    }\n}\n";
        var document = _workspace.CurrentSolution.GetProject(_project)!.AddDocument("Probe.cs", SourceText.From(code), filePath: "/src/Probe.cs");
        var service = CompletionService.GetService(document) ?? throw new InvalidOperationException("The workspace has no C# completion service.");
        var list = await service.GetCompletionsAsync(document, position, cancellationToken: CancellationToken.None);
        return list.ItemsList.Select(item => item.DisplayText).OrderBy(text => text, StringComparer.Ordinal).ToList();
    }

    /// <summary>The running framework's assemblies (what a consumer compiles against, near enough for completion).</summary>
    private static ImmutableArray<MetadataReference> FrameworkReferences()
        => ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "netstandard.dll" or "mscorlib.dll"))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();

    /// <summary>The client stub (the contract's runtime surface) compiled into Seedream.Client.</summary>
    private static MetadataReference ClientStub()
    {
        using var stream = typeof(CompletionWorkspace).Assembly.GetManifestResourceStream("SeedreamClientStub.cs")!;
        using var reader = new StreamReader(stream);
        var compilation = CSharpCompilation.Create(
            "Seedream.Client",
            new[] { CSharpSyntaxTree.ParseText(reader.ReadToEnd()) },
            FrameworkReferences(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        if (!emitted.Success)
        {
            throw new InvalidOperationException("The client stub does not compile: " + string.Join(Environment.NewLine, emitted.Diagnostics));
        }

        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
