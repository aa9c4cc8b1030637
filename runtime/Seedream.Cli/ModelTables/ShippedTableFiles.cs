using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Seedream.Cli.ModelTables;

/// <summary>
/// The files the shipped tables were generated from (<c>spec/models/*.json</c>) and their JSON Schema, embedded in the
/// CLI: a new table starts as a copy of one of them, the schema is written beside it, and a new table's names are
/// checked against theirs as a build with the shipped tables checks them.
/// </summary>
internal static class ShippedTableFiles
{
    /// <summary>The schema's file name, as the package ships it beside its <c>models/</c> folder.</summary>
    public const string SchemaFileName = "model-table.schema.json";

    private const string ModelsPrefix = "models/";

    /// <summary>Each shipped table's file name (e.g. <c>seedream-5.0.json</c>) and text.</summary>
    public static IReadOnlyList<(string FileName, string Text)> Tables { get; } = typeof(ShippedTableFiles).Assembly.GetManifestResourceNames()
        .Where(name => name.StartsWith(ModelsPrefix, StringComparison.Ordinal))
        .OrderBy(name => name, StringComparer.Ordinal)
        .Select(name => (name.Substring(ModelsPrefix.Length), Read(name)))
        .ToList();

    /// <summary>The text of <c>model-table.schema.json</c>.</summary>
    public static string Schema => Read(SchemaFileName);

    private static string Read(string resource)
    {
        using var stream = typeof(ShippedTableFiles).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The CLI was built without its embedded {resource}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
