using System.Linq;
using Seedream.Generators.Model;

namespace Seedream.Generators.Emitting;

/// <summary>Writes a model's fluent builder (<c>Seedream50Builder</c>) ending in <c>Build()</c>.</summary>
internal static class BuilderWriter
{
    public static void Write(SourceWriter writer, ModelEmitSpec spec)
    {
        var table = spec.Table;
        var builder = Names.Builder(table.TypeName);
        var id = SourceWriter.Code(table.Id);
        var limits = table.Limits;

        writer.Line("/// <summary>");
        writer.Line("/// Builds a " + id + " generate request; every method returns the builder, and <see cref=\"Build\"/> returns the request.");
        writer.Line("/// " + SourceWriter.Xml(ModelEmitter.LimitsText(table)));
        writer.Line("/// </summary>");
        writer.Line(GeneratorVersion.Attribute);
        writer.Line(ModelEmitter.ModelAttribute(table));
        writer.Open("internal sealed class " + builder);
        writer.Line("private readonly string _prompt;");
        writer.Line("private readonly " + KnownNames.UriList + " _referenceImages = new " + KnownNames.UriList + "();");
        writer.Line("private string _size;");
        writer.Line("private string _resolution;");
        writer.Line("private int? _imageCount;");
        writer.Line("private bool? _watermark;");
        writer.Line("private " + KnownNames.Uri + " _callbackUrl;");
        foreach (var extra in table.Extras)
        {
            writer.Line(extra.Kind == ExtraKind.Tool
                ? "private bool " + Names.Field(extra.Name) + ";"
                : "private object " + Names.Field(extra.Name) + ";");
        }

        writer.Line();
        writer.Open("internal " + builder + "(string prompt)");
        writer.Open("if (string.IsNullOrEmpty(prompt))");
        writer.Line("throw new global::System.ArgumentException(" + SourceWriter.Literal("The prompt of a " + table.Id + " request must not be null or empty.") + ", nameof(prompt));");
        writer.Close();
        writer.Line();
        writer.Line("_prompt = prompt;");
        writer.Close();
        writer.Line();

        WriteCommonMethods(writer, table, builder);
        foreach (var extra in table.Extras)
        {
            WriteExtraMethod(writer, table, builder, extra);
        }

        foreach (var option in spec.Unsupported.Where(option => option.Category == OptionCategory.Extra))
        {
            WriteUnsupportedExtraMethod(writer, table, builder, option);
        }

        WriteBuild(writer, table);
        EnumWriter.WriteWireMethod(writer, table.Id, "sizes", Names.SizeEnum(table.TypeName), "SizeWire", table.Sizes);
        writer.Line();
        EnumWriter.WriteWireMethod(writer, table.Id, "resolutions", Names.ResolutionEnum(table.TypeName), "ResolutionWire", table.Resolutions);
        foreach (var extra in table.Extras.Where(extra => extra.Kind == ExtraKind.Enum))
        {
            writer.Line();
            EnumWriter.WriteWireMethod(writer, table.Id, extra.Name + " values", Names.ExtraEnum(table.TypeName, extra.Name), Names.WireMethod(extra.Name), extra.Values);
        }

        writer.Close();
    }

    private static void WriteCommonMethods(SourceWriter writer, ModelTableSpec table, string builder)
    {
        var id = SourceWriter.Code(table.Id);
        var limits = table.Limits;
        var sizeEnum = Names.SizeEnum(table.TypeName);
        var resolutionEnum = Names.ResolutionEnum(table.TypeName);

        writer.Summary("Sets the aspect ratio (<c>size</c>). " + id + " accepts " + SourceWriter.Join(table.Sizes.Select(size => size.Wire)) + ".");
        writer.Line("/// <param name=\"size\">One of <see cref=\"" + sizeEnum + "\"/>.</param>");
        Returns(writer);
        writer.Open("public " + builder + " Size(" + sizeEnum + " size)");
        writer.Line("_size = SizeWire(size);");
        writer.Line("return this;");
        writer.Close();
        writer.Line();

        writer.Summary("Sets the resolution (<c>resolution</c>). " + id + " accepts " + SourceWriter.Join(table.Resolutions.Select(resolution => resolution.Wire)) + ".");
        writer.Line("/// <param name=\"resolution\">One of <see cref=\"" + resolutionEnum + "\"/>.</param>");
        Returns(writer);
        writer.Open("public " + builder + " Resolution(" + resolutionEnum + " resolution)");
        writer.Line("_resolution = ResolutionWire(resolution);");
        writer.Line("return this;");
        writer.Close();
        writer.Line();

        var maxImages = SourceWriter.Integer(limits.MaxReferenceImages);
        writer.Summary("Adds reference images (<c>image_urls</c>): one gives image-to-image, several multi-image fusion. "
            + id + " accepts at most " + maxImages + ", each at most " + SourceWriter.Integer(limits.MaxReferenceImageBytes) + " bytes.");
        writer.Line("/// <param name=\"urls\">Absolute URLs of the images.</param>");
        Returns(writer);
        writer.Line("/// <exception cref=\"global::System.ArgumentException\">A URL is not absolute, or there would be more than " + maxImages + " images.</exception>");
        writer.Line("[" + KnownNames.RequestFieldAttribute + "(\"image_urls\")]");
        writer.Open("public " + builder + " ReferenceImages(params string[] urls)");
        writer.Open("if (urls == null)");
        writer.Line("throw new global::System.ArgumentNullException(nameof(urls));");
        writer.Close();
        writer.Line();
        writer.Open("foreach (var url in urls)");
        writer.Line("_referenceImages.Add(" + KnownNames.BuilderSupport + ".AbsoluteUri(url, nameof(urls), \"reference image\"));");
        writer.Close();
        writer.Line();
        writer.Open("if (_referenceImages.Count > " + maxImages + ")");
        writer.Line("throw new global::System.ArgumentException(" + SourceWriter.Literal(table.Id + " accepts at most " + maxImages + " reference images; this request has ")
            + " + _referenceImages.Count + \".\", nameof(urls));");
        writer.Close();
        writer.Line();
        writer.Line("return this;");
        writer.Close();
        writer.Line();

        writer.Summary("Adds one reference image (<c>image_urls</c>). " + id + " accepts at most " + maxImages + " in all.");
        writer.Line("/// <param name=\"url\">The absolute URL of the image.</param>");
        Returns(writer);
        writer.Line("/// <exception cref=\"global::System.ArgumentException\">The URL is not absolute, or there would be more than " + maxImages + " images.</exception>");
        writer.Line("[" + KnownNames.RequestFieldAttribute + "(\"image_urls\")]");
        writer.Open("public " + builder + " ReferenceImage(string url)");
        writer.Line("return ReferenceImages(url);");
        writer.Close();
        writer.Line();

        var total = SourceWriter.Integer(limits.MaxImageSetTotal);
        writer.Summary("Sets how many images to generate (<c>n</c>, at least 1). More than 1 enables image-set mode, where reference images + generated images must be at most "
            + total + " on " + id + ".");
        writer.Line("/// <param name=\"count\">The number of images, at least 1.</param>");
        Returns(writer);
        writer.Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"count\"/> is less than 1.</exception>");
        writer.Line("[" + KnownNames.RequestFieldAttribute + "(\"n\")]");
        writer.Open("public " + builder + " ImageCount(int count)");
        writer.Open("if (count < 1)");
        writer.Line("throw new global::System.ArgumentOutOfRangeException(nameof(count), count, " + SourceWriter.Literal("The image count (n) must be at least 1.") + ");");
        writer.Close();
        writer.Line();
        writer.Line("_imageCount = count;");
        writer.Line("return this;");
        writer.Close();
        writer.Line();

        writer.Summary("Sets whether to add a watermark (<c>watermark</c>; the upstream default is true).");
        writer.Line("/// <param name=\"enabled\">Whether the images carry a watermark.</param>");
        Returns(writer);
        writer.Open("public " + builder + " Watermark(bool enabled)");
        writer.Line("_watermark = enabled;");
        writer.Line("return this;");
        writer.Close();
        writer.Line();

        writer.Summary("Sets the webhook that receives the finished task (<c>callback_url</c>): an absolute http or https URL.");
        writer.Line("/// <param name=\"url\">The absolute http(s) URL to post the finished task to.</param>");
        Returns(writer);
        writer.Line("/// <exception cref=\"global::System.ArgumentException\"><paramref name=\"url\"/> is not an absolute http or https URL.</exception>");
        writer.Line("[" + KnownNames.RequestFieldAttribute + "(\"callback_url\")]");
        writer.Open("public " + builder + " CallbackUrl(string url)");
        writer.Line("_callbackUrl = " + KnownNames.BuilderSupport + ".HttpUri(url, nameof(url));");
        writer.Line("return this;");
        writer.Close();
        writer.Line();
    }

    private static void WriteExtraMethod(SourceWriter writer, ModelTableSpec table, string builder, ExtraSpec extra)
    {
        var where = " Sent as <c>extra." + SourceWriter.Xml(extra.Path) + "</c>";
        var defaultText = extra.DefaultValue is null ? "." : "; upstream default " + SourceWriter.Code(extra.DefaultValue) + ".";
        var field = Names.Field(extra.Name);
        switch (extra.Kind)
        {
            case ExtraKind.Enum:
                var enumName = Names.ExtraEnum(table.TypeName, extra.Name);
                writer.Summary(SourceWriter.Xml(extra.Description) + where + "; values " + SourceWriter.Join(extra.Values.Select(value => value.Wire)) + defaultText);
                writer.Line("/// <param name=\"value\">One of <see cref=\"" + enumName + "\"/>.</param>");
                Returns(writer);
                writer.Open("public " + builder + " " + extra.Name + "(" + enumName + " value)");
                writer.Line(field + " = " + Names.WireMethod(extra.Name) + "(value);");
                break;
            case ExtraKind.Bool:
                writer.Summary(SourceWriter.Xml(extra.Description) + where + "; true or false" + defaultText);
                writer.Line("/// <param name=\"enabled\">Whether to switch it on.</param>");
                Returns(writer);
                writer.Open("public " + builder + " " + extra.Name + "(bool enabled)");
                writer.Line(field + " = enabled;");
                break;
            case ExtraKind.Number:
                var minimum = SourceWriter.Number(extra.Minimum!.Value);
                var maximum = SourceWriter.Number(extra.Maximum!.Value);
                writer.Summary(SourceWriter.Xml(extra.Description) + where + "; a number in [" + minimum + ", " + maximum + "]" + defaultText);
                writer.Line("/// <param name=\"value\">A number from " + minimum + " to " + maximum + ".</param>");
                Returns(writer);
                writer.Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"value\"/> is outside [" + minimum + ", " + maximum + "].</exception>");
                writer.Open("public " + builder + " " + extra.Name + "([" + KnownNames.RangeAttribute + "(" + SourceWriter.Literal(extra.Minimum.Value) + ", " + SourceWriter.Literal(extra.Maximum.Value) + ")] double value)");
                writer.Open("if (!(value >= " + SourceWriter.Literal(extra.Minimum.Value) + " && value <= " + SourceWriter.Literal(extra.Maximum.Value) + "))");
                writer.Line("throw new global::System.ArgumentOutOfRangeException(nameof(value), value, "
                    + SourceWriter.Literal(table.Id + " accepts " + extra.Name + " only in [" + minimum + ", " + maximum + "].") + ");");
                writer.Close();
                writer.Line();
                writer.Line(field + " = value;");
                break;
            default:
                writer.Summary(SourceWriter.Xml(extra.Description) + " Adds <c>{\"type\": \"" + SourceWriter.Xml(extra.Tool!) + "\"}</c> to <c>extra." + SourceWriter.Xml(extra.Path) + "</c>.");
                Returns(writer);
                writer.Open("public " + builder + " " + extra.Name + "()");
                writer.Line(field + " = true;");
                break;
        }

        writer.Line("return this;");
        writer.Close();
        writer.Line();
    }

    private static void WriteUnsupportedExtraMethod(SourceWriter writer, ModelTableSpec table, string builder, ModelOption option)
    {
        RestrictionText.Write(writer, table.Id, option);
        var signature = option.Kind switch
        {
            ExtraKind.Enum => option.Member + "<TValue>(TValue value)",
            ExtraKind.Bool => option.Member + "(bool enabled)",
            ExtraKind.Number => option.Member + "(double value)",
            _ => option.Member + "()",
        };
        writer.Open("public " + builder + " " + signature);
        writer.Line("throw new global::System.NotSupportedException(" + SourceWriter.Literal(RestrictionText.Message(table.Id, option)) + ");");
        writer.Close();
        writer.Line();
    }

    private static void WriteBuild(SourceWriter writer, ModelTableSpec table)
    {
        var total = SourceWriter.Integer(table.Limits.MaxImageSetTotal);
        writer.Summary("Builds the create-task request: model " + SourceWriter.Code(table.Id) + ", action <c>generate</c>, the options set so far, and the model-specific options inside <c>extra</c>.");
        writer.Line("/// <returns>A new request; the builder can go on being used.</returns>");
        writer.Line("/// <exception cref=\"global::System.InvalidOperationException\">In image-set mode, reference images + generated images exceed " + total + ".</exception>");
        writer.Open("public " + KnownNames.Request + " Build()");
        writer.Open("if (_imageCount > 1 && _referenceImages.Count + _imageCount > " + total + ")");
        writer.Line("throw new global::System.InvalidOperationException(" + SourceWriter.Literal(table.Id + " allows at most " + total + " reference images + generated images in image-set mode; this request has ")
            + " + _referenceImages.Count + \" + \" + _imageCount + \".\");");
        writer.Close();
        writer.Line();
        writer.Line("var builder = " + KnownNames.Request + ".ForModel(" + KnownNames.Tables + "." + table.TypeName + ".Table).Prompt(_prompt);");
        writer.Line("if (_size != null) builder.Size(_size);");
        writer.Line("if (_resolution != null) builder.Resolution(_resolution);");
        writer.Line("builder.ReferenceImages(_referenceImages);");
        writer.Line("if (_imageCount.HasValue) builder.ImageCount(_imageCount.Value);");
        writer.Line("if (_watermark.HasValue) builder.Watermark(_watermark.Value);");
        writer.Line("if (_callbackUrl != null) builder.CallbackUrl(_callbackUrl);");
        foreach (var extra in table.Extras)
        {
            var field = Names.Field(extra.Name);
            var cast = extra.Kind switch
            {
                ExtraKind.Bool => "(bool)",
                ExtraKind.Number => "(double)",
                _ => "(string)",
            };
            writer.Line(extra.Kind == ExtraKind.Tool
                ? "if (" + field + ") builder.Tool(" + SourceWriter.Literal(extra.Tool) + ");"
                : "if (" + field + " != null) builder.Extra(" + SourceWriter.Literal(extra.Path) + ", " + cast + field + ");");
        }

        writer.Line("return builder.Build();");
        writer.Close();
        writer.Line();
    }

    private static void Returns(SourceWriter writer) => writer.Line("/// <returns>This builder.</returns>");
}
