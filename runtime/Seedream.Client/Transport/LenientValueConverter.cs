using System;
using System.Globalization;
using Newtonsoft.Json;

namespace Seedream.Transport;

/// <summary>
/// Reads a secondary text or nested object of a task answer (<c>model</c>, <c>poll_url</c>, an image's
/// <c>size</c>, <c>result</c>, <c>urls</c>) only in its expected JSON shape: text from a string, or from a
/// number or boolean as its JSON text; a nested answer object from a JSON object. Any other shape is unknown
/// (<see langword="null"/>) and its token is skipped, so one odd field never hides the task. Never writes.
/// </summary>
internal sealed class LenientValueConverter : JsonConverter
{
    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override bool CanConvert(Type objectType) => objectType == typeof(string) || LenientTaskFields.IsAnswerType(objectType);

    /// <inheritdoc />
    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        if (objectType != typeof(string))
        {
            if (reader.TokenType == JsonToken.StartObject)
            {
                return serializer.Deserialize(reader, objectType);
            }
        }
        else if (reader.TokenType is JsonToken.String or JsonToken.Integer or JsonToken.Float)
        {
            return Convert.ToString(reader.Value, CultureInfo.InvariantCulture);
        }
        else if (reader.TokenType == JsonToken.Boolean)
        {
            return (bool)reader.Value! ? "true" : "false";
        }

        reader.Skip();
        return null;
    }

    /// <inheritdoc />
    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) => throw new NotSupportedException("LenientValueConverter only reads.");
}
