using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text.Encodings.Web;

namespace Seedream.Testing.Sockets;

/// <summary>Finds an API key in text in any letter case, as a server that echoes it upper- or lower-cased would send it back.</summary>
public static class KeySearch
{
    /// <summary>The texts of <paramref name="texts"/> that hold <paramref name="key"/>, ignoring letter case.</summary>
    /// <param name="key">The secret.</param>
    /// <param name="texts">Exception texts, log lines, file names, process output.</param>
    public static IReadOnlyList<string> Holding(string key, IEnumerable<string?> texts) =>
        texts.Where(text => text is not null && text.Contains(key, StringComparison.OrdinalIgnoreCase)).Select(text => text!).ToList();

    /// <summary>
    /// The key as each output format could spell it, every one of which a reader turns back into the key: as is,
    /// JSON-escaped (strictly, <c>\u002B</c> for <c>+</c>, and relaxed), HTML-encoded and URL-escaped.
    /// </summary>
    /// <param name="key">The secret.</param>
    public static IReadOnlyList<string> Spellings(string key) => new[]
    {
        key,
        JavaScriptEncoder.Default.Encode(key),
        JavaScriptEncoder.UnsafeRelaxedJsonEscaping.Encode(key),
        WebUtility.HtmlEncode(key),
        Uri.EscapeDataString(key),
    }.Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The spellings of <paramref name="key"/> (<see cref="Spellings"/>) that <paramref name="text"/> holds, in any letter case.</summary>
    /// <param name="key">The secret.</param>
    /// <param name="text">A file's or an output's text.</param>
    public static IReadOnlyList<string> SpellingsIn(string key, string text) =>
        Spellings(key).Where(spelling => text.Contains(spelling, StringComparison.OrdinalIgnoreCase)).ToList();
}
