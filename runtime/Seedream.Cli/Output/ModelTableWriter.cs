using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Seedream.Cli.Output;

/// <summary>Writes model tables as readable text: sizes, resolutions, limits, each extra option with its values or range and its command-line form, and notes.</summary>
internal static class ModelTableWriter
{
    private const string Indent = "  ";

    /// <summary>Writes each table, separated by a blank line.</summary>
    /// <param name="tables">The tables, e.g. <see cref="SeedreamModelCatalog.All"/> of <see cref="SeedreamModelCatalog.Shipped"/>.</param>
    /// <param name="writer">Where the text goes.</param>
    public static void Write(IReadOnlyList<SeedreamModelTable> tables, TextWriter writer)
    {
        for (var i = 0; i < tables.Count; i++)
        {
            if (i > 0)
            {
                writer.WriteLine();
            }

            Write(tables[i], writer);
        }
    }

    private static void Write(SeedreamModelTable table, TextWriter writer)
    {
        writer.WriteLine($"{table.Id}  {table.Description}");
        Field(writer, "sizes", string.Join(", ", table.Sizes));
        Field(writer, "resolutions", string.Join(", ", table.Resolutions));
        var limits = table.Limits;
        Field(writer, "reference", $"up to {limits.MaxReferenceImages} images (--image), each at most {Bytes(limits.MaxReferenceImageBytes)}");
        Field(writer, "image set", $"reference images + generated images (--n) at most {limits.MaxImageSetTotal}");
        Field(writer, "prompt", $"up to {limits.RecommendedPromptLength} characters recommended");
        if (table.Extras.Count == 0)
        {
            Field(writer, "extras", "none");
        }
        else
        {
            writer.WriteLine(Indent + "extras (--extra KEY=VALUE):");
            foreach (var option in table.Extras)
            {
                WriteExtra(option, writer);
            }
        }

        if (table.Notes.Count > 0)
        {
            writer.WriteLine(Indent + "notes:");
            foreach (var note in table.Notes)
            {
                writer.WriteLine(Indent + Indent + "- " + note);
            }
        }
    }

    private static void WriteExtra(SeedreamExtraOption option, TextWriter writer)
    {
        var defaultValue = option.DefaultValue is { } value ? $" (default {value})" : string.Empty;
        var shortcut = option.Path switch
        {
            "output_format" => "; also --format",
            "tools" => "; also --web-search",
            _ => string.Empty,
        };
        writer.WriteLine($"{Indent}{Indent}{option.Path} = {Accepted(option)}{defaultValue}{shortcut}");
        writer.WriteLine($"{Indent}{Indent}{Indent}{option.Description}");
        foreach (var allowed in option.Values)
        {
            writer.WriteLine($"{Indent}{Indent}{Indent}{allowed.Value}: {allowed.Description}");
        }
    }

    private static string Accepted(SeedreamExtraOption option) => option.Kind switch
    {
        SeedreamExtraKind.Enum => string.Join(" | ", option.Values.Select(v => v.Value)),
        SeedreamExtraKind.Bool => "true | false",
        SeedreamExtraKind.Number => Range(option.Minimum, option.Maximum),
        SeedreamExtraKind.Tool => $"{option.Tool} (adds {{\"type\": \"{option.Tool}\"}} to extra.{option.Path})",
        _ => option.Kind.ToString(),
    };

    private static string Range(double? minimum, double? maximum) => (minimum, maximum) switch
    {
        (double min, double max) => $"a number from {Number(min)} to {Number(max)}",
        (double min, null) => $"a number of at least {Number(min)}",
        (null, double max) => $"a number of at most {Number(max)}",
        _ => "a number",
    };

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Bytes(long bytes) => bytes % (1024 * 1024) == 0
        ? (bytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture) + " MB"
        : bytes.ToString(CultureInfo.InvariantCulture) + " bytes";

    private static void Field(TextWriter writer, string name, string value) => writer.WriteLine(Indent + (name + ":").PadRight(13) + value);
}
