using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Seedream.Results;

/// <summary>The name a saved image is given: <c>&lt;task id&gt;-&lt;index&gt;</c>, made safe and bounded in length, never empty.</summary>
internal static class ImageFileName
{
    /// <summary>The longest stem written (the index and extension come on top), well inside every file system's limit.</summary>
    private const int MaxStemLength = 80;

    private const int HashBytes = 8;

    /// <summary>
    /// The file stem of image <paramref name="index"/> of task <paramref name="taskId"/>: the id itself when it is short
    /// and made of safe characters (ASCII letters and digits, <c>-</c>, <c>_</c>, <c>.</c>, not starting with a dot);
    /// otherwise its safe characters (others as <c>_</c>), shortened, then a hash of the whole id, so two ids never share
    /// a name (<c>task:1</c> and <c>task_1</c> would otherwise overwrite each other). Never empty.
    /// </summary>
    public static string Stem(string taskId, int index)
    {
        var safe = new StringBuilder(taskId.Length);
        foreach (var c in taskId)
        {
            safe.Append(c < 128 && (char.IsLetterOrDigit(c) || c == '-' || c == '_' || c == '.') ? c : '_');
        }

        var name = safe.ToString().TrimStart('.');
        if (name != taskId || name.Length > MaxStemLength || name.Trim('_', '.').Length == 0)
        {
            var keep = Math.Min(name.Trim('_', '.').Length == 0 ? 0 : name.Length, MaxStemLength - (HashBytes * 2) - 1);
            name = (keep > 0 ? name.Substring(0, keep) + "-" : "task-") + Hash(taskId);
        }

        return name + "-" + index.ToString(CultureInfo.InvariantCulture);
    }

    private static string Hash(string text)
    {
        using (var sha = SHA256.Create())
        {
            return BitConverter.ToString(sha.ComputeHash(Encoding.UTF8.GetBytes(text)), 0, HashBytes).Replace("-", string.Empty).ToLowerInvariant();
        }
    }
}
