using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Seedream.Testing.Generators;

/// <summary>The model tables shipped in <c>spec/models</c>, as text, bytes or the additional files of a test compilation.</summary>
internal static class ShippedTables
{
    /// <summary>The tables' file names, in ordinal order.</summary>
    public static readonly string[] FileNames = { "seedream-4.0.json", "seedream-4.5.json", "seedream-5.0.json" };

    /// <summary>Each table's bytes, in the order of <see cref="FileNames"/>.</summary>
    public static IReadOnlyList<byte[]> Bytes { get; } = FileNames.Select(name => File.ReadAllBytes(RepositoryPaths.ModelTable(name))).ToList();

    /// <summary>The path a table has inside test compilations, e.g. <c>/spec/models/seedream-5.0.json</c>.</summary>
    /// <param name="fileName">One of <see cref="FileNames"/>.</param>
    public static string VirtualPath(string fileName) => "/spec/models/" + fileName;

    /// <summary>The path the table at <paramref name="index"/> of <see cref="FileNames"/> has inside test compilations.</summary>
    /// <param name="index">An index into <see cref="FileNames"/>.</param>
    public static string VirtualPath(int index) => VirtualPath(FileNames[index]);

    /// <summary>A table's text.</summary>
    /// <param name="fileName">One of <see cref="FileNames"/>.</param>
    public static string Read(string fileName) => File.ReadAllText(RepositoryPaths.ModelTable(fileName));

    /// <summary>Every table as an additional file at its <see cref="VirtualPath(string)"/>.</summary>
    public static IReadOnlyList<InMemoryAdditionalText> All()
        => FileNames.Select(name => new InMemoryAdditionalText(VirtualPath(name), Read(name))).ToList();
}
