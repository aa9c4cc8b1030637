using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Seedream.Client.Tests.Infrastructure;

/// <summary>A body whose length the server does not declare (no Content-Length).</summary>
internal sealed class UnknownLengthStream : MemoryStream
{
    public UnknownLengthStream(byte[] data)
        : base(data, writable: false)
    {
    }

    public override bool CanSeek => false;
}

/// <summary>A body that delivers some bytes and then fails as a dropped connection does.</summary>
internal sealed class BreakingStream : Stream
{
    private readonly byte[] _prefix;
    private int _position;

    public BreakingStream(byte[] prefix)
    {
        _prefix = prefix;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_position >= _prefix.Length)
        {
            throw new IOException("The connection was reset by the peer.");
        }

        var take = Math.Min(count, _prefix.Length - _position);
        Array.Copy(_prefix, _position, buffer, offset, take);
        _position += take;
        return take;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer, offset, count));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
