using System;
using System.Text;

namespace Seedream.Results;

/// <summary>
/// Decodes the <c>b64_json</c> of a result image in every shape senders use: with or without a
/// <c>data:…;base64,</c> prefix, with white space or line breaks inside, with or without <c>=</c> padding,
/// in the standard or the URL-safe (<c>-</c>, <c>_</c>) alphabet.
/// </summary>
internal static class Base64Image
{
    /// <summary>The decoded bytes.</summary>
    /// <exception cref="FormatException">The text is not Base64 in any of those shapes.</exception>
    public static byte[] Decode(string data)
    {
        var text = data.Trim();
        if (text.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            var comma = text.IndexOf(',');
            text = comma < 0 ? string.Empty : text.Substring(comma + 1);
        }

        var standard = new StringBuilder(text.Length + 3);
        foreach (var c in text)
        {
            switch (c)
            {
                case '-': standard.Append('+'); break;
                case '_': standard.Append('/'); break;
                case '=': break;
                default:
                    if (!char.IsWhiteSpace(c))
                    {
                        standard.Append(c);
                    }

                    break;
            }
        }

        if (standard.Length % 4 == 1)
        {
            throw new FormatException($"The Base64 data has {standard.Length} characters, which no padding can complete.");
        }

        standard.Append('=', (4 - (standard.Length % 4)) % 4);
        return Convert.FromBase64String(standard.ToString());
    }
}
