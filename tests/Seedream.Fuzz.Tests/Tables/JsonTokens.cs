using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Seedream.Fuzz.Tests.Tables;

/// <summary>
/// Splits JSON text into rough tokens (strings, numbers, words, punctuation), whitespace left out.
/// Forgiving on purpose: it must cut already-mutated text too, so nothing it meets is an error.
/// </summary>
internal static class JsonTokens
{
    /// <summary>Every distinct string token of the shipped tables.</summary>
    public static IReadOnlyList<string> OfShippedTables { get; } =
        ShippedTables.Bytes.SelectMany(bytes => Strings(Encoding.UTF8.GetString(bytes))).Distinct().ToList();

    public static List<(int Start, int Length)> Split(string text)
    {
        var tokens = new List<(int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var start = i;
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (c == '"')
            {
                i++;
                while (i < text.Length && text[i] != '"')
                {
                    i += text[i] == '\\' ? 2 : 1;
                }

                i = System.Math.Min(i + 1, text.Length);
            }
            else if (char.IsLetterOrDigit(c) || c == '-' || c == '+' || c == '.')
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '-' || text[i] == '+' || text[i] == '.'))
                {
                    i++;
                }
            }
            else
            {
                i++;
            }

            tokens.Add((start, i - start));
        }

        return tokens;
    }

    /// <summary>The string tokens of <paramref name="text"/>, quotes included.</summary>
    public static IEnumerable<string> Strings(string text)
    {
        foreach (var (start, length) in Split(text))
        {
            if (text[start] == '"')
            {
                yield return text.Substring(start, length);
            }
        }
    }
}
