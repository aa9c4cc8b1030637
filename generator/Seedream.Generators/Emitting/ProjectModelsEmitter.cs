using Seedream.Generators.Model;

namespace Seedream.Generators.Emitting;

/// <summary>
/// Writes <c>SeedreamProjectModels.Tables</c>: the project's own accepted tables (not the shipped ones), which
/// the project adds to its client's catalog (<c>SeedreamClientOptions.ModelTables</c>). Always emitted, empty
/// when the project has no table of its own, so code that adds it compiles either way.
/// </summary>
internal static class ProjectModelsEmitter
{
    public const string TypeName = "SeedreamProjectModels";
    public const string HintName = TypeName + ".g.cs";

    public static string Emit(EquatableArray<string> typeNames, EmitOptions options)
    {
        var writer = new SourceWriter(2048);
        ModelEmitter.WriteHeader(writer, options);
        writer.Open("namespace " + KnownNames.Namespace);
        writer.Summary("The model tables this project declares itself, as data: add them to the client's catalog so it validates requests against them.");
        writer.Line(GeneratorVersion.Attribute);
        writer.Open("internal static class " + TypeName);
        writer.Summary("The project's own tables (new models and overrides of shipped ones), ordered by file path; empty when it has none.");
        writer.Line("internal static global::System.Collections.Generic.IReadOnlyList<" + KnownNames.ModelTable + "> Tables { get; } = new " + KnownNames.ModelTable + "[]");
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
