using System;
using System.Collections.Generic;
using System.Linq;

namespace Seedream.Testing.Sockets;

/// <summary>Finds an API key in text in any letter case, as a server that echoes it upper- or lower-cased would send it back.</summary>
public static class KeySearch
{
    /// <summary>The texts of <paramref name="texts"/> that hold <paramref name="key"/>, ignoring letter case.</summary>
    /// <param name="key">The secret.</param>
    /// <param name="texts">Exception texts, log lines, file names, process output.</param>
    public static IReadOnlyList<string> Holding(string key, IEnumerable<string?> texts) =>
        texts.Where(text => text is not null && text.Contains(key, StringComparison.OrdinalIgnoreCase)).Select(text => text!).ToList();
}
