using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Seedream.Testing.Streams;

/// <summary>
/// A body that hands out its bytes in reads no longer than the chunk lengths given, one chunk a read, as a
/// network body split into packets does (after the last chunk length, the rest in one read); every read
/// completes at once. <see cref="Consumed"/> counts the bytes handed out.
/// </summary>
public sealed class ChunkedReadStream : Stream
{
    private readonly byte[] _bytes;
    private readonly IReadOnlyList<int> _chunks;
    private int _position;
    private int _nextChunk;

    /// <param name="bytes">The whole body.</param>
    /// <param name="chunks">The length of each read, in order; each at least 1. Empty: one read takes all the caller asks for.</param>
    public ChunkedReadStream(byte[] bytes, IReadOnlyList<int> chunks)
    {
        _bytes = bytes;
        _chunks = chunks;
    }

    /// <summary>The bytes handed out so far.</summary>
    public int Consumed => _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var chunk = _nextChunk < _chunks.Count ? Math.Max(1, _chunks[_nextChunk++]) : int.MaxValue;
        var take = Math.Min(Math.Min(buffer.Length, chunk), _bytes.Length - _position);
        _bytes.AsSpan(_position, take).CopyTo(buffer);
        _position += take;
        return take;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Read(buffer.AsSpan(offset, count)));
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return new ValueTask<int>(Read(buffer.Span));
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
