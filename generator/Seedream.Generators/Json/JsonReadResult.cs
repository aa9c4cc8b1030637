using Microsoft.CodeAnalysis.Text;

namespace Seedream.Generators.Json;

/// <summary>What <see cref="JsonReader.Read"/> found: a root value, or the first syntax error and where it is.</summary>
internal sealed class JsonReadResult
{
    private JsonReadResult(JsonNode? root, string? error, TextSpan errorSpan)
    {
        Root = root;
        Error = error;
        ErrorSpan = errorSpan;
    }

    public JsonNode? Root { get; }

    /// <summary>What is wrong, e.g. "expected ',' or '}' after a property value".</summary>
    public string? Error { get; }

    /// <summary>Where the error is, in characters.</summary>
    public TextSpan ErrorSpan { get; }

    public static JsonReadResult Success(JsonNode root) => new(root, null, default);

    public static JsonReadResult Failure(string error, TextSpan span) => new(null, error, span);
}
