using System;
using System.IO;
using System.Text;
using Seedream.Logging;

namespace Seedream.Cli.Output;

/// <summary>
/// Writes through to another writer with the API key, in any letter case, replaced by <c>[redacted]</c> (the client's
/// <see cref="SecretRedactor"/>): whatever a server echoes (a task id, a status, an error text) and whatever a command
/// prints, the key never reaches the terminal, a pipe or a log file. Text that could be the start of the key is held back until what follows shows it is
/// not (a line break always does: the key has no control characters), so a key split across writes is caught too.
/// Not thread-safe on its own: <see cref="CliOutput"/> wraps it with <see cref="TextWriter.Synchronized"/>.
/// </summary>
internal sealed class RedactingWriter : TextWriter
{
    private readonly TextWriter _inner;
    private readonly string _key;
    private readonly SecretRedactor _redactor;
    private readonly StringBuilder _held = new();

    /// <summary>Creates the writer.</summary>
    /// <param name="inner">Where the redacted text goes.</param>
    /// <param name="key">The API key; not empty.</param>
    public RedactingWriter(TextWriter inner, string key)
    {
        _inner = inner;
        _key = key;
        _redactor = new SecretRedactor(key);
    }

    /// <inheritdoc />
    public override Encoding Encoding => _inner.Encoding;

    /// <inheritdoc />
    public override void Write(char value) => Write(value.ToString());

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    /// <inheritdoc />
    public override void Write(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        var text = _redactor.Redact(_held.Append(value).ToString())!;
        var held = StartOfKeyAtEnd(text);
        _inner.Write(text.AsSpan(0, text.Length - held));
        _held.Clear().Append(text, text.Length - held, held);
    }

    /// <inheritdoc />
    public override void Flush() => _inner.Flush();

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Write(_held.ToString());
            _held.Clear();
            _inner.Flush();
        }

        base.Dispose(disposing);
    }

    /// <summary>The length of the longest end of <paramref name="text"/> that is the start of the key.</summary>
    private int StartOfKeyAtEnd(string text)
    {
        for (var length = Math.Min(_key.Length - 1, text.Length); length > 0; length--)
        {
            if (text.AsSpan(text.Length - length).Equals(_key.AsSpan(0, length), StringComparison.OrdinalIgnoreCase))
            {
                return length;
            }
        }

        return 0;
    }
}
