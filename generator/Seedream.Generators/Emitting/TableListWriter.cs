using Seedream.Generators.Model;

namespace Seedream.Generators.Emitting;

/// <summary>
/// Writes a generated file that holds one static class with one list of model tables
/// (<c>SeedreamModelTables.All</c>, <c>SeedreamProjectModels.Tables</c>): the header, the namespace, the class and
/// the list of <c>&lt;TypeName&gt;.Table</c> entries in the order given.
/// </summary>
internal static class TableListWriter
{
    public static string Write(EmitOptions options, string classSummary, string classDeclaration, string listSummary, string listName, EquatableArray<string> typeNames)
    {
        var writer = new SourceWriter(2048);
        ModelEmitter.WriteHeader(writer, options);
        writer.Open("namespace " + KnownNames.Namespace);
        writer.Summary(classSummary);
        writer.Line(GeneratorVersion.Attribute);
        writer.Open(classDeclaration);
        writer.Summary(listSummary);
        writer.Line("internal static global::System.Collections.Generic.IReadOnlyList<" + KnownNames.ModelTable + "> " + listName + " { get; } = new " + KnownNames.ModelTable + "[]");
        writer.Line("{");
        writer.Indent();
        foreach (var typeName in typeNames)
        {
            // Qualified: a table named like a member of the list's class (Equals, ToString, All, …) would otherwise resolve to that member.
            writer.Line(KnownNames.Tables + "." + typeName + ".Table,");
        }

        writer.Unindent();
        writer.Line("};");
        writer.Close();
        writer.Close();
        return writer.ToString();
    }
}
