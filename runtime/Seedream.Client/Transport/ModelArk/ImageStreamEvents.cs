using System;
using System.IO;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Seedream.Transport.ModelArk;

/// <summary>
/// Reads the <c>data:</c> JSON of one event of the upstream images API's stream into its transport type. The
/// kind is the JSON's <c>type</c>, which repeats the SSE <c>event:</c> line; without a <c>type</c>, the
/// <c>event:</c> line when it names a known kind, else an object with an <c>error</c> is the error-only event.
/// </summary>
internal static class ImageStreamEvents
{
    /// <summary>An image is ready.</summary>
    public const string PartialSucceeded = "image_generation.partial_succeeded";

    /// <summary>An image of the set failed.</summary>
    public const string PartialFailed = "image_generation.partial_failed";

    /// <summary>The set is finished; carries the usage.</summary>
    public const string Completed = "image_generation.completed";

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(ModelArkJson.CreateSettings());

    /// <summary>The event that <paramref name="data"/> holds.</summary>
    /// <param name="eventType">The SSE <c>event:</c> field (<c>message</c> when there was none).</param>
    /// <param name="data">The SSE <c>data:</c> field: one JSON object.</param>
    /// <returns>The event, or <see langword="null"/> for a kind this toolkit does not know (a newer event, to be skipped).</returns>
    /// <exception cref="JsonException"><paramref name="data"/> is not a JSON object, or not the documented shape of its kind.</exception>
    public static IImageStreamEvent? Read(string eventType, string data)
    {
        if (data is null)
        {
            throw new ArgumentNullException(nameof(data));
        }

        using var reader = new JsonTextReader(new StringReader(data)) { DateParseHandling = DateParseHandling.None };
        if (JToken.ReadFrom(reader) is not JObject json)
        {
            throw new JsonSerializationException($"A stream event's data is not a JSON object: it starts with '{Start(data)}'.");
        }

        if (reader.Read())
        {
            throw new JsonReaderException($"A stream event's data holds more than one JSON value (after the object at line {reader.LineNumber}, position {reader.LinePosition}).");
        }

        var kind = json["type"] is JValue { Type: JTokenType.String } type ? (string)type! : KnownOrNull(eventType);
        if (kind is not null)
        {
            json["type"] = kind;
        }

        return kind switch
        {
            PartialSucceeded => json.ToObject<ImagePartialSucceededEvent>(Serializer),
            PartialFailed => json.ToObject<ImagePartialFailedEvent>(Serializer),
            Completed => json.ToObject<ImageGenerationCompletedEvent>(Serializer),
            null when json.ContainsKey("error") => json.ToObject<StreamErrorEvent>(Serializer),
            _ => null,
        };
    }

    private static string? KnownOrNull(string eventType) =>
        eventType is PartialSucceeded or PartialFailed or Completed ? eventType : null;

    private static string Start(string data) => data.Length <= 32 ? data : data.Substring(0, 32) + "…";
}
