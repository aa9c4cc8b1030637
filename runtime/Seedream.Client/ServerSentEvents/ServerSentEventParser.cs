using System;
using System.Collections.Generic;
using System.Text;

namespace Seedream.ServerSentEvents;

/// <summary>
/// Turns the bytes of a <c>text/event-stream</c> body into events, by the WHATWG HTML specification's "event
/// stream interpretation", fed in pieces split anywhere (inside a UTF-8 character, between a CR and its LF):
/// one leading byte order mark is skipped; lines end with CR LF, LF or CR; a blank line dispatches; a line that
/// starts with a colon is a comment; a field is the text before the first colon (or the whole line) and its
/// value the text after it, less one leading space; <c>data</c> values are joined by LF, <c>event</c> sets the
/// type (<c>message</c> when empty), <c>id</c> the last event id (kept across events; ignored when it holds
/// NUL), <c>retry</c> the reconnection time (ASCII digits only); other fields are ignored; a blank line with no
/// data dispatches nothing and forgets the type; an event not ended by a blank line is never dispatched.
/// Text is UTF-8; invalid bytes read as U+FFFD.
/// <para>
/// One event block (the bytes since the last blank line: field names, values, comments, one byte for each line
/// end) may hold at most the bound given; the parser stops at the first byte over it, having dispatched every
/// event before, and sets <see cref="Overflowed"/>. Its memory is therefore bounded by about twice the bound.
/// </para>
/// </summary>
internal sealed class ServerSentEventParser
{
    private const byte Cr = (byte)'\r';
    private const byte Lf = (byte)'\n';
    private const byte Colon = (byte)':';
    private const byte Space = (byte)' ';
    private const string DefaultEventType = "message";

    private static readonly byte[] Bom = { 0xEF, 0xBB, 0xBF };
    private static readonly UTF8Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private readonly int _maxEventBytes;
    private readonly ByteBuffer _line = new ByteBuffer();
    private readonly ByteBuffer _data = new ByteBuffer();
    private readonly byte[] _start = new byte[3];
    private int _startLength;
    private bool _started;
    private bool _afterCr;
    private int _eventBytes;
    private string _eventType = string.Empty;
    private string _lastEventId = string.Empty;
    private TimeSpan? _retry;

    /// <param name="maxEventBytes">The most bytes one event block may hold; positive.</param>
    public ServerSentEventParser(int maxEventBytes)
    {
        _maxEventBytes = maxEventBytes > 0 ? maxEventBytes : throw new ArgumentOutOfRangeException(nameof(maxEventBytes), maxEventBytes, "The event size bound must be positive.");
    }

    /// <summary>The most bytes one event block may hold.</summary>
    public int MaxEventBytes => _maxEventBytes;

    /// <summary>Whether an event block passed the bound; the parser then reads nothing more.</summary>
    public bool Overflowed { get; private set; }

    /// <summary>Parses the next <paramref name="bytes"/> of the body, adding each event dispatched to <paramref name="dispatched"/>, in order.</summary>
    /// <param name="bytes">The next bytes; any length, split anywhere.</param>
    /// <param name="dispatched">Receives the events; not cleared.</param>
    public void Feed(ReadOnlySpan<byte> bytes, List<ServerSentEvent> dispatched)
    {
        if (!_started)
        {
            bytes = SkipByteOrderMark(bytes, dispatched);
        }

        while (!bytes.IsEmpty && !Overflowed)
        {
            if (_afterCr)
            {
                _afterCr = false;
                if (bytes[0] == Lf)
                {
                    bytes = bytes.Slice(1);
                    continue;
                }
            }

            var lineEnd = bytes.IndexOfAny(Cr, Lf);
            var content = lineEnd < 0 ? bytes : bytes.Slice(0, lineEnd);
            if (content.Length > _maxEventBytes - _eventBytes)
            {
                Overflowed = true;
                return;
            }

            _line.Append(content);
            _eventBytes += content.Length;
            if (lineEnd < 0)
            {
                return;
            }

            _afterCr = bytes[lineEnd] == Cr;
            bytes = bytes.Slice(lineEnd + 1);
            EndLine(dispatched);
        }
    }

    /// <summary>
    /// Holds the body's first bytes until they show whether it starts with a byte order mark; skips one, or
    /// feeds them as they are. Answers what is left of <paramref name="bytes"/>.
    /// </summary>
    private ReadOnlySpan<byte> SkipByteOrderMark(ReadOnlySpan<byte> bytes, List<ServerSentEvent> dispatched)
    {
        while (_startLength < Bom.Length && !bytes.IsEmpty && bytes[0] == Bom[_startLength])
        {
            _start[_startLength++] = bytes[0];
            bytes = bytes.Slice(1);
        }

        if (_startLength == Bom.Length)
        {
            _started = true;
        }
        else if (!bytes.IsEmpty)
        {
            // Not a byte order mark: what was held is the start of the first line.
            _started = true;
            Feed(_start.AsSpan(0, _startLength), dispatched);
        }

        return bytes;
    }

    private void EndLine(List<ServerSentEvent> dispatched)
    {
        if (_line.Length == 0)
        {
            Dispatch(dispatched);
            _eventBytes = 0;
            return;
        }

        if (_eventBytes == _maxEventBytes)
        {
            Overflowed = true;
            return;
        }

        _eventBytes++;
        ProcessField(_line.Span);
        _line.Clear();
    }

    private void ProcessField(ReadOnlySpan<byte> line)
    {
        var colon = line.IndexOf(Colon);
        if (colon == 0)
        {
            return;
        }

        var name = colon < 0 ? line : line.Slice(0, colon);
        var value = colon < 0 ? ReadOnlySpan<byte>.Empty : line.Slice(colon + 1);
        if (!value.IsEmpty && value[0] == Space)
        {
            value = value.Slice(1);
        }

        if (Is(name, "data"))
        {
            _data.Append(value);
            _data.Append(Lf);
        }
        else if (Is(name, "event"))
        {
            _eventType = Decode(value);
        }
        else if (Is(name, "id"))
        {
            if (value.IndexOf((byte)0) < 0)
            {
                _lastEventId = Decode(value);
            }
        }
        else if (Is(name, "retry"))
        {
            _retry = ReadRetry(value) ?? _retry;
        }
    }

    private void Dispatch(List<ServerSentEvent> dispatched)
    {
        if (_data.Length > 0)
        {
            var data = _data.Span.Slice(0, _data.Length - 1);
            dispatched.Add(new ServerSentEvent(_eventType.Length == 0 ? DefaultEventType : _eventType, Decode(data), _lastEventId, _retry));
        }

        _data.Clear();
        _eventType = string.Empty;
    }

    /// <summary>A reconnection time of ASCII digits, in milliseconds; one too large for a <see cref="TimeSpan"/> is its largest.</summary>
    private static TimeSpan? ReadRetry(ReadOnlySpan<byte> value)
    {
        if (value.IsEmpty)
        {
            return null;
        }

        var maxMilliseconds = (long)TimeSpan.MaxValue.TotalMilliseconds;
        long milliseconds = 0;
        foreach (var digit in value)
        {
            if (digit < (byte)'0' || digit > (byte)'9')
            {
                return null;
            }

            milliseconds = milliseconds > (maxMilliseconds - 9) / 10 ? maxMilliseconds : (milliseconds * 10) + (digit - (byte)'0');
        }

        return milliseconds >= maxMilliseconds ? TimeSpan.MaxValue : TimeSpan.FromMilliseconds(milliseconds);
    }

    private static bool Is(ReadOnlySpan<byte> name, string field)
    {
        if (name.Length != field.Length)
        {
            return false;
        }

        for (var i = 0; i < name.Length; i++)
        {
            if (name[i] != field[i])
            {
                return false;
            }
        }

        return true;
    }

    private static string Decode(ReadOnlySpan<byte> bytes) =>
#if NET
        Utf8.GetString(bytes);
#else
        Utf8.GetString(bytes.ToArray());
#endif
}
