using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Seedream.Generators.Emitting;

/// <summary>An indenting text writer for generated C#; literals and numbers are formatted by Roslyn, under the invariant culture.</summary>
internal sealed class SourceWriter
{
    /// <summary>One level of indentation.</summary>
    public const string IndentUnit = "    ";

    private readonly StringBuilder _builder;
    private int _indent;

    /// <param name="capacity">The expected length; a model's file is about 25,000 characters, so the buffer rarely grows.</param>
    public SourceWriter(int capacity = 32 * 1024) => _builder = new StringBuilder(capacity);

    public void Line()
    {
        _builder.Append('\n');
    }

    public void Line(string text)
    {
        for (var i = 0; i < _indent; i++)
        {
            _builder.Append(IndentUnit);
        }

        _builder.Append(text).Append('\n');
    }

    /// <summary>Writes <paramref name="text"/> and opens a brace block.</summary>
    public void Open(string text)
    {
        Line(text);
        Line("{");
        _indent++;
    }

    /// <summary>Closes a brace block, optionally followed by a suffix such as <c>;</c>.</summary>
    public void Close(string suffix = "")
    {
        _indent--;
        Line("}" + suffix);
    }

    public void Indent() => _indent++;

    public void Unindent() => _indent--;

    /// <summary>Writes a one-line <c>&lt;summary&gt;</c>; <paramref name="xml"/> must already be XML-escaped.</summary>
    public void Summary(string xml) => Line("/// <summary>" + xml + "</summary>");

    public override string ToString() => _builder.ToString();

    /// <summary>
    /// A C# string literal for <paramref name="value"/>, or <c>null</c>: Roslyn's own formatting, which escapes
    /// quotes, backslashes and every character that is not printable (line breaks, U+2028, lone surrogates).
    /// </summary>
    public static string Literal(string? value) => value is null ? "null" : SymbolDisplay.FormatLiteral(value, quote: true);

    /// <summary>A number as C# and a reader both write it, e.g. <c>1</c> or <c>0.5</c> (invariant, round-trips).</summary>
    public static string Number(double value) => SymbolDisplay.FormatPrimitive(value, quoteStrings: false, useHexadecimalNumbers: false);

    /// <summary>An integer as C# and a reader both write it, e.g. <c>300</c>.</summary>
    public static string Integer(long value) => SymbolDisplay.FormatPrimitive(value, quoteStrings: false, useHexadecimalNumbers: false);

    /// <summary>
    /// Escapes text for an XML documentation comment and keeps it on one line: markup characters become
    /// entities, line breaks (including the ones C# alone counts: U+0085, U+2028, U+2029) and other control
    /// characters become spaces, and what XML cannot hold (a lone surrogate, U+FFFE, U+FFFF) becomes U+FFFD.
    /// </summary>
    public static string Xml(string text)
    {
        if (!NeedsXmlEscaping(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '\r': break;
                case '\n' or '\u0085' or '\u2028' or '\u2029': builder.Append(' '); break;
                case '\uFFFE' or '\uFFFF': builder.Append('\uFFFD'); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[++i]);
                    }
                    else if (char.IsSurrogate(c))
                    {
                        builder.Append('\uFFFD');
                    }
                    else
                    {
                        builder.Append(c < ' ' && c != '\t' ? ' ' : c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    private static bool NeedsXmlEscaping(string text)
    {
        foreach (var c in text)
        {
            if (c < ' ' || c is '&' or '<' or '>' or '\u0085' or '\u2028' or '\u2029' or '\uFFFE' or '\uFFFF' || char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Joins wire values for documentation, e.g. <c>1:1, 16:9</c>.</summary>
    public static string Join(System.Collections.Generic.IEnumerable<string> values) => Xml(string.Join(", ", values));

    public static string Code(string text) => "<c>" + Xml(text) + "</c>";
}
