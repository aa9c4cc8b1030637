using System.Linq;
using Seedream.Generators.Model;

namespace Seedream.Generators.Emitting;

/// <summary>
/// Writes one model's source file: the entry type (<c>Seedream50</c>), its builder, its enums and its
/// table as data. Options other models have and this one lacks are written as compile errors.
/// </summary>
internal static class ModelEmitter
{
    public static string HintName(ModelTableSpec table) => table.TypeName + ".g.cs";

    public static string Emit(ModelEmitSpec spec)
    {
        var table = spec.Table;
        var writer = new SourceWriter();
        writer.Line(KnownNames.FileHeader.TrimEnd('\n'));
        writer.Line();
        writer.Open("namespace " + KnownNames.Namespace);
        WriteEntryType(writer, table);
        writer.Line();
        BuilderWriter.Write(writer, spec);
        writer.Line();
        WriteEnums(writer, spec);
        TableDataWriter.Write(writer, table);
        writer.Close();
        return writer.ToString();
    }

    private static void WriteEntryType(SourceWriter writer, ModelTableSpec table)
    {
        var builder = Names.Builder(table.TypeName);
        writer.Line("/// <summary>");
        writer.Line("/// " + SourceWriter.Code(table.Id) + ": " + SourceWriter.Xml(table.Description) + " Start a request with <see cref=\"Generate(string)\"/>.");
        writer.Line("/// </summary>");
        writer.Line("/// <remarks>");
        writer.Line("/// Sizes: " + SourceWriter.Join(table.Sizes.Select(size => size.Wire)) + ". Resolutions: " + SourceWriter.Join(table.Resolutions.Select(resolution => resolution.Wire)) + ".");
        writer.Line("/// " + SourceWriter.Xml(LimitsText(table)));
        if (!table.Extras.IsEmpty)
        {
            writer.Line("/// Model-specific options: " + SourceWriter.Join(table.Extras.Select(extra => extra.Name)) + ".");
        }

        foreach (var note in table.Notes)
        {
            writer.Line("/// Note: " + SourceWriter.Xml(note));
        }

        writer.Line("/// </remarks>");
        writer.Line(GeneratorVersion.Attribute);
        writer.Line(ModelAttribute(table));
        writer.Open("internal static class " + table.TypeName);
        writer.Summary("The model id sent as <c>model</c>: " + SourceWriter.Code(table.Id) + ".");
        writer.Line("public const string Id = " + SourceWriter.Literal(table.Id) + ";");
        writer.Line();
        writer.Summary("What " + SourceWriter.Code(table.Id) + " accepts, as data: sizes, resolutions, limits and model-specific options.");
        writer.Line("public static " + KnownNames.ModelTable + " Table");
        writer.Line("{");
        writer.Line("    get { return " + KnownNames.Tables + "." + table.TypeName + ".Table; }");
        writer.Line("}");
        writer.Line();
        writer.Summary("Starts a " + SourceWriter.Code(table.Id) + " image-generation request (action <c>generate</c>).");
        writer.Line("/// <param name=\"prompt\">Text prompt in Chinese or English; at most " + SourceWriter.Integer(table.Limits.RecommendedPromptLength) + " characters recommended.</param>");
        writer.Line("/// <returns>A builder; set the options, then call <see cref=\"" + builder + ".Build\"/>.</returns>");
        writer.Line("/// <exception cref=\"global::System.ArgumentException\"><paramref name=\"prompt\"/> is null or empty.</exception>");
        writer.Line("[" + KnownNames.RequestFieldAttribute + "(\"prompt\")]");
        writer.Open("public static " + builder + " Generate(string prompt)");
        writer.Line("return new " + builder + "(prompt);");
        writer.Close();
        writer.Close();
    }

    private static void WriteEnums(SourceWriter writer, ModelEmitSpec spec)
    {
        var table = spec.Table;
        EnumWriter.WriteEnum(
            writer,
            table.Id,
            Names.SizeEnum(table.TypeName),
            "The aspect ratios (<c>size</c>) " + SourceWriter.Code(table.Id) + " accepts: " + SourceWriter.Join(table.Sizes.Select(size => size.Wire)) + ".",
            table.Sizes,
            size => "Aspect ratio " + SourceWriter.Code(size.Wire) + ".",
            spec.Unsupported.Where(option => option.Category == OptionCategory.Size).ToList());
        writer.Line();
        EnumWriter.WriteEnum(
            writer,
            table.Id,
            Names.ResolutionEnum(table.TypeName),
            "The resolutions " + SourceWriter.Code(table.Id) + " accepts: " + SourceWriter.Join(table.Resolutions.Select(resolution => resolution.Wire)) + ".",
            table.Resolutions,
            resolution => "Resolution " + SourceWriter.Code(resolution.Wire) + ".",
            spec.Unsupported.Where(option => option.Category == OptionCategory.Resolution).ToList());
        writer.Line();
        foreach (var extra in table.Extras.Where(extra => extra.Kind == ExtraKind.Enum))
        {
            EnumWriter.WriteEnum(
                writer,
                table.Id,
                Names.ExtraEnum(table.TypeName, extra.Name),
                "The values of " + extra.Name + " (<c>extra." + SourceWriter.Xml(extra.Path) + "</c>) on " + SourceWriter.Code(table.Id) + ": " + SourceWriter.Xml(extra.Description),
                extra.Values,
                value => SourceWriter.Code(value.Wire) + ": " + SourceWriter.Xml(value.Description) + DefaultNote(value, extra),
                spec.Unsupported.Where(option => option.Category == OptionCategory.ExtraValue && option.ExtraName == extra.Name).ToList());
            writer.Line();
        }
    }

    /// <summary>Says that a value is the default, unless its own description already does.</summary>
    private static string DefaultNote(NamedValue value, ExtraSpec extra)
        => value.Wire == extra.DefaultValue && value.Description.IndexOf("default", System.StringComparison.OrdinalIgnoreCase) < 0
            ? " The upstream default."
            : string.Empty;

    public static string ModelAttribute(ModelTableSpec table)
        => "[" + KnownNames.ModelAttribute + "(" + SourceWriter.Literal(table.Id) + ", " + SourceWriter.Integer(table.Limits.MaxReferenceImages) + ", "
           + SourceWriter.Integer(table.Limits.MaxImageSetTotal) + ", " + SourceWriter.Integer(table.Limits.RecommendedPromptLength) + ")]";

    public static string LimitsText(ModelTableSpec table)
        => "Up to " + SourceWriter.Integer(table.Limits.MaxReferenceImages) + " reference images of at most " + SourceWriter.Integer(table.Limits.MaxReferenceImageBytes)
           + " bytes each; reference images + generated images at most " + SourceWriter.Integer(table.Limits.MaxImageSetTotal)
           + " in image-set mode; prompts of at most " + SourceWriter.Integer(table.Limits.RecommendedPromptLength) + " characters recommended.";
}
