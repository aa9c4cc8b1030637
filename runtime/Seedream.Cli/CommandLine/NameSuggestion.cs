using System;
using System.Collections.Generic;
using System.Linq;

namespace Seedream.Cli;

/// <summary>
/// Finds the command or option a person most likely meant when they mistyped one (<c>model</c> for <c>models</c>,
/// <c>genrate</c> for <c>generate</c>, <c>--modle</c> for <c>--model</c>, <c>--websearch</c> for <c>--web-search</c>):
/// one the word begins, or one a few edits away (one edit per three letters typed, at least one; two letters swapped are
/// one edit). Leading dashes and
/// letter case do not count.
/// </summary>
internal static class NameSuggestion
{
    /// <summary>The closest of <paramref name="names"/> to <paramref name="typed"/>, or <see langword="null"/> when none is close.</summary>
    /// <param name="typed">What was typed where a command or an option belongs.</param>
    /// <param name="names">The commands' or options' names and aliases.</param>
    public static string? Closest(string typed, IEnumerable<string> names)
    {
        var word = Word(typed);
        var mostEdits = Math.Max(1, word.Length / 3);
        return names
            .Select(name => (Name: name, Distance: Word(name).StartsWith(word, StringComparison.Ordinal) && word.Length >= 3 ? 0 : Edits(word, Word(name))))
            .Where(candidate => candidate.Distance <= mostEdits)
            .OrderBy(candidate => candidate.Distance)
            .Select(candidate => candidate.Name)
            .FirstOrDefault();
    }

    private static string Word(string name) => name.Trim().TrimStart('-').ToLowerInvariant();

    /// <summary>The edits that turn <paramref name="from"/> into <paramref name="to"/>: letters inserted, removed, replaced, or two neighbours swapped (<c>modle</c> → <c>model</c> is one).</summary>
    private static int Edits(string from, string to)
    {
        var d = new int[from.Length + 1, to.Length + 1];
        for (var i = 0; i <= from.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= to.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= from.Length; i++)
        {
            for (var j = 1; j <= to.Length; j++)
            {
                var replace = d[i - 1, j - 1] + (from[i - 1] == to[j - 1] ? 0 : 1);
                d[i, j] = Math.Min(replace, Math.Min(d[i - 1, j], d[i, j - 1]) + 1);
                if (i > 1 && j > 1 && from[i - 1] == to[j - 2] && from[i - 2] == to[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[from.Length, to.Length];
    }
}
