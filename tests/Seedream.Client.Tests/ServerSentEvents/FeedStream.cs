using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace Seedream.Client.Tests.ServerSentEvents;

/// <summary>
/// A body the test writes while it is being read, as a server sends a stream: a read waits for the next
/// <see cref="Send"/> (or the end, <see cref="End"/>) and honours its cancellation token. <see cref="Reads"/>
/// counts the reads asked for.
/// </summary>
internal sealed class FeedStream : Stream
{
    private readonly Channel<byte[]> _chunks = Channel.CreateUnbounded<byte[]>();
    private byte[] _current = Array.Empty<byte>();
    private int _offset;
    private int _reads;

    /// <summary>How many reads the reader asked for.</summary>
    public int Reads => Volatile.Read(ref _reads);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>Sends <paramref name="text"/> as UTF-8.</summary>
    public void Send(string text) => _chunks.Writer.TryWrite(Encoding.UTF8.GetBytes(text));

    /// <summary>Ends the body: the reads after the bytes sent answer 0.</summary>
    public void End() => _chunks.Writer.TryComplete();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("Read the feed asynchronously.");

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _reads);
        while (_offset == _current.Length)
        {
            if (!await _chunks.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return 0;
            }

            _chunks.Reader.TryRead(out var next);
            _current = next!;
            _offset = 0;
        }

        var take = Math.Min(buffer.Length, _current.Length - _offset);
        _current.AsMemory(_offset, take).CopyTo(buffer);
        _offset += take;
        return take;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
