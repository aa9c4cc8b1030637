using System.Collections.Generic;
using System.IO;
using System.Linq;
using Seedream.Testing.Readme;

namespace Seedream.Testing;

/// <summary>One <c>```csharp</c> block of a Markdown file.</summary>
/// <param name="Path">The Markdown file.</param>
/// <param name="FirstLine">The 1-based line of the block's first line of code.</param>
/// <param name="Lines">The block's lines, without the fences.</param>
public sealed record ReadmeBlock(string Path, int FirstLine, IReadOnlyList<string> Lines);

/// <summary>Reads the C# code a README shows, so tests compile (and run) what readers copy.</summary>
public static class ReadmeCode
{
    /// <summary>Every <c>```csharp</c> block of <paramref name="markdownPath"/>, in order.</summary>
    public static IReadOnlyList<ReadmeBlock> CSharpBlocks(string markdownPath) =>
        ReadmeDocument.FencedBlocks(File.ReadAllLines(markdownPath), "csharp")
            .Select(block => new ReadmeBlock(markdownPath, block.FirstLine, block.Lines))
            .ToList();
}
