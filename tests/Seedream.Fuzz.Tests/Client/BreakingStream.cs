using System;
using System.IO;

namespace Seedream.Fuzz.Tests.Client;

/// <summary>A body that delivers its first half, then fails as a dropped connection does.</summary>
internal sealed class BreakingStream : Stream
{
    private readonly byte[] _bytes;
    private readonly int _breakAt;
    private int _position;

    public BreakingStream(byte[] bytes)
    {
        _bytes = bytes;
        _breakAt = bytes.Length / 2;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException("The scripted body has no known length.");

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException("The scripted body cannot seek.");
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_position >= _breakAt)
        {
            throw new IOException("The connection was reset by the peer (scripted).");
        }

        var read = Math.Min(count, _breakAt - _position);
        Array.Copy(_bytes, _position, buffer, offset, read);
        _position += read;
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("The scripted body cannot seek.");

    public override void SetLength(long value) => throw new NotSupportedException("The scripted body is read-only.");

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("The scripted body is read-only.");
}
