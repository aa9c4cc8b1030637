using System.Collections.Generic;
using System.Linq;
using Seedream.Generators.Model;

namespace Seedream.Generators.Emitting;

/// <summary>
/// Writes a table as C# data, as the targeted host serves the model (only the extras taken there):
/// <c>SeedreamModelTables.{TypeName}.Table</c>, one named argument a line, the optional
/// ones only when the table sets them, and byte counts with their size in words (<c>// 10 MiB</c>).
/// </summary>
internal static class TableDataWriter
{
    public static void Write(SourceWriter writer, ModelTableSpec table, HostSpec host)
    {
        writer.Summary("The model tables of this compilation, as data.");
        writer.Open("internal static partial class SeedreamModelTables");
        writer.Summary("The table of " + SourceWriter.Code(table.Id) + " at " + SourceWriter.Xml(Hosts.Describe(host.Host)) + ".");
        writer.Open("internal static class " + table.TypeName);
        writer.Summary(SourceWriter.Code(table.Id) + ": " + SourceWriter.Xml(table.Description));
        writer.Line("internal static readonly " + KnownNames.ModelTable + " Table = new " + KnownNames.ModelTable + "(");
        writer.Indent();
        writer.Line("id: " + SourceWriter.Literal(table.Id) + ",");
        writer.Line("typeName: " + SourceWriter.Literal(table.TypeName) + ",");
        writer.Line("description: " + SourceWriter.Literal(table.Description) + ",");
        writer.Line("sizes: " + StringArray(table.Sizes.Select(size => size.Wire)) + ",");
        writer.Line("resolutions: " + StringArray(table.Resolutions.Select(resolution => resolution.Wire)) + ",");
        WriteLimits(writer, table.Limits);
        writer.Line("extras: new " + KnownNames.ExtraOption + "[]");
        writer.Line("{");
        writer.Indent();
        foreach (var extra in table.Extras)
        {
            WriteExtra(writer, extra);
        }

        writer.Unindent();
        writer.Line("},");
        if (!table.Notes.IsEmpty)
        {
            writer.Line("notes: " + StringArray(table.Notes) + ",");
        }

        WriteHosts(writer, table.Hosts);
        writer.Unindent();
        writer.Close();
        writer.Close();
    }

    /// <summary>Every host that serves the model (not only the targeted one), so a client may call any of them.</summary>
    private static void WriteHosts(SourceWriter writer, EquatableArray<HostSpec> hosts)
    {
        writer.Line("hosts: new " + KnownNames.ModelHost + "[]");
        writer.Line("{");
        writer.Indent();
        foreach (var host in hosts)
        {
            var pixels = host.MinPixels is long min && host.MaxPixels is long max
                ? ", minPixels: " + SourceWriter.Integer(min) + ", maxPixels: " + SourceWriter.Integer(max)
                : string.Empty;
            writer.Line("new " + KnownNames.ModelHost + "(host: " + KnownNames.Host + "." + HostMember(host.Host) + ", id: " + SourceWriter.Literal(host.Id)
                + ", aliases: " + StringArray(host.Aliases) + ", callbacks: " + (host.Callbacks ? "true" : "false") + pixels + "),");
        }

        writer.Unindent();
        writer.Line("});");
    }

    private static string HostMember(string host) => host switch
    {
        Hosts.ModelArk => "ModelArk",
        Hosts.Volcengine => "Volcengine",
        _ => "Gateway",
    };

    private static void WriteLimits(SourceWriter writer, LimitsSpec limits)
    {
        writer.Line("limits: new " + KnownNames.ModelLimits + "(");
        writer.Indent();
        writer.Line("maxReferenceImages: " + SourceWriter.Integer(limits.MaxReferenceImages) + ",");
        writer.Line("maxReferenceImageBytes: " + SourceWriter.Integer(limits.MaxReferenceImageBytes) + ", // " + ByteSize.Text(limits.MaxReferenceImageBytes));
        writer.Line("maxImageSetTotal: " + SourceWriter.Integer(limits.MaxImageSetTotal) + ",");
        writer.Line("recommendedPromptLength: " + SourceWriter.Integer(limits.RecommendedPromptLength) + "),");
        writer.Unindent();
    }

    private static void WriteExtra(SourceWriter writer, ExtraSpec extra)
    {
        // Each argument is one or more lines; the last line of each ends the argument.
        var arguments = new List<string[]>
        {
            new[] { "name: " + SourceWriter.Literal(extra.Name) },
            new[] { "path: " + SourceWriter.Literal(extra.Path) },
            new[] { "kind: " + KnownNames.ExtraKind + "." + extra.Kind },
            new[] { "description: " + SourceWriter.Literal(extra.Description) },
        };
        if (!extra.Values.IsEmpty)
        {
            arguments.Add(new[] { "values: new " + KnownNames.ExtraValue + "[]", "{" }
                .Concat(extra.Values.Select(value => SourceWriter.IndentUnit + "new " + KnownNames.ExtraValue + "(value: " + SourceWriter.Literal(value.Wire) + ", description: " + SourceWriter.Literal(value.Description) + "),"))
                .Concat(new[] { "}" })
                .ToArray());
        }

        if (extra.Minimum is double minimum)
        {
            arguments.Add(new[] { "minimum: " + SourceWriter.Number(minimum) });
        }

        if (extra.Maximum is double maximum)
        {
            arguments.Add(new[] { "maximum: " + SourceWriter.Number(maximum) });
        }

        if (extra.Tool is not null)
        {
            arguments.Add(new[] { "tool: " + SourceWriter.Literal(extra.Tool) });
        }

        if (extra.DefaultValue is not null)
        {
            arguments.Add(new[] { "defaultValue: " + SourceWriter.Literal(extra.DefaultValue) });
        }

        writer.Line("new " + KnownNames.ExtraOption + "(");
        writer.Indent();
        for (var i = 0; i < arguments.Count; i++)
        {
            var lines = arguments[i];
            for (var j = 0; j < lines.Length - 1; j++)
            {
                writer.Line(lines[j]);
            }

            writer.Line(lines[lines.Length - 1] + (i == arguments.Count - 1 ? ")," : ","));
        }

        writer.Unindent();
    }

    private static string StringArray(IEnumerable<string> values)
    {
        var literals = values.Select(value => SourceWriter.Literal(value)).ToList();
        return literals.Count == 0 ? "new string[0]" : "new string[] { " + string.Join(", ", literals) + " }";
    }
}
