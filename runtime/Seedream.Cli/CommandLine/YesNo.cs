using System;

namespace Seedream.Cli;

/// <summary>A yes-or-no value as people type it: yes/no, true/false, on/off, 1/0, y/n, in any letter case.</summary>
internal static class YesNo
{
    /// <summary>The accepted words, for help texts and error messages.</summary>
    public const string Forms = "yes or no (also true/false, on/off, 1/0)";

    private static readonly string[] Yes = { "yes", "y", "true", "on", "1" };
    private static readonly string[] No = { "no", "n", "false", "off", "0" };

    /// <summary>Reads <paramref name="text"/> as yes or no.</summary>
    /// <param name="text">What was typed.</param>
    /// <param name="value">The value, when the text is one of the <see cref="Forms"/>.</param>
    /// <returns>Whether the text is a yes or a no.</returns>
    public static bool TryParse(string text, out bool value)
    {
        var word = text.Trim();
        value = Array.Exists(Yes, w => string.Equals(w, word, StringComparison.OrdinalIgnoreCase));
        return value || Array.Exists(No, w => string.Equals(w, word, StringComparison.OrdinalIgnoreCase));
    }
}
