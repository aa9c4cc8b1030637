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
/// The response schemas of <c>spec/seedream-tasks.openapi.json</c>, made strict: every object schema
/// of <c>components.schemas</c> that does not say otherwise rejects properties it does not declare,
/// so an answer with a misspelled or undocumented JSON name fails validation.
/// </summary>
internal static class OpenApiSchemas
{
    private static readonly JObject Spec = JObject.Parse(File.ReadAllText(RepositoryPaths.Spec("seedream-tasks.openapi.json")));
    private static readonly ConcurrentDictionary<string, Task<JsonSchema>> Components = new();

    /// <summary>The schema the spec gives for <paramref name="method"/> <paramref name="path"/> answering <paramref name="status"/>.</summary>
    public static Task<JsonSchema> ForResponseAsync(string method, string path, int status)
    {
        var operation = Spec["paths"]![path]![method]!;
        var response = operation["responses"]![status.ToString(CultureInfo.InvariantCulture)];
        Assert.True(response is not null, $"the spec documents no {status} answer for {method.ToUpperInvariant()} {path}");
        if (response["$ref"] is JToken reference)
        {
            response = Spec["components"]!["responses"]![((string)reference!).Split('/').Last()]!;
        }

        var schemaReference = (string)response["content"]!["application/json"]!["schema"]!["$ref"]!;
        return ForComponentAsync(schemaReference.Split('/').Last());
    }

    /// <summary>The strict schema of <c>components.schemas.<paramref name="name"/></c>.</summary>
    public static Task<JsonSchema> ForComponentAsync(string name) => Components.GetOrAdd(name, LoadAsync);

    /// <summary>Asserts that <paramref name="json"/> is valid against <paramref name="schema"/>, listing every violation.</summary>
    public static void AssertValid(JsonSchema schema, string json, string what)
    {
        var errors = schema.Validate(json);
        Assert.True(errors.Count == 0, $"{what} does not match the spec: {string.Join("; ", errors.Select(e => $"{e.Path}: {e.Kind}"))}\n{json}");
    }

    private static Task<JsonSchema> LoadAsync(string name)
    {
        var definitions = (JObject)Spec["components"]!["schemas"]!.DeepClone();
        foreach (var definition in definitions.Properties().Select(p => (JObject)p.Value))
        {
            if ((string?)definition["type"] == "object" && definition["additionalProperties"] is null)
            {
                definition["additionalProperties"] = false;
            }
        }

        var document = new JObject
        {
            ["$ref"] = "#/definitions/" + name,
            ["definitions"] = JObject.Parse(definitions.ToString().Replace("#/components/schemas/", "#/definitions/")),
        };
        return JsonSchema.FromJsonAsync(document.ToString());
    }
}
