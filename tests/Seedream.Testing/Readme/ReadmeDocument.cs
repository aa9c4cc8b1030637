using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Seedream.Testing.Readme;

/// <summary>A README of the repository as a reader meets it: its sections and its fenced blocks, for tests that check what it says.</summary>
public sealed class ReadmeDocument
{
    private readonly IReadOnlyList<string> _lines;

    private ReadmeDocument(IReadOnlyList<string> lines) => _lines = lines;

    /// <summary>The repository's README.md.</summary>
    public static ReadmeDocument Main { get; } = Load("README.md");

    /// <summary>The whole text, lines joined with <c>\n</c>.</summary>
    public string Text => string.Join('\n', _lines);

    /// <summary>Reads a README, e.g. <c>Load("generator", "Seedream.Generators", "README.md")</c>.</summary>
    /// <param name="relativePath">Its path under the repository's root.</param>
    public static ReadmeDocument Load(params string[] relativePath) => new(File.ReadAllLines(RepositoryPaths.Of(relativePath)));

    /// <summary>The section that starts with the heading line <paramref name="heading"/> (e.g. <c>## The emulator</c>), up to the next heading of its level or a higher one.</summary>
    /// <param name="heading">The heading line, exactly.</param>
    /// <exception cref="InvalidOperationException">No line is that heading.</exception>
    public ReadmeDocument Section(string heading)
    {
        var start = _lines.ToList().IndexOf(heading);
        if (start < 0)
        {
            throw new InvalidOperationException($"The README has no heading \"{heading}\".");
        }

        var level = heading.TakeWhile(character => character == '#').Count();
        var end = start + 1;
        var inBlock = false;
        while (end < _lines.Count && (inBlock || !IsHeadingOfLevelAtMost(_lines[end], level)))
        {
            inBlock ^= _lines[end].TrimStart().StartsWith("```", StringComparison.Ordinal);
            end++;
        }

        return new ReadmeDocument(_lines.Skip(start).Take(end - start).ToList());
    }

    /// <summary>The headings of one level (<c>###</c> is 3), without their marks, in order.</summary>
    /// <param name="level">How many <c>#</c>.</param>
    public IReadOnlyList<string> Headings(int level)
    {
        var headings = new List<string>();
        var inBlock = false;
        foreach (var line in _lines)
        {
            inBlock ^= line.TrimStart().StartsWith("```", StringComparison.Ordinal);
            if (!inBlock && line.StartsWith(new string('#', level) + " ", StringComparison.Ordinal))
            {
                headings.Add(line.Substring(level + 1).Trim());
            }
        }

        return headings;
    }

    /// <summary>The fenced blocks opened with <c>```</c><paramref name="language"/>, each as its lines joined with <c>\n</c>.</summary>
    /// <param name="language">The block's language, e.g. <c>json</c>, <c>bash</c>, <c>text</c>.</param>
    public IReadOnlyList<string> Blocks(string language) =>
        FencedBlocks(_lines, language).Select(block => string.Join('\n', block.Lines)).ToList();

    /// <summary>The fenced blocks of Markdown <paramref name="lines"/> opened with <c>```</c><paramref name="language"/>, in order.</summary>
    /// <param name="lines">The Markdown text's lines.</param>
    /// <param name="language">The block's language, e.g. <c>csharp</c>.</param>
    /// <returns>Each block's first line of code (1-based) and its lines, without the fences.</returns>
    public static IEnumerable<(int FirstLine, IReadOnlyList<string> Lines)> FencedBlocks(IReadOnlyList<string> lines, string language)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Trim() != "```" + language)
            {
                continue;
            }

            var block = new List<string>();
            var first = i + 2;
            for (i++; i < lines.Count && lines[i].Trim() != "```"; i++)
            {
                block.Add(lines[i]);
            }

            yield return (first, block);
        }
    }

    private static bool IsHeadingOfLevelAtMost(string line, int level)
    {
        var marks = line.TakeWhile(character => character == '#').Count();
        return marks >= 1 && marks <= level && line.Length > marks && line[marks] == ' ';
    }
}
