using System.Collections.Generic;
using System.Linq;
using Seedream.Generators.Emitting;
using Seedream.Generators.Model;

namespace Seedream.Generators.Parsing;

/// <summary>
/// Every name the generator emits into a compilation: the types and hint name of each table, and the
/// fixed types and hint names emitted once. Two names that differ only in letter case collide (hint
/// names are compared ignoring case, and a file system may do the same), so they are compared so.
/// </summary>
internal static class GeneratedNames
{
    /// <summary>The types and hint names the generator emits once per compilation, whatever the tables.</summary>
    public static IReadOnlyList<GeneratedName> Fixed { get; } = new[]
    {
        new GeneratedName("type", "SeedreamModelTables", "the generator's list of every table"),
        new GeneratedName("type", ProjectModelsEmitter.TypeName, "the generator's list of the project's tables"),
        new GeneratedName("file", CatalogEmitter.HintName, "the generator's list of every table"),
        new GeneratedName("file", ProjectModelsEmitter.HintName, "the generator's list of the project's tables"),
        new GeneratedName("file", EmbeddedAttributeEmitter.HintName, "the generator's EmbeddedAttribute"),
    };

    /// <summary>The types and the hint name emitted for <paramref name="table"/>.</summary>
    public static IEnumerable<GeneratedName> Of(ModelTableSpec table)
    {
        yield return new GeneratedName("type", table.TypeName, "its entry type");
        yield return new GeneratedName("type", Names.Builder(table.TypeName), "its builder");
        yield return new GeneratedName("type", Names.SizeEnum(table.TypeName), "its size enum");
        yield return new GeneratedName("type", Names.ResolutionEnum(table.TypeName), "its resolution enum");
        foreach (var extra in table.Extras.Where(extra => extra.Kind == ExtraKind.Enum))
        {
            yield return new GeneratedName("type", Names.ExtraEnum(table.TypeName, extra.Name), "the enum of its extra " + extra.Name);
        }

        yield return new GeneratedName("file", ModelEmitter.HintName(table), "its source file");
    }
}
