using System.Linq;
using Seedream.Generators.Model;

namespace Seedream.Generators.Emitting;

/// <summary>
/// Writes a model's builder (<c>Seedream50Builder</c>): a thin typed wrapper that holds a
/// <c>Seedream.SeedreamRequestBuilder</c> by composition and forwards each call to it with the wire value.
/// It has the common members the targeted host takes and exactly the table's extras taken there, nothing else, so
/// completion offers what the model accepts at that host. Checks live in the runtime builder: a single argument at the call,
/// rules across fields and against the table at <c>Build()</c>.
/// </summary>
internal static class BuilderWriter
{
    private const string Field = "_builder";

    public static void Write(SourceWriter writer, ModelTableSpec table, HostSpec host)
    {
        var builder = Names.Builder(table.TypeName);
        var id = SourceWriter.Code(table.Id);

        writer.Line("/// <summary>");
        writer.Line("/// Builds a " + id + " image-generation request. Every method returns this builder, so calls chain; <see cref=\"Build\"/> returns the request.");
        writer.Line("/// " + SourceWriter.Xml(ModelEmitter.LimitsText(table)));
        writer.Line("/// " + SourceWriter.Xml(ModelEmitter.HostText(host)));
        writer.Line("/// </summary>");
        writer.Line("/// <remarks>Start one with <see cref=\"" + table.TypeName + ".Generate(string)\"/>. Methods for options " + id + " lacks at " + SourceWriter.Xml(host.Host)
            + " do not exist here: the compiler rejects them, and the Seedream analyzer names the models, or the hosts, that have them.</remarks>");
        writer.Line(GeneratorVersion.Attribute);
        writer.Open("internal sealed class " + builder);
        writer.Line("private readonly " + KnownNames.RequestBuilder + " " + Field + ";");
        writer.Line();
        writer.Line("/// <summary>Starts a " + id + " request with <paramref name=\"prompt\"/>; use <see cref=\"" + table.TypeName + ".Generate(string)\"/>.</summary>");
        writer.Line("/// <param name=\"prompt\">The text prompt.</param>");
        writer.Line("/// <exception cref=\"global::System.ArgumentException\"><paramref name=\"prompt\"/> is null or empty.</exception>");
        writer.Open("internal " + builder + "(string prompt)");
        writer.Line(Field + " = " + KnownNames.Request + ".ForModel(" + KnownNames.Tables + "." + table.TypeName + ".Table).Prompt(prompt);");
        writer.Close();
        writer.Line();

        WriteCommonMembers(writer, table, builder, host.Callbacks);
        foreach (var extra in table.Extras)
        {
            WriteExtra(writer, table, builder, extra);
        }

        WriteBuild(writer, table);
        writer.Line();
        WriteWireMethod(writer, table.Id, "sizes", Names.SizeEnum(table.TypeName), Names.WireMethod(BuilderMembers.Size), table.Sizes);
        writer.Line();
        WriteWireMethod(writer, table.Id, "resolutions", Names.ResolutionEnum(table.TypeName), Names.WireMethod(BuilderMembers.Resolution), table.Resolutions);
        foreach (var extra in table.Extras.Where(extra => extra.Kind == ExtraKind.Enum))
        {
            writer.Line();
            WriteWireMethod(writer, table.Id, extra.Name + " values", Names.ExtraEnum(table.TypeName, extra.Name), Names.WireMethod(extra.Name), extra.Values);
        }

        writer.Close();
    }

    private static void WriteCommonMembers(SourceWriter writer, ModelTableSpec table, string builder, bool callbacks)
    {
        var id = SourceWriter.Code(table.Id);
        var limits = table.Limits;
        var sizeEnum = Names.SizeEnum(table.TypeName);
        var resolutionEnum = Names.ResolutionEnum(table.TypeName);
        var maxImages = SourceWriter.Integer(limits.MaxReferenceImages);
        var total = SourceWriter.Integer(limits.MaxImageSetTotal);

        writer.Summary("Sets the aspect ratio (<c>size</c>). " + id + " accepts " + SourceWriter.Join(table.Sizes.Select(size => size.Wire)) + "; without it the service chooses.");
        writer.Line("/// <param name=\"size\">One of <see cref=\"" + sizeEnum + "\"/>, e.g. <see cref=\"" + sizeEnum + "." + table.Sizes[0].Member + "\"/> for " + SourceWriter.Code(table.Sizes[0].Wire) + ".</param>");
        Returns(writer);
        writer.Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"size\"/> is not a defined value of <see cref=\"" + sizeEnum + "\"/>.</exception>");
        Forward(writer, builder, BuilderMembers.Size + "(" + sizeEnum + " size)", BuilderMembers.Size + "(" + Names.WireMethod(BuilderMembers.Size) + "(size))");

        writer.Summary("Sets the output resolution (<c>resolution</c>). " + id + " accepts " + SourceWriter.Join(table.Resolutions.Select(resolution => resolution.Wire)) + ".");
        writer.Line("/// <param name=\"resolution\">One of <see cref=\"" + resolutionEnum + "\"/>.</param>");
        Returns(writer);
        writer.Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"resolution\"/> is not a defined value of <see cref=\"" + resolutionEnum + "\"/>.</exception>");
        Forward(writer, builder, BuilderMembers.Resolution + "(" + resolutionEnum + " resolution)", BuilderMembers.Resolution + "(" + Names.WireMethod(BuilderMembers.Resolution) + "(resolution))");

        var imagesText = "one gives image-to-image, several multi-image fusion. " + id + " accepts at most " + maxImages + " in all, each at most "
            + ByteSize.Text(limits.MaxReferenceImageBytes) + "; more fails at <see cref=\"Build\"/>.";
        foreach (var type in new[] { "string", KnownNames.Uri })
        {
            writer.Summary("Adds one reference image (<c>image_urls</c>): " + imagesText);
            writer.Line("/// <param name=\"url\">The absolute URL of the image.</param>");
            Returns(writer);
            writer.Line("/// <exception cref=\"global::System.ArgumentException\"><paramref name=\"url\"/> is null or not an absolute URL.</exception>");
            Forward(writer, builder, BuilderMembers.ReferenceImage + "(" + type + " url)", BuilderMembers.ReferenceImage + "(url)");
        }

        foreach (var parameter in new[] { "params string[] urls", KnownNames.UriSequence + " urls" })
        {
            writer.Summary("Adds reference images (<c>image_urls</c>), in order: " + imagesText);
            writer.Line("/// <param name=\"urls\">The absolute URLs of the images.</param>");
            Returns(writer);
            writer.Line("/// <exception cref=\"global::System.ArgumentException\"><paramref name=\"urls\"/> is null, or one of them is not an absolute URL.</exception>");
            Forward(writer, builder, BuilderMembers.ReferenceImages + "(" + parameter + ")", BuilderMembers.ReferenceImages + "(urls)");
        }

        writer.Summary("Sets how many images to generate (<c>n</c>, at least 1; the service makes 1 without it). More than 1 is image-set mode, where reference images + generated images must be at most "
            + total + " on " + id + ".");
        writer.Line("/// <param name=\"count\">The number of images, at least 1.</param>");
        Returns(writer);
        writer.Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"count\"/> is less than 1.</exception>");
        Forward(writer, builder, BuilderMembers.ImageCount + "(int count)", BuilderMembers.ImageCount + "(count)");

        writer.Summary("Sets whether the images carry a watermark (<c>watermark</c>; the service adds one unless told otherwise).");
        writer.Line("/// <param name=\"enabled\"><see langword=\"true\"/> for a watermark, <see langword=\"false\"/> for none.</param>");
        Returns(writer);
        Forward(writer, builder, BuilderMembers.Watermark + "(bool enabled)", BuilderMembers.Watermark + "(enabled)");
        if (callbacks)
        {
            WriteCallbackMembers(writer, builder);
        }
    }

    /// <summary>The webhook members, for a host that takes <c>callback_url</c> and <c>callback_events</c>.</summary>
    private static void WriteCallbackMembers(SourceWriter writer, string builder)
    {
        foreach (var type in new[] { "string", KnownNames.Uri })
        {
            writer.Summary("Sets the webhook the service posts the task to when it changes (<c>callback_url</c>): an absolute http or https URL.");
            writer.Line("/// <param name=\"url\">The absolute http(s) URL of the webhook.</param>");
            Returns(writer);
            writer.Line("/// <exception cref=\"global::System.ArgumentException\"><paramref name=\"url\"/> is null or not an absolute http or https URL.</exception>");
            Forward(writer, builder, BuilderMembers.CallbackUrl + "(" + type + " url)", BuilderMembers.CallbackUrl + "(url)");
        }

        writer.Summary("Chooses which task events the webhook receives (<c>callback_events</c>, e.g. <c>completed</c>, <c>failed</c>); without it the service sends its default set. Needs <see cref=\"CallbackUrl(string)\"/>.");
        writer.Line("/// <param name=\"events\">The event names.</param>");
        Returns(writer);
        writer.Line("/// <exception cref=\"global::System.ArgumentException\"><paramref name=\"events\"/> is null or holds an empty name.</exception>");
        Forward(writer, builder, BuilderMembers.CallbackEvents + "(params string[] events)", BuilderMembers.CallbackEvents + "(events)");
    }

    private static void WriteExtra(SourceWriter writer, ModelTableSpec table, string builder, ExtraSpec extra)
    {
        var where = " Sent as <c>extra." + SourceWriter.Xml(extra.Path) + "</c>";
        var defaultText = extra.DefaultValue is null ? "." : "; without it the service uses " + SourceWriter.Code(extra.DefaultValue) + ".";
        var path = SourceWriter.Literal(extra.Path);
        switch (extra.Kind)
        {
            case ExtraKind.Enum:
                var enumName = Names.ExtraEnum(table.TypeName, extra.Name);
                writer.Summary(SourceWriter.Xml(extra.Description) + where + "; " + SourceWriter.Code(table.Id) + " accepts " + SourceWriter.Join(extra.Values.Select(value => value.Wire)) + defaultText);
                writer.Line("/// <param name=\"value\">One of <see cref=\"" + enumName + "\"/>.</param>");
                Returns(writer);
                writer.Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"value\"/> is not a defined value of <see cref=\"" + enumName + "\"/>.</exception>");
                Forward(writer, builder, extra.Name + "(" + enumName + " value)", "Extra(" + path + ", " + Names.WireMethod(extra.Name) + "(value))");
                break;
            case ExtraKind.Bool:
                writer.Summary(SourceWriter.Xml(extra.Description) + where + "; true or false" + defaultText);
                writer.Line("/// <param name=\"enabled\"><see langword=\"true\"/> to switch it on, <see langword=\"false\"/> to switch it off.</param>");
                Returns(writer);
                Forward(writer, builder, extra.Name + "(bool enabled)", "Extra(" + path + ", enabled)");
                break;
            case ExtraKind.Number:
                var minimum = SourceWriter.Number(extra.Minimum!.Value);
                var maximum = SourceWriter.Number(extra.Maximum!.Value);
                writer.Summary(SourceWriter.Xml(extra.Description) + where + "; " + SourceWriter.Code(table.Id) + " accepts a number from " + minimum + " to " + maximum + defaultText);
                writer.Line("/// <param name=\"value\">A number from " + minimum + " to " + maximum + "; a constant outside is a compile error (SEEDREAM101).</param>");
                Returns(writer);
                writer.Line("/// <exception cref=\"" + KnownNames.ValidationException + "\">At <see cref=\"Build\"/>: <paramref name=\"value\"/> is outside [" + minimum + ", " + maximum + "].</exception>");
                Forward(writer, builder, extra.Name + "(double value)", "Extra(" + path + ", value)");
                break;
            default:
                writer.Summary(SourceWriter.Xml(extra.Description) + " Adds the tool <c>{\"type\": \"" + SourceWriter.Xml(extra.Tool!) + "\"}</c> to <c>extra." + SourceWriter.Xml(extra.Path) + "</c>.");
                Returns(writer);
                Forward(writer, builder, extra.Name + "()", extra.Tool == KnownNames.WebSearchTool ? "WebSearch()" : "Tool(" + SourceWriter.Literal(extra.Tool) + ")");
                break;
        }
    }

    private static void WriteBuild(SourceWriter writer, ModelTableSpec table)
    {
        writer.Summary("Builds the immutable request: model " + SourceWriter.Code(table.Id) + ", the options set so far, and the model-specific ones inside <c>extra</c>. The request carries its table, so it is checked against it again at submit.");
        writer.Line("/// <returns>A new request; the builder can go on being used.</returns>");
        writer.Line("/// <exception cref=\"" + KnownNames.ValidationException + "\">The options break a rule of " + SourceWriter.Code(table.Id)
            + "'s table, e.g. more than " + SourceWriter.Integer(table.Limits.MaxImageSetTotal) + " reference images + generated images in image-set mode.</exception>");
        writer.Open("public " + KnownNames.Request + " " + BuilderMembers.Build + "()");
        writer.Line("return " + Field + "." + BuilderMembers.Build + "();");
        writer.Close();
    }

    /// <summary>Writes <c>private static string {methodName}({typeName} value)</c> returning the wire string.</summary>
    private static void WriteWireMethod(SourceWriter writer, string modelId, string what, string typeName, string methodName, EquatableArray<NamedValue> values)
    {
        writer.Open("private static string " + methodName + "(" + typeName + " value)");
        writer.Open("switch (value)");
        foreach (var value in values)
        {
            writer.Line("case " + typeName + "." + value.Member + ": return " + SourceWriter.Literal(value.Wire) + ";");
        }

        var message = modelId + " accepts the " + what + " " + string.Join(", ", values.Select(value => value.Wire)) + ".";
        writer.Line("default: throw new global::System.ArgumentOutOfRangeException(nameof(value), value, " + SourceWriter.Literal(message) + ");");
        writer.Close();
        writer.Close();
    }

    /// <summary>Writes a public method that calls the runtime builder and returns this builder.</summary>
    private static void Forward(SourceWriter writer, string builder, string signature, string call)
    {
        writer.Open("public " + builder + " " + signature);
        writer.Line(Field + "." + call + ";");
        writer.Line("return this;");
        writer.Close();
        writer.Line();
    }

    private static void Returns(SourceWriter writer) => writer.Line("/// <returns>This builder.</returns>");
}
