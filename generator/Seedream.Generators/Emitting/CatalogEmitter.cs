using Seedream.Generators.Model;

namespace Seedream.Generators.Emitting;

/// <summary>Writes <c>SeedreamModelTables.All</c>: every accepted table of the compilation, in file-path order.</summary>
internal static class CatalogEmitter
{
    public const string HintName = "SeedreamModelTables.g.cs";

    public static string Emit(EquatableArray<string> typeNames, EmitOptions options)
    {
        var writer = new SourceWriter(4096);
        ModelEmitter.WriteHeader(writer, options);
        writer.Open("namespace " + KnownNames.Namespace);
        writer.Summary("The model tables of this compilation, as data.");
        writer.Line(GeneratorVersion.Attribute);
        writer.Open("internal static partial class SeedreamModelTables");
        writer.Summary("Every model table given to this compilation, ordered by file path.");
        writer.Line("internal static global::System.Collections.Generic.IReadOnlyList<" + KnownNames.ModelTable + "> All { get; } = new " + KnownNames.ModelTable + "[]");
        writer.Line("{");
        writer.Indent();
        foreach (var typeName in typeNames)
        {
            writer.Line(typeName + ".Table,");
        }

        writer.Unindent();
        writer.Line("};");
        writer.Close();
        writer.Close();
        return writer.ToString();
    }
}
