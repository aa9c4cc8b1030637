using System;
using System.Collections.Generic;
using System.Linq;

namespace Seedream.Cli;

/// <summary>
/// Finds the command a person most likely meant when they mistyped one (<c>model</c> for <c>models</c>,
/// <c>genrate</c> for <c>generate</c>, <c>stat</c> for <c>status</c>): a command the word begins, or one a
/// few edits away (one edit per three letters typed, at least one).
/// </summary>
internal static class CommandSuggestion
{
    /// <summary>The closest of <paramref name="commands"/> to <paramref name="typed"/>, or <see langword="null"/> when none is close.</summary>
    /// <param name="typed">What was typed where a command belongs.</param>
    /// <param name="commands">The command names.</param>
    public static string? Closest(string typed, IEnumerable<string> commands)
    {
        var word = typed.Trim().ToLowerInvariant();
        var mostEdits = Math.Max(1, word.Length / 3);
        return commands
            .Select(name => (Name: name, Distance: name.StartsWith(word, StringComparison.Ordinal) && word.Length >= 3 ? 0 : Edits(word, name)))
            .Where(candidate => candidate.Distance <= mostEdits)
            .OrderBy(candidate => candidate.Distance)
            .Select(candidate => candidate.Name)
            .FirstOrDefault();
    }

    private static int Edits(string from, string to)
    {
        var previous = Enumerable.Range(0, to.Length + 1).ToArray();
        for (var i = 1; i <= from.Length; i++)
        {
            var current = new int[to.Length + 1];
            current[0] = i;
            for (var j = 1; j <= to.Length; j++)
            {
                var substitution = previous[j - 1] + (from[i - 1] == to[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            previous = current;
        }

        return previous[to.Length];
    }
}
