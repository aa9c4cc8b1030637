using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Seedream.Emulator;

/// <summary>Writes a JSON value the way error messages quote it.</summary>
internal static class WireValue
{
    /// <summary>A string as is; any other value as compact JSON.</summary>
    /// <param name="token">The value given.</param>
    public static string Describe(JToken token) =>
        token.Type == JTokenType.String ? (string)token! : token.ToString(Formatting.None);

    /// <summary>The JSON type of <paramref name="token"/> in words, e.g. <c>an array</c>.</summary>
    /// <param name="token">The value given.</param>
    public static string TypeName(JToken token) => token.Type switch
    {
        JTokenType.Object => "an object",
        JTokenType.Array => "an array",
        JTokenType.String => "a string",
        JTokenType.Integer or JTokenType.Float => "a number",
        JTokenType.Boolean => "a boolean",
        JTokenType.Null => "null",
        _ => token.Type.ToString(),
    };
}
