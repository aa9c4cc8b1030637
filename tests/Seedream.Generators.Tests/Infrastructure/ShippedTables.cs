using System.Collections.Generic;
using System.IO;
using System.Linq;
using Seedream.Testing;

namespace Seedream.Generators.Tests.Infrastructure;

/// <summary>The three model tables shipped in <c>spec/models</c>, as the compiler would see them.</summary>
internal static class ShippedTables
{
    public static readonly string[] FileNames = { "seedream-4.0.json", "seedream-4.5.json", "seedream-5.0.json" };

    /// <summary>The path each table has inside test compilations.</summary>
    public static string VirtualPath(string fileName) => "/spec/models/" + fileName;

    public static string Read(string fileName) => File.ReadAllText(RepositoryPaths.ModelTable(fileName));

    public static IReadOnlyList<InMemoryAdditionalText> All()
        => FileNames.Select(name => new InMemoryAdditionalText(VirtualPath(name), Read(name))).ToList();
}
