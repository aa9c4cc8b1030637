using System;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Seedream.Transport;

/// <summary>
/// Reads a task's or an image's <c>error</c> whether it is the documented <c>{"message", "code"}</c> object
/// or a plain string (taken as the message); any other shape is unknown (<see langword="null"/>). Never writes.
/// </summary>
internal sealed class LenientErrorConverter : JsonConverter<TaskError>
{
    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override TaskError? ReadJson(JsonReader reader, Type objectType, TaskError? existingValue, bool hasExistingValue, JsonSerializer serializer)
    {
        switch (reader.TokenType)
        {
            case JsonToken.String:
                var text = (string?)reader.Value;
                return string.IsNullOrWhiteSpace(text) ? null : new TaskError { Message = text };
            case JsonToken.StartObject:
                var error = JObject.Load(reader);
                return new TaskError { Message = Text(error["message"]), Code = Text(error["code"]) };
            default:
                reader.Skip();
                return null;
        }
    }

    /// <inheritdoc />
    public override void WriteJson(JsonWriter writer, TaskError? value, JsonSerializer serializer) => throw new NotSupportedException("LenientErrorConverter only reads.");

    private static string? Text(JToken? token) =>
        token is null || token.Type == JTokenType.Null ? null : token.Type == JTokenType.String ? (string?)token : token.ToString(Formatting.None);
}
