using System.Linq;
using Seedream.Generators.Model;

namespace Seedream.Generators.Emitting;

/// <summary>
/// Writes one model's source file: the entry type (<c>Seedream50</c>), its builder and its enums (unless the
/// project emits tables only) and its table as data. C# 7.3, plus <c>#nullable enable</c> from C# 8 on.
/// </summary>
internal static class ModelEmitter
{
    public static string HintName(ModelTableSpec table) => table.TypeName + ".g.cs";

    public static string Emit(ModelEmitSpec spec)
    {
        var table = spec.Model.Table;
        var host = spec.Model.Host;
        var writer = new SourceWriter();
        WriteHeader(writer, spec.Options);
        writer.Open("namespace " + KnownNames.Namespace);
        if (spec.Options.Builders)
        {
            WriteEntryType(writer, table, host);
            writer.Line();
            BuilderWriter.Write(writer, table, host);
            writer.Line();
            WriteEnums(writer, table);
        }

        TableDataWriter.Write(writer, table, host);
        writer.Close();
        return writer.ToString();
    }

    /// <summary>The file header, and <c>#nullable enable</c> when the consumer's language version has it.</summary>
    public static void WriteHeader(SourceWriter writer, EmitOptions options)
    {
        writer.Line(KnownNames.FileHeader.TrimEnd('\n'));
        if (options.NullableAnnotations)
        {
            writer.Line(KnownNames.NullableEnable);
        }

        writer.Line();
    }

    private static void WriteEntryType(SourceWriter writer, ModelTableSpec table, HostSpec host)
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

        writer.Line("/// " + SourceWriter.Xml(HostText(host)));

        foreach (var note in table.Notes)
        {
            writer.Line("/// Note: " + SourceWriter.Xml(note));
        }

        writer.Line("/// </remarks>");
        writer.Line(GeneratorVersion.Attribute);
        writer.Open("internal static class " + table.TypeName);
        writer.Summary("The table's model id, which requests built here carry as <c>model</c>: " + SourceWriter.Code(table.Id) + " (the model's id at the gateway).");
        writer.Line("public const string Id = " + SourceWriter.Literal(table.Id) + ";");
        writer.Line();
        writer.Summary("The model's id at " + SourceWriter.Xml(Hosts.Describe(host.Host)) + ", the host this project targets (<c>SeedreamHost</c>): " + SourceWriter.Code(host.Id) + SourceWriter.Xml(AliasText(host)) + ".");
        writer.Line("public const string " + BuilderMembers.HostId + " = " + SourceWriter.Literal(host.Id) + ";");
        writer.Line();
        writer.Summary("What " + SourceWriter.Code(table.Id) + " accepts, as data: sizes, resolutions, limits and model-specific options. Requests built here carry it and are checked against it.");
        writer.Line("public static " + KnownNames.ModelTable + " Table");
        writer.Line("{");
        writer.Line("    get { return " + KnownNames.Tables + "." + table.TypeName + ".Table; }");
        writer.Line("}");
        writer.Line();
        writer.Summary("Starts a " + SourceWriter.Code(table.Id) + " image-generation request.");
        writer.Line("/// <param name=\"prompt\">The text prompt, in Chinese or English; at most " + SourceWriter.Integer(table.Limits.RecommendedPromptLength) + " characters recommended.</param>");
        writer.Line("/// <returns>A builder offering exactly what " + SourceWriter.Code(table.Id) + " accepts; set the options, then call <see cref=\"" + builder + ".Build\"/>.</returns>");
        writer.Line("/// <exception cref=\"global::System.ArgumentException\"><paramref name=\"prompt\"/> is null or empty.</exception>");
        writer.Open("public static " + builder + " " + BuilderMembers.Generate + "(string prompt)");
        writer.Line("return new " + builder + "(prompt);");
        writer.Close();
        writer.Close();
    }

    private static void WriteEnums(SourceWriter writer, ModelTableSpec table)
    {
        EnumWriter.WriteEnum(
            writer,
            Names.SizeEnum(table.TypeName),
            "The aspect ratios (<c>size</c>) " + SourceWriter.Code(table.Id) + " accepts: " + SourceWriter.Join(table.Sizes.Select(size => size.Wire)) + ".",
            table.Sizes,
            size => "Aspect ratio " + SourceWriter.Code(size.Wire) + " (width:height).");
        writer.Line();
        EnumWriter.WriteEnum(
            writer,
            Names.ResolutionEnum(table.TypeName),
            "The resolutions " + SourceWriter.Code(table.Id) + " accepts: " + SourceWriter.Join(table.Resolutions.Select(resolution => resolution.Wire)) + ".",
            table.Resolutions,
            resolution => "Resolution " + SourceWriter.Code(resolution.Wire) + ".");
        writer.Line();
        foreach (var extra in table.Extras.Where(extra => extra.Kind == ExtraKind.Enum))
        {
            EnumWriter.WriteEnum(
                writer,
                Names.ExtraEnum(table.TypeName, extra.Name),
                "The values of " + extra.Name + " (<c>extra." + SourceWriter.Xml(extra.Path) + "</c>) on " + SourceWriter.Code(table.Id) + ": " + SourceWriter.Xml(extra.Description),
                extra.Values,
                value => SourceWriter.Code(value.Wire) + ": " + SourceWriter.Xml(value.Description) + DefaultNote(value, extra));
            writer.Line();
        }
    }

    /// <summary>Says that a value is the default, unless its own description already does.</summary>
    private static string DefaultNote(NamedValue value, ExtraSpec extra)
        => value.Wire == extra.DefaultValue && value.Description.IndexOf("default", System.StringComparison.OrdinalIgnoreCase) < 0
            ? " The API's default, used when the option is left out."
            : string.Empty;

    /// <summary>Which host the builders are for, and what it does not take.</summary>
    public static string HostText(HostSpec host)
        => "Generated for " + Hosts.Describe(host.Host) + ", the host the project targets (SeedreamHost); the model's id there is " + host.Id + AliasText(host) + "."
           + (host.Callbacks ? string.Empty : " This host takes no callback_url or callback_events, so the builder has no CallbackUrl or CallbackEvents.");

    /// <summary>The host's other ids for the model, as a parenthesis, or nothing.</summary>
    private static string AliasText(HostSpec host)
        => host.Aliases.IsEmpty ? string.Empty : " (also " + string.Join(", ", host.Aliases) + ")";

    public static string LimitsText(ModelTableSpec table)
        => "Up to " + SourceWriter.Integer(table.Limits.MaxReferenceImages) + " reference images of at most " + ByteSize.Text(table.Limits.MaxReferenceImageBytes)
           + " each; reference images + generated images at most " + SourceWriter.Integer(table.Limits.MaxImageSetTotal)
           + " in image-set mode; prompts of at most " + SourceWriter.Integer(table.Limits.RecommendedPromptLength) + " characters recommended.";
}
