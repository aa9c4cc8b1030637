using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Seedream.Generators.Model;

/// <summary>A place in a table file, as plain data (a <see cref="Location"/> compares by reference).</summary>
/// <param name="FilePath">The table's path.</param>
/// <param name="Span">The span in characters.</param>
/// <param name="LineSpan">The zero-based line and character positions of <paramref name="Span"/>.</param>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    /// <summary>No place: a diagnostic about the project, not about a line of a table.</summary>
    public static LocationInfo None { get; } = new(string.Empty, default, default);

    public Location ToLocation() => FilePath.Length == 0 ? Location.None : Location.Create(FilePath, Span, LineSpan);

    public static LocationInfo Create(string filePath, SourceText text, TextSpan span)
        => new(filePath, span, text.Lines.GetLinePositionSpan(span));
}
