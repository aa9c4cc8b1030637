using System.Collections.Concurrent;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using Seedream.Testing;
using Xunit;

namespace Seedream.Emulator.Tests;

/// <summary>
/// The response schemas of one of the OpenAPI documents in <c>spec/</c>, made strict: every object schema
/// of <c>components.schemas</c> that does not say otherwise rejects properties it does not declare,
/// so an answer with a misspelled or undocumented JSON name fails validation.
/// </summary>
internal sealed class OpenApiSchemas
{
    private readonly JObject _spec;
    private readonly ConcurrentDictionary<string, Task<JsonSchema>> _schemas = new();

    private OpenApiSchemas(string specFile) => _spec = JObject.Parse(File.ReadAllText(RepositoryPaths.Spec(specFile)));

    /// <summary>The gateway's task API, <c>spec/seedream-tasks.openapi.json</c>.</summary>
    public static OpenApiSchemas Gateway { get; } = new("seedream-tasks.openapi.json");

    /// <summary>The upstream images API, <c>spec/modelark-images.openapi.json</c>.</summary>
    public static OpenApiSchemas ModelArk { get; } = new("modelark-images.openapi.json");

    /// <summary>
    /// The schema the spec gives for <paramref name="method"/> <paramref name="path"/> answering <paramref name="status"/>
    /// as <paramref name="mediaType"/> (for <c>text/event-stream</c>: the schema of one event's <c>data:</c> JSON).
    /// </summary>
    public Task<JsonSchema> ForResponseAsync(string method, string path, int status, string mediaType = "application/json")
    {
        var operation = _spec["paths"]![path]![method]!;
        var response = operation["responses"]![status.ToString(CultureInfo.InvariantCulture)];
        Assert.True(response is not null, $"the spec documents no {status} answer for {method.ToUpperInvariant()} {path}");
        if (response["$ref"] is JToken reference)
        {
            response = _spec["components"]!["responses"]![((string)reference!).Split('/').Last()]!;
        }

        var schema = response["content"]![mediaType]?["schema"] as JObject;
        Assert.True(schema is not null, $"the spec documents no {mediaType} body for {method.ToUpperInvariant()} {path} answering {status}");
        return _schemas.GetOrAdd($"{method} {path} {status} {mediaType}", _ => LoadAsync(schema));
    }

    /// <summary>The strict schema of <c>components.schemas.<paramref name="name"/></c>.</summary>
    public Task<JsonSchema> ForComponentAsync(string name) =>
        _schemas.GetOrAdd(name, _ => LoadAsync(new JObject { ["$ref"] = "#/components/schemas/" + name }));

    /// <summary>Asserts that <paramref name="json"/> is valid against <paramref name="schema"/>, listing every violation.</summary>
    public static void AssertValid(JsonSchema schema, string json, string what)
    {
        var errors = schema.Validate(json);
        Assert.True(errors.Count == 0, $"{what} does not match the spec: {string.Join("; ", errors.Select(e => $"{e.Path}: {e.Kind}"))}\n{json}");
    }

    private Task<JsonSchema> LoadAsync(JObject root)
    {
        var definitions = (JObject)_spec["components"]!["schemas"]!.DeepClone();
        foreach (var definition in definitions.Properties().Select(p => (JObject)p.Value))
        {
            if ((string?)definition["type"] == "object" && definition["additionalProperties"] is null)
            {
                definition["additionalProperties"] = false;
            }
        }

        var document = (JObject)root.DeepClone();
        document["definitions"] = definitions;
        return JsonSchema.FromJsonAsync(document.ToString().Replace("#/components/schemas/", "#/definitions/"));
    }
}
