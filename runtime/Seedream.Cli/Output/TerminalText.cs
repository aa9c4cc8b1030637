using System.Globalization;
using System.Text;

namespace Seedream.Cli.Output;

/// <summary>
/// Makes text from outside the CLI (the server's ids, statuses, error codes and messages; the user's own
/// input echoed back) safe to print: control characters (ESC, CR, BEL, …), the line and paragraph separators
/// (U+2028, U+2029, which a terminal or a log viewer may break a line at, faking a line of the CLI's own) and the
/// invisible characters that reorder text on screen are shown as escapes such as <c>\x1B</c> or <c>\u202E</c>, so
/// the terminal shows them and never runs them.
/// </summary>
internal static class TerminalText
{
    /// <summary>The text with every control, line-separator and bidirectional-formatting character escaped; <see langword="null"/> stays <see langword="null"/>.</summary>
    /// <param name="text">Text that may come from a server or a user.</param>
    public static string? Escape(string? text)
    {
        if (text is null || !NeedsEscaping(text))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var character in text)
        {
            if (char.IsControl(character))
            {
                escaped.Append(character <= 0xFF ? $"\\x{(int)character:X2}" : $"\\u{(int)character:X4}");
            }
            else if (IsSeparatorOrBidirectionalFormatting(character))
            {
                escaped.Append(CultureInfo.InvariantCulture, $"\\u{(int)character:X4}");
            }
            else
            {
                escaped.Append(character);
            }
        }

        return escaped.ToString();
    }

    private static bool NeedsEscaping(string text)
    {
        foreach (var character in text)
        {
            if (char.IsControl(character) || IsSeparatorOrBidirectionalFormatting(character))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSeparatorOrBidirectionalFormatting(char character) =>
        character is '\u2028' or '\u2029' or '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
