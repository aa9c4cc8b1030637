using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Seedream.Emulator;

/// <summary>Reads a create request's <c>extra</c> object into the options the shared request validator checks.</summary>
internal static class ExtraReader
{
    /// <summary>
    /// Options inside <c>extra</c> as the client's requests hold them: dotted paths to text, switches, numbers, and
    /// tool arrays as lists of tool types. A value no option kind can hold is kept as <see cref="WireJson"/>, so
    /// validation reports it as given.
    /// </summary>
    /// <param name="extra">The wire's <c>extra</c> object.</param>
    public static Dictionary<string, object> Read(JObject extra)
    {
        var extras = new Dictionary<string, object>(StringComparer.Ordinal);
        Flatten(extra, string.Empty, extras);
        return extras;
    }

    private static void Flatten(JObject node, string prefix, Dictionary<string, object> extras)
    {
        foreach (var property in node.Properties())
        {
            var path = prefix + property.Name;
            var value = property.Value;
            switch (value.Type)
            {
                case JTokenType.Object:
                    Flatten((JObject)value, path + ".", extras);
                    break;
                case JTokenType.String:
                    extras[path] = (string)value!;
                    break;
                case JTokenType.Boolean:
                    extras[path] = (bool)value;
                    break;
                case JTokenType.Integer when value is JValue { Value: long whole }:
                    extras[path] = whole;
                    break;
                case JTokenType.Float:
                    extras[path] = (double)value;
                    break;
                case JTokenType.Array when value.All(IsTool):
                    extras[path] = value.Select(item => (string)item["type"]!).ToArray();
                    break;
                default:
                    extras[path] = new WireJson(value);
                    break;
            }
        }
    }

    private static bool IsTool(JToken item) => item is JObject tool && tool.Count == 1 && tool["type"] is { Type: JTokenType.String };

    /// <summary>A value inside <c>extra</c> that no option kind can hold (null, an odd array, a huge integer), kept as sent.</summary>
    internal sealed class WireJson
    {
        public WireJson(JToken token)
        {
            Token = token;
        }

        public JToken Token { get; }

        public override string ToString() => Token.ToString(Formatting.None);
    }
}
