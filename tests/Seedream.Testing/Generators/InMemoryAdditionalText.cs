using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Seedream.Testing.Generators;

/// <summary>An additional file (a model table) held in memory, as the compiler hands it to the generator.</summary>
internal sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    /// <summary>A file of <paramref name="text"/>, encoded as UTF-8.</summary>
    /// <param name="path">The path the compiler reports, e.g. <c>/spec/models/seedream-5.0.json</c>.</param>
    /// <param name="text">The file's text.</param>
    public InMemoryAdditionalText(string path, string text)
    {
        Path = path;
        _text = SourceText.From(text, Encoding.UTF8);
    }

    /// <summary>A file of raw <paramref name="bytes"/>, decoded as the compiler decodes a file on disk (a byte order mark, else UTF-8), even when they look binary.</summary>
    /// <param name="path">The path the compiler reports.</param>
    /// <param name="bytes">The file's bytes, which need not be valid UTF-8.</param>
    public InMemoryAdditionalText(string path, byte[] bytes)
    {
        Path = path;
        _text = SourceText.From(bytes, bytes.Length, encoding: null, throwIfBinaryDetected: false);
    }

    /// <inheritdoc/>
    public override string Path { get; }

    /// <inheritdoc/>
    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
