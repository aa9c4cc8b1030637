using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace Seedream.Generators.Json;

/// <summary>A value read by <see cref="JsonReader"/>, with the span it covers in the file (in characters).</summary>
internal abstract class JsonNode
{
    protected JsonNode(TextSpan span) => Span = span;

    /// <summary>Where the value is in the file, in characters (not bytes).</summary>
    public TextSpan Span { get; }

    /// <summary>How the value's type reads in an error message, e.g. "a string".</summary>
    public abstract string KindName { get; }
}

/// <summary>A JSON object; properties keep their order and duplicates.</summary>
internal sealed class JsonObjectNode : JsonNode
{
    public JsonObjectNode(TextSpan span, IReadOnlyList<JsonPropertyNode> properties)
        : base(span) => Properties = properties;

    public IReadOnlyList<JsonPropertyNode> Properties { get; }

    public override string KindName => "an object";
}

/// <summary>One <c>"name": value</c> pair of an object.</summary>
internal sealed class JsonPropertyNode
{
    public JsonPropertyNode(string name, TextSpan nameSpan, JsonNode value)
    {
        Name = name;
        NameSpan = nameSpan;
        Value = value;
    }

    public string Name { get; }

    /// <summary>The span of the quoted name.</summary>
    public TextSpan NameSpan { get; }

    public JsonNode Value { get; }
}

/// <summary>A JSON array.</summary>
internal sealed class JsonArrayNode : JsonNode
{
    public JsonArrayNode(TextSpan span, IReadOnlyList<JsonNode> items)
        : base(span) => Items = items;

    public IReadOnlyList<JsonNode> Items { get; }

    public override string KindName => "an array";
}

/// <summary>A JSON string, unescaped.</summary>
internal sealed class JsonStringNode : JsonNode
{
    public JsonStringNode(TextSpan span, string value)
        : base(span) => Value = value;

    public string Value { get; }

    public override string KindName => "a string";
}

/// <summary>A JSON number, with the text it was written as.</summary>
internal sealed class JsonNumberNode : JsonNode
{
    public JsonNumberNode(TextSpan span, double value, string text)
        : base(span)
    {
        Value = value;
        Text = text;
    }

    public double Value { get; }

    public string Text { get; }

    /// <summary>Whether the number was written without a fraction or exponent.</summary>
    public bool IsInteger => Text.IndexOfAny(new[] { '.', 'e', 'E' }) < 0;

    public override string KindName => "a number";
}

/// <summary><c>true</c> or <c>false</c>.</summary>
internal sealed class JsonBooleanNode : JsonNode
{
    public JsonBooleanNode(TextSpan span, bool value)
        : base(span) => Value = value;

    public bool Value { get; }

    public override string KindName => "a boolean";
}

/// <summary><c>null</c>.</summary>
internal sealed class JsonNullNode : JsonNode
{
    public JsonNullNode(TextSpan span)
        : base(span)
    {
    }

    public override string KindName => "null";
}
