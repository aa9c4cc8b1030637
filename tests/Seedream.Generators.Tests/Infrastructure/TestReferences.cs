using System;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace Seedream.Generators.Tests.Infrastructure;

/// <summary>The references of a consumer compilation: .NET 8 reference assemblies, Seedream.Client and Newtonsoft.Json.</summary>
internal static class TestReferences
{
    private static readonly Lazy<Task<ImmutableArray<MetadataReference>>> Net80 = new(ResolveAsync);

    /// <summary>.NET 8 reference assemblies, as <see cref="ReferenceAssemblies.Net.Net80"/> resolves them.</summary>
    public static ReferenceAssemblies ReferenceAssemblies => ReferenceAssemblies.Net.Net80;

    public static MetadataReference Client { get; } = MetadataReference.CreateFromFile(typeof(SeedreamModelTable).Assembly.Location);

    public static MetadataReference Newtonsoft { get; } = MetadataReference.CreateFromFile(typeof(Newtonsoft.Json.Linq.JObject).Assembly.Location);

    public static Task<ImmutableArray<MetadataReference>> AllAsync() => Net80.Value;

    private static async Task<ImmutableArray<MetadataReference>> ResolveAsync()
    {
        var framework = await ReferenceAssemblies.ResolveAsync(LanguageNames.CSharp, CancellationToken.None).ConfigureAwait(false);
        return framework.Add(Client).Add(Newtonsoft);
    }
}
