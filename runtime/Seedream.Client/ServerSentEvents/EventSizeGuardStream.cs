using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Seedream.ServerSentEvents;

/// <summary>
/// A read-only view of a <c>text/event-stream</c> body that lets through no event block larger than a bound:
/// the bytes since the last blank line (the SSE dispatch point), counting field names, comments and one byte
/// for each line end.
/// It passes every byte before the first one over the bound, so the events completed before an oversized one
/// are still read, whatever the reads' boundaries; the read after that throws
/// <see cref="ServerSentEventTooLargeException"/>. The parser behind it therefore never buffers more than the
/// bound. Line ends are CR LF, LF or CR (a CR LF split across two reads is one line end), as the SSE
/// specification reads them.
/// </summary>
internal sealed class EventSizeGuardStream : Stream
{
    private const byte Cr = (byte)'\r';
    private const byte Lf = (byte)'\n';

    private readonly Stream _inner;
    private readonly int _maxEventBytes;
    private int _eventBytes;
    private bool _lineHasContent;
    private bool _afterCr;
    private bool _overflowed;

    /// <param name="inner">The body to read; not disposed by this view.</param>
    /// <param name="maxEventBytes">The most bytes one event block may hold; positive.</param>
    public EventSizeGuardStream(Stream inner, int maxEventBytes)
    {
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
        _maxEventBytes = maxEventBytes > 0 ? maxEventBytes : throw new ArgumentOutOfRangeException(nameof(maxEventBytes), maxEventBytes, "The event size bound must be positive.");
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        ThrowIfOverflowed();
        return Admit(buffer.AsSpan(offset, _inner.Read(buffer, offset, count)));
    }

    public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        ThrowIfOverflowed();
        var read = await _inner.ReadAsync(buffer, offset, count, cancellationToken).ConfigureAwait(false);
        return Admit(buffer.AsSpan(offset, read));
    }

#if NET
    public override int Read(Span<byte> buffer)
    {
        ThrowIfOverflowed();
        return Admit(buffer.Slice(0, _inner.Read(buffer)));
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        ThrowIfOverflowed();
        var read = await _inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        return Admit(buffer.Span.Slice(0, read));
    }
#endif

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <summary>
    /// Counts <paramref name="read"/> into the current event block and answers how many of its bytes may pass:
    /// all of them, or those before the first byte over the bound (the next read then throws). A read of 0
    /// bytes (the end of the body) passes as it is.
    /// </summary>
    private int Admit(ReadOnlySpan<byte> read)
    {
        var at = 0;
        while (at < read.Length)
        {
            var lineEnd = read.Slice(at).IndexOfAny(Cr, Lf);
            var content = lineEnd < 0 ? read.Length - at : lineEnd;
            if (content > 0)
            {
                _afterCr = false;
                _lineHasContent = true;
                if (content > _maxEventBytes - _eventBytes)
                {
                    return Overflow(at + (_maxEventBytes - _eventBytes));
                }

                _eventBytes += content;
                at += content;
                continue;
            }

            var end = read[at];
            at++;
            if (end == Lf && _afterCr)
            {
                // The LF of a CR LF whose CR ended the line already.
                _afterCr = false;
                continue;
            }

            _afterCr = end == Cr;
            if (!_lineHasContent)
            {
                // A blank line: the event block ends here.
                _eventBytes = 0;
                continue;
            }

            _lineHasContent = false;
            if (_eventBytes == _maxEventBytes)
            {
                return Overflow(at - 1);
            }

            _eventBytes++;
        }

        return read.Length;
    }

    /// <summary>
    /// Marks the bound as passed and answers the <paramref name="admitted"/> bytes before it; none would read as
    /// the end of the body, so then it throws at once.
    /// </summary>
    private int Overflow(int admitted)
    {
        _overflowed = true;
        if (admitted == 0)
        {
            ThrowIfOverflowed();
        }

        return admitted;
    }

    private void ThrowIfOverflowed()
    {
        if (_overflowed)
        {
            throw new ServerSentEventTooLargeException(_maxEventBytes);
        }
    }
}
