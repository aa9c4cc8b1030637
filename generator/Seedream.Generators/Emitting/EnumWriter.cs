using Seedream.Generators.Model;

namespace Seedream.Generators.Emitting;

/// <summary>Writes a per-model enum (sizes, resolutions or an enum extra) holding exactly the model's values.</summary>
internal static class EnumWriter
{
    /// <param name="writer">Where to write.</param>
    /// <param name="typeName">The enum's name, e.g. <c>Seedream50Size</c>.</param>
    /// <param name="summary">The enum's XML summary (escaped).</param>
    /// <param name="values">The model's values.</param>
    /// <param name="describe">The XML summary (escaped) of one value.</param>
    public static void WriteEnum(SourceWriter writer, string typeName, string summary, EquatableArray<NamedValue> values, System.Func<NamedValue, string> describe)
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

        writer.Close();
    }
}
