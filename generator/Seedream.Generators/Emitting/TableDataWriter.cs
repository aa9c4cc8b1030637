using System.Linq;
using Seedream.Generators.Model;

namespace Seedream.Generators.Emitting;

/// <summary>Writes a table as C# data: <c>SeedreamModelTables.{TypeName}.Table</c>.</summary>
internal static class TableDataWriter
{
    public static void Write(SourceWriter writer, ModelTableSpec table)
    {
        writer.Summary("The model tables of this compilation, as data.");
        writer.Open("internal static partial class SeedreamModelTables");
        writer.Summary("The table of " + SourceWriter.Code(table.Id) + ".");
        writer.Open("internal static class " + table.TypeName);
        writer.Summary(SourceWriter.Code(table.Id) + ": " + SourceWriter.Xml(table.Description));
        writer.Line("internal static readonly " + KnownNames.ModelTable + " Table = new " + KnownNames.ModelTable + "(");
        writer.Indent();
        writer.Line(SourceWriter.Literal(table.Id) + ",");
        writer.Line(SourceWriter.Literal(table.TypeName) + ",");
        writer.Line(SourceWriter.Literal(table.Description) + ",");
        writer.Line(StringArray(table.Sizes.Select(size => size.Wire)) + ",");
        writer.Line(StringArray(table.Resolutions.Select(resolution => resolution.Wire)) + ",");
        var limits = table.Limits;
        writer.Line("new " + KnownNames.ModelLimits + "(" + SourceWriter.Integer(limits.MaxReferenceImages) + ", " + SourceWriter.Integer(limits.MaxReferenceImageBytes) + "L, "
            + SourceWriter.Integer(limits.MaxImageSetTotal) + ", " + SourceWriter.Integer(limits.RecommendedPromptLength) + "),");
        writer.Line("new " + KnownNames.ExtraOption + "[]");
        writer.Line("{");
        writer.Indent();
        foreach (var extra in table.Extras)
        {
            WriteExtra(writer, extra);
        }

        writer.Unindent();
        writer.Line("},");
        writer.Line(StringArray(table.Notes) + ");");
        writer.Unindent();
        writer.Close();
        writer.Close();
    }

    private static void WriteExtra(SourceWriter writer, ExtraSpec extra)
    {
        writer.Line("new " + KnownNames.ExtraOption + "(");
        writer.Indent();
        writer.Line(SourceWriter.Literal(extra.Name) + ",");
        writer.Line(SourceWriter.Literal(extra.Path) + ",");
        writer.Line(KnownNames.ExtraKind + "." + extra.Kind + ",");
        writer.Line(SourceWriter.Literal(extra.Description) + ",");
        if (extra.Values.IsEmpty)
        {
            writer.Line("null,");
        }
        else
        {
            writer.Line("new " + KnownNames.ExtraValue + "[]");
            writer.Line("{");
            writer.Indent();
            foreach (var value in extra.Values)
            {
                writer.Line("new " + KnownNames.ExtraValue + "(" + SourceWriter.Literal(value.Wire) + ", " + SourceWriter.Literal(value.Description) + "),");
            }

            writer.Unindent();
            writer.Line("},");
        }

        writer.Line((extra.Minimum is double minimum ? SourceWriter.Literal(minimum) : "null") + ",");
        writer.Line((extra.Maximum is double maximum ? SourceWriter.Literal(maximum) : "null") + ",");
        writer.Line(SourceWriter.Literal(extra.Tool) + ",");
        writer.Line(SourceWriter.Literal(extra.DefaultValue) + "),");
        writer.Unindent();
    }

    private static string StringArray(System.Collections.Generic.IEnumerable<string> values)
    {
        var literals = values.Select(value => SourceWriter.Literal(value)).ToList();
        return literals.Count == 0 ? "new string[0]" : "new string[] { " + string.Join(", ", literals) + " }";
    }
}
