using System.Collections.Generic;
using Seedream.Generators.Model;

namespace Seedream.Generators.Emitting;

/// <summary>Writes a per-model enum (sizes, resolutions or an enum extra) and the method mapping it to wire strings.</summary>
internal static class EnumWriter
{
    /// <param name="writer">Where to write.</param>
    /// <param name="modelId">The model id, for messages.</param>
    /// <param name="typeName">The enum's name, e.g. <c>Seedream50Size</c>.</param>
    /// <param name="summary">The enum's XML summary (escaped).</param>
    /// <param name="values">The model's own values.</param>
    /// <param name="describe">The XML summary (escaped) of one value.</param>
    /// <param name="unsupported">Values other models have: written as compile errors.</param>
    public static void WriteEnum(
        SourceWriter writer,
        string modelId,
        string typeName,
        string summary,
        EquatableArray<NamedValue> values,
        System.Func<NamedValue, string> describe,
        IReadOnlyList<ModelOption> unsupported)
    {
        writer.Summary(summary);
        writer.Line(GeneratorVersion.Attribute);
        writer.Open("internal enum " + typeName);
        var number = 0;
        foreach (var value in values)
        {
            if (number > 0)
            {
                writer.Line();
            }

            writer.Summary(describe(value));
            writer.Line(value.Member + " = " + SourceWriter.Integer(number++) + ",");
        }

        foreach (var option in unsupported)
        {
            writer.Line();
            RestrictionText.Write(writer, modelId, option);
            writer.Line(option.Member + " = " + SourceWriter.Integer(number++) + ",");
        }

        writer.Close();
    }

    /// <summary>Writes <c>private static string {methodName}({typeName} value)</c> returning the wire string.</summary>
    public static void WriteWireMethod(SourceWriter writer, string modelId, string what, string typeName, string methodName, EquatableArray<NamedValue> values)
    {
        writer.Open("private static string " + methodName + "(" + typeName + " value)");
        writer.Open("switch (value)");
        foreach (var value in values)
        {
            writer.Line("case " + typeName + "." + value.Member + ": return " + SourceWriter.Literal(value.Wire) + ";");
        }

        var allowed = new List<string>();
        foreach (var value in values)
        {
            allowed.Add(value.Wire);
        }

        var message = modelId + " accepts the " + what + " " + string.Join(", ", allowed) + ".";
        writer.Line("default: throw new global::System.ArgumentOutOfRangeException(nameof(value), value, " + SourceWriter.Literal(message) + ");");
        writer.Close();
        writer.Close();
    }
}
