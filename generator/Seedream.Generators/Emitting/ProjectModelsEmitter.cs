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

    public static string Emit(EquatableArray<string> typeNames, EmitOptions options) => TableListWriter.Write(
        options,
        "The model tables this project declares itself, as data: add them to the client's catalog so it validates requests against them.",
        "internal static class " + TypeName,
        "The project's own tables (new models and overrides of shipped ones), ordered by file path; empty when it has none.",
        "Tables",
        typeNames);
}
