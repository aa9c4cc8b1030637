using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace Seedream.Generators.Json;

/// <summary>
/// A small strict JSON reader (RFC 8259) that records every value's span in characters, so a
/// diagnostic lands on the exact line and column even when the table holds Chinese text.
/// It is embedded rather than taken from a JSON library so that the generator has no dependency
/// that could clash with the compiler host's own copy.
/// </summary>
internal sealed class JsonReader
{
    private const int MaxDepth = 64;

    private readonly string _text;
    private int _position;
    private int _depth;

    private JsonReader(string text) => _text = text;

    /// <summary>Reads one JSON document; never throws for bad input.</summary>
    public static JsonReadResult Read(string text)
    {
        var reader = new JsonReader(text);
        try
        {
            reader.SkipWhitespace();
            var root = reader.ReadValue();
            reader.SkipWhitespace();
            if (reader._position < text.Length)
            {
                throw new JsonSyntaxException("unexpected text after the end of the JSON document", reader._position, 1);
            }

            return JsonReadResult.Success(root);
        }
        catch (JsonSyntaxException error)
        {
            var start = Math.Min(error.Position, text.Length);
            var length = Math.Min(error.Length, text.Length - start);
            return JsonReadResult.Failure(error.Message, new TextSpan(start, length));
        }
    }

    private JsonNode ReadValue()
    {
        if (_position >= _text.Length)
        {
            throw new JsonSyntaxException("unexpected end of the file: a value was expected", _position, 0);
        }

        var c = _text[_position];
        switch (c)
        {
            case '{':
                return ReadObject();
            case '[':
                return ReadArray();
            case '"':
                var start = _position;
                var value = ReadString();
                return new JsonStringNode(TextSpan.FromBounds(start, _position), value);
            case 't':
                return ReadLiteral("true", span => new JsonBooleanNode(span, true));
            case 'f':
                return ReadLiteral("false", span => new JsonBooleanNode(span, false));
            case 'n':
                return ReadLiteral("null", span => new JsonNullNode(span));
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    return ReadNumber();
                }

                throw new JsonSyntaxException($"unexpected character '{c}': a value was expected", _position, 1);
        }
    }

    private JsonObjectNode ReadObject()
    {
        var start = _position;
        Enter();
        _position++;
        var properties = new List<JsonPropertyNode>();
        SkipWhitespace();
        if (Peek() == '}')
        {
            _position++;
            _depth--;
            return new JsonObjectNode(TextSpan.FromBounds(start, _position), properties);
        }

        while (true)
        {
            SkipWhitespace();
            if (Peek() != '"')
            {
                throw new JsonSyntaxException("expected a property name in double quotes", _position, _position < _text.Length ? 1 : 0);
            }

            var nameStart = _position;
            var name = ReadString();
            var nameSpan = TextSpan.FromBounds(nameStart, _position);
            SkipWhitespace();
            if (Peek() != ':')
            {
                throw new JsonSyntaxException($"expected ':' after the property name \"{name}\"", _position, _position < _text.Length ? 1 : 0);
            }

            _position++;
            SkipWhitespace();
            properties.Add(new JsonPropertyNode(name, nameSpan, ReadValue()));
            SkipWhitespace();
            var next = Peek();
            if (next == ',')
            {
                _position++;
                continue;
            }

            if (next == '}')
            {
                _position++;
                _depth--;
                return new JsonObjectNode(TextSpan.FromBounds(start, _position), properties);
            }

            throw new JsonSyntaxException("expected ',' or '}' after a property value", _position, _position < _text.Length ? 1 : 0);
        }
    }

    private JsonArrayNode ReadArray()
    {
        var start = _position;
        Enter();
        _position++;
        var items = new List<JsonNode>();
        SkipWhitespace();
        if (Peek() == ']')
        {
            _position++;
            _depth--;
            return new JsonArrayNode(TextSpan.FromBounds(start, _position), items);
        }

        while (true)
        {
            SkipWhitespace();
            items.Add(ReadValue());
            SkipWhitespace();
            var next = Peek();
            if (next == ',')
            {
                _position++;
                continue;
            }

            if (next == ']')
            {
                _position++;
                _depth--;
                return new JsonArrayNode(TextSpan.FromBounds(start, _position), items);
            }

            throw new JsonSyntaxException("expected ',' or ']' after an array item", _position, _position < _text.Length ? 1 : 0);
        }
    }

    private string ReadString()
    {
        var start = _position;
        _position++;
        StringBuilder? builder = null;
        var runStart = _position;
        while (true)
        {
            if (_position >= _text.Length)
            {
                throw new JsonSyntaxException("unterminated string", start, _position - start);
            }

            var c = _text[_position];
            if (c == '"')
            {
                var run = _text.Substring(runStart, _position - runStart);
                _position++;
                return builder is null ? run : builder.Append(run).ToString();
            }

            if (c == '\\')
            {
                builder ??= new StringBuilder();
                builder.Append(_text, runStart, _position - runStart);
                builder.Append(ReadEscape());
                runStart = _position;
                continue;
            }

            if (c < ' ')
            {
                throw new JsonSyntaxException("control character or line break inside a string (escape it, e.g. \\n)", _position, 1);
            }

            _position++;
        }
    }

    private char ReadEscape()
    {
        var start = _position;
        _position++;
        if (_position >= _text.Length)
        {
            throw new JsonSyntaxException("unterminated escape sequence", start, 1);
        }

        var c = _text[_position++];
        switch (c)
        {
            case '"': return '"';
            case '\\': return '\\';
            case '/': return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u':
                if (_position + 4 > _text.Length
                    || !int.TryParse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                {
                    throw new JsonSyntaxException("\\u must be followed by four hex digits", start, Math.Min(6, _text.Length - start));
                }

                _position += 4;
                return (char)code;
            default:
                throw new JsonSyntaxException($"unknown escape sequence '\\{c}'", start, 2);
        }
    }

    private JsonNumberNode ReadNumber()
    {
        var start = _position;
        if (Peek() == '-')
        {
            _position++;
        }

        if (Peek() == '0')
        {
            _position++;
        }
        else if (IsDigit(Peek()))
        {
            SkipDigits();
        }
        else
        {
            throw new JsonSyntaxException("a digit must follow '-'", start, _position - start + 1);
        }

        if (Peek() == '.')
        {
            _position++;
            if (!IsDigit(Peek()))
            {
                throw new JsonSyntaxException("a digit must follow the decimal point", start, _position - start);
            }

            SkipDigits();
        }

        if (Peek() == 'e' || Peek() == 'E')
        {
            _position++;
            if (Peek() == '+' || Peek() == '-')
            {
                _position++;
            }

            if (!IsDigit(Peek()))
            {
                throw new JsonSyntaxException("a digit must follow the exponent", start, _position - start);
            }

            SkipDigits();
        }

        var text = _text.Substring(start, _position - start);
        // The text is a valid JSON number, so parsing fails only on overflow, and only where the compiler
        // runs on .NET Framework (Visual Studio); .NET Core gives infinity. Both hosts then read infinity.
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            value = text[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
        }

        return new JsonNumberNode(TextSpan.FromBounds(start, _position), value, text);
    }

    private JsonNode ReadLiteral(string literal, Func<TextSpan, JsonNode> create)
    {
        var start = _position;
        if (string.CompareOrdinal(_text, _position, literal, 0, literal.Length) != 0)
        {
            var end = _position;
            while (end < _text.Length && char.IsLetter(_text[end]))
            {
                end++;
            }

            throw new JsonSyntaxException($"unknown literal '{_text.Substring(start, Math.Max(1, end - start))}': expected {literal}", start, Math.Max(1, end - start));
        }

        _position += literal.Length;
        return create(TextSpan.FromBounds(start, _position));
    }

    private void Enter()
    {
        if (++_depth > MaxDepth)
        {
            throw new JsonSyntaxException($"nesting deeper than {MaxDepth} levels", _position, 1);
        }
    }

    private void SkipDigits()
    {
        while (IsDigit(Peek()))
        {
            _position++;
        }
    }

    private void SkipWhitespace()
    {
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\uFEFF')
            {
                _position++;
            }
            else
            {
                return;
            }
        }
    }

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private sealed class JsonSyntaxException : Exception
    {
        public JsonSyntaxException(string message, int position, int length)
            : base(message)
        {
            Position = position;
            Length = length;
        }

        public int Position { get; }

        public int Length { get; }
    }
}
