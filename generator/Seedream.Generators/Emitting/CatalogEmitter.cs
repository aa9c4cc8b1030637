using Seedream.Generators.Model;

namespace Seedream.Generators.Emitting;

/// <summary>Writes <c>SeedreamModelTables.All</c>: every accepted table of the compilation, in file-path order.</summary>
internal static class CatalogEmitter
{
    public const string HintName = "SeedreamModelTables.g.cs";

    public static string Emit(EquatableArray<string> typeNames, EmitOptions options) => TableListWriter.Write(
        options,
        "The model tables of this compilation, as data.",
        "internal static partial class SeedreamModelTables",
        "Every model table given to this compilation, ordered by file path.",
        "All",
        typeNames);
}
