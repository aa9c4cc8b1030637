using System;

namespace Seedream.ServerSentEvents;

/// <summary>A growable run of bytes (a line, or an event's data) that the SSE parser appends to and clears.</summary>
internal sealed class ByteBuffer
{
    private byte[] _bytes = Array.Empty<byte>();

    /// <summary>How many bytes it holds.</summary>
    public int Length { get; private set; }

    /// <summary>The bytes it holds.</summary>
    public ReadOnlySpan<byte> Span => _bytes.AsSpan(0, Length);

    /// <summary>Appends <paramref name="bytes"/>, growing by doubling.</summary>
    public void Append(ReadOnlySpan<byte> bytes)
    {
        if (Length + bytes.Length > _bytes.Length)
        {
            var grown = new byte[Math.Max(Length + bytes.Length, Math.Max(64, _bytes.Length * 2))];
            Span.CopyTo(grown);
            _bytes = grown;
        }

        bytes.CopyTo(_bytes.AsSpan(Length));
        Length += bytes.Length;
    }

    /// <summary>Appends one byte.</summary>
    public void Append(byte value)
    {
        Span<byte> one = stackalloc byte[1];
        one[0] = value;
        Append(one);
    }

    /// <summary>Forgets the bytes it holds, keeping its room.</summary>
    public void Clear() => Length = 0;
}
