using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Seedream.Fuzz.Tests.Tables;

/// <summary>A model table handed to the generator from memory, decoded from bytes as the compiler decodes a file.</summary>
internal sealed class InMemoryTable : AdditionalText
{
    private readonly SourceText _text;

    public InMemoryTable(string path, byte[] bytes)
    {
        Path = path;
        _text = SourceText.From(bytes, bytes.Length, encoding: null, throwIfBinaryDetected: false);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
