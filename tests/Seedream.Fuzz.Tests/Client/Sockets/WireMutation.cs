namespace Seedream.Fuzz.Tests.Client.Sockets;

/// <summary>What happens to an answer on the socket, on top of its mutated body.</summary>
internal enum WireMutation
{
    /// <summary>Sent as scripted (its <see cref="TransportFault"/> becomes a reset).</summary>
    None,

    /// <summary>Headers, then nothing more, ever.</summary>
    StallAfterHeaders,

    /// <summary>Headers and half the body, then nothing more, ever.</summary>
    StallMidBody,

    /// <summary>The body one byte at a time, far slower than the time limit allows.</summary>
    Trickle,

    /// <summary>Half the body, then the connection closes though Content-Length promised more.</summary>
    CloseEarly,

    /// <summary>Content-Length says half of what is sent.</summary>
    LengthShort,

    /// <summary>Content-Length says more than is sent; the connection then closes.</summary>
    LengthLong,

    /// <summary>The body in chunks, correctly framed.</summary>
    Chunked,

    /// <summary>The body in chunks with a damaged chunk size or no final chunk.</summary>
    ChunkedDamaged,

    /// <summary>Two contradicting Content-Type headers.</summary>
    DuplicateContentType,

    /// <summary>A header line without its colon, or with control characters.</summary>
    GarbledHeader,

    /// <summary>A Retry-After no reader should trust: NaN, 1e400, negative, huge, hex, blank, repeated.</summary>
    OddRetryAfter,

    /// <summary>A 301/302/307/308 to the same host, another host, file://, ftp:// or itself.</summary>
    Redirect,

    /// <summary>A body far past the client's cap, chunked or declared.</summary>
    Huge,

    /// <summary>A proxy's HTML error page (502, 503 or 504).</summary>
    GatewayPage,

    /// <summary>The API's error envelope with 429 or 503 (which created nothing), or another error status.</summary>
    ErrorEnvelope,

    /// <summary>The key, in some letter case, in answer headers (a cookie, an echo header, WWW-Authenticate).</summary>
    KeyInHeaders,

    /// <summary>For a download: HTML, XML or gzip bytes served as image/jpeg.</summary>
    ImageImpostor,
}
