using System;
using System.Collections.Generic;
using Newtonsoft.Json;

namespace Seedream.Transport;

/// <summary>
/// Reads <c>result.images</c> in whatever shape a server sends it: the documented array of objects, one object
/// (one image), or bare strings (an image whose link is that string). An entry of any other shape
/// (<see langword="null"/>, a number, a nested array) keeps its place as an image with neither link nor data,
/// which the client reports as a failed image, so the numbering of the good images stays as sent.
/// A value that is neither array, object nor string is unknown (<see langword="null"/>). Never writes.
/// </summary>
internal sealed class LenientImagesConverter : JsonConverter<List<TaskImage>>
{
    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override List<TaskImage>? ReadJson(JsonReader reader, Type objectType, List<TaskImage>? existingValue, bool hasExistingValue, JsonSerializer serializer)
    {
        switch (reader.TokenType)
        {
            case JsonToken.StartArray:
                var images = new List<TaskImage>();
                while (reader.Read() && reader.TokenType != JsonToken.EndArray)
                {
                    images.Add(ReadImage(reader, serializer));
                }

                return images;
            case JsonToken.StartObject:
            case JsonToken.String:
                return new List<TaskImage> { ReadImage(reader, serializer) };
            default:
                reader.Skip();
                return null;
        }
    }

    /// <inheritdoc />
    public override void WriteJson(JsonWriter writer, List<TaskImage>? value, JsonSerializer serializer) => throw new NotSupportedException("LenientImagesConverter only reads.");

    private static TaskImage ReadImage(JsonReader reader, JsonSerializer serializer)
    {
        switch (reader.TokenType)
        {
            case JsonToken.StartObject:
                return serializer.Deserialize<TaskImage>(reader)!;
            case JsonToken.String:
                return new TaskImage { Url = new List<string> { (string)reader.Value! } };
            default:
                reader.Skip();
                return new TaskImage();
        }
    }
}
