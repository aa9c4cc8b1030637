using System;

namespace Seedream.Emulator;

/// <summary>The request body is larger than <see cref="EmulatorOptions.MaxRequestBytes"/>; answered 413 with the error envelope.</summary>
internal sealed class RequestTooLargeException : Exception
{
    /// <summary>Creates the error.</summary>
    /// <param name="limit">The largest body read, in bytes.</param>
    public RequestTooLargeException(long limit)
        : base($"The request body is larger than {limit} bytes, the most this API reads; send a smaller request (reference images go by URL, not inline).")
    {
    }
}
