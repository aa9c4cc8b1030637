using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Seedream.Batch.Input;

/// <summary>Turns a line's <c>name</c> into a file name stem that is safe on every file system and unique in its batch.</summary>
public static class OutputNames
{
    /// <summary>The longest stem kept, in characters, so that a suffix and an extension still fit common limits.</summary>
    public const int MaxLength = 80;

    /// <summary>
    /// Keeps letters, digits, <c>-</c>, <c>_</c> and <c>.</c>, replaces every other character with <c>_</c> (runs of them
    /// with one), trims dots and underscores at the ends (no hidden files, no <c>..</c>), and cuts to <see cref="MaxLength"/>.
    /// </summary>
    /// <param name="name">The name asked for.</param>
    /// <returns>The safe stem; <c>image</c> when nothing of the name is left.</returns>
    public static string Sanitise(string name)
    {
        var safe = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormC))
        {
            var keep = char.IsLetterOrDigit(c) || c is '-' or '_' or '.';
            if (keep)
            {
                safe.Append(c);
            }
            else if (safe.Length == 0 || safe[safe.Length - 1] != '_')
            {
                safe.Append('_');
            }
        }

        var text = safe.ToString().Trim('.', '_');
        if (text.Length > MaxLength)
        {
            text = text.Substring(0, MaxLength).TrimEnd('.', '_');
        }

        return text.Length == 0 ? "image" : text;
    }

    /// <summary>
    /// The stem for a job: its sanitised <c>name</c>, or <c>line-&lt;number&gt;</c> without one, with <c>-2</c>, <c>-3</c>, …
    /// added when another job of the batch already has it (compared without regard to case, as some file systems do).
    /// </summary>
    /// <param name="name">The name asked for, or <see langword="null"/>.</param>
    /// <param name="lineNumber">The job's line number.</param>
    /// <param name="taken">The stems already given; the result is added to it.</param>
    public static string Assign(string? name, int lineNumber, ISet<string> taken)
    {
        var stem = name is null ? "line-" + lineNumber.ToString(CultureInfo.InvariantCulture) : Sanitise(name);
        var candidate = stem;
        for (var suffix = 2; !taken.Add(candidate); suffix++)
        {
            candidate = stem + "-" + suffix.ToString(CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    /// <summary>A set for <see cref="Assign"/> that compares stems as a case-insensitive file system does.</summary>
    public static ISet<string> NewSet() => new HashSet<string>(StringComparer.OrdinalIgnoreCase);
}
