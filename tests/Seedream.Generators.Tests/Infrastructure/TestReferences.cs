using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace Seedream.Generators.Tests.Infrastructure;

/// <summary>
/// The references of a consumer compilation: .NET 8 reference assemblies and <c>Stubs/SeedreamClientStub.cs</c>
/// compiled into an assembly named Seedream.Client (the runtime surface the contract gives generated code).
/// </summary>
internal static class TestReferences
{
    private static readonly Lazy<Task<ImmutableArray<MetadataReference>>> Framework = new(() => ReferenceAssemblies.ResolveAsync(LanguageNames.CSharp, CancellationToken.None));

    private static readonly Lazy<Task<byte[]>> ClientImage = new(CompileClientStubAsync);

    /// <summary>.NET 8 reference assemblies, as <see cref="ReferenceAssemblies.Net.Net80"/> resolves them.</summary>
    public static ReferenceAssemblies ReferenceAssemblies => ReferenceAssemblies.Net.Net80;

    /// <summary>The client stub as a reference.</summary>
    public static async Task<MetadataReference> ClientAsync() => MetadataReference.CreateFromImage(await ClientImage.Value);

    /// <summary>The client stub's assembly bytes, e.g. to load it or to write it beside a consumer project.</summary>
    public static Task<byte[]> ClientBytesAsync() => ClientImage.Value;

    /// <summary>The .NET 8 reference assemblies alone: a consumer that does not see the client.</summary>
    public static Task<ImmutableArray<MetadataReference>> FrameworkAsync() => Framework.Value;

    /// <summary>The .NET 8 reference assemblies and the client stub.</summary>
    public static async Task<ImmutableArray<MetadataReference>> AllAsync() => (await Framework.Value).Add(await ClientAsync());

    private static async Task<byte[]> CompileClientStubAsync()
    {
        using var stream = typeof(TestReferences).Assembly.GetManifestResourceStream("Seedream.Generators.Tests.Stubs.SeedreamClientStub.cs")
            ?? throw new InvalidOperationException("The client stub is not embedded in the test assembly.");
        using var reader = new StreamReader(stream);
        var source = await reader.ReadToEndAsync();
        var compilation = CSharpCompilation.Create(
            "Seedream.Client",
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp12)) },
            await Framework.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        if (!emitted.Success)
        {
            throw new InvalidOperationException("The client stub does not compile: " + string.Join(Environment.NewLine, emitted.Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)));
        }

        return image.ToArray();
    }
}
