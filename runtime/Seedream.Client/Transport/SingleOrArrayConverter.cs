using System;
using System.Collections.Generic;
using Newtonsoft.Json;

namespace Seedream.Transport;

/// <summary>
/// Reads a list of strings that the API sends either as an array or as a single string
/// (<c>result.images[].url</c> is documented as an array but usually arrives as one string).
/// Writes an array, or with <c>writeOneAsString</c> a list of one as that string (the upstream images API's
/// <c>image</c>, documented as a string or an array). Strict by default (request bodies); the lenient instance,
/// used for an image's <c>url</c> in a task answer, skips items that are not strings and reads any other shape as
/// unknown (<see langword="null"/>), so an odd link costs only that image its link, never the whole task.
/// </summary>
internal sealed class SingleOrArrayConverter : JsonConverter<List<string>>
{
    private readonly bool _lenient;
    private readonly bool _writeOneAsString;

    /// <summary>Creates the converter.</summary>
    /// <param name="lenient">Whether values of another shape are skipped rather than rejected.</param>
    /// <param name="writeOneAsString">Whether a list of one item is written as that string rather than an array.</param>
    public SingleOrArrayConverter(bool lenient = false, bool writeOneAsString = false)
    {
        _lenient = lenient;
        _writeOneAsString = writeOneAsString;
    }

    /// <inheritdoc />
    public override List<string>? ReadJson(JsonReader reader, Type objectType, List<string>? existingValue, bool hasExistingValue, JsonSerializer serializer)
    {
        switch (reader.TokenType)
        {
            case JsonToken.Null:
                return null;
            case JsonToken.String:
                return new List<string> { (string)reader.Value! };
            case JsonToken.StartArray:
                var items = new List<string>();
                while (reader.Read() && reader.TokenType != JsonToken.EndArray)
                {
                    if (reader.TokenType == JsonToken.String)
                    {
                        items.Add((string)reader.Value!);
                    }
                    else if (_lenient)
                    {
                        reader.Skip();
                    }
                    else if (reader.TokenType != JsonToken.Null)
                    {
                        throw new JsonSerializationException($"Expected a string inside the array at '{reader.Path}', found {reader.TokenType}.");
                    }
                }

                return items;
            default:
                if (!_lenient)
                {
                    throw new JsonSerializationException($"Expected a string or an array of strings at '{reader.Path}', found {reader.TokenType}.");
                }

                reader.Skip();
                return null;
        }
    }

    /// <inheritdoc />
    public override void WriteJson(JsonWriter writer, List<string>? value, JsonSerializer serializer)
    {
        if (value is null)
        {
            writer.WriteNull();
            return;
        }

        if (_writeOneAsString && value.Count == 1)
        {
            writer.WriteValue(value[0]);
            return;
        }

        writer.WriteStartArray();
        foreach (var item in value)
        {
            writer.WriteValue(item);
        }

        writer.WriteEndArray();
    }
}
