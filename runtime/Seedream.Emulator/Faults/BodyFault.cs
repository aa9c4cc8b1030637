using System.IO;
using Microsoft.AspNetCore.Http;

namespace Seedream.Emulator;

/// <summary>
/// The body fault drawn for a request (a dropped connection, a truncated body or a stall), set as a request feature by
/// <see cref="FaultInjectionMiddleware"/> while it holds the answer back to break it. A stream claims the fault to apply it
/// between its events instead: its events then go straight to the client, and the middleware leaves the answer alone.
/// A stall is applied only when a stream claims it.
/// </summary>
internal sealed class BodyFault
{
    private readonly HttpResponse _response;
    private readonly Stream _clientBody;

    /// <summary>Creates the feature.</summary>
    /// <param name="kind">The fault drawn.</param>
    /// <param name="response">The answer being held.</param>
    /// <param name="clientBody">The answer's body stream to the client, before the middleware replaced it.</param>
    public BodyFault(FaultKind kind, HttpResponse response, Stream clientBody)
    {
        Kind = kind;
        _response = response;
        _clientBody = clientBody;
    }

    /// <summary>The fault drawn: <see cref="FaultKind.DroppedConnection"/>, <see cref="FaultKind.TruncatedBody"/> or <see cref="FaultKind.Stall"/>.</summary>
    public FaultKind Kind { get; }

    /// <summary>Whether a stream took the fault over.</summary>
    public bool Claimed { get; private set; }

    /// <summary>Takes the fault over for a stream, before anything was written: the answer goes straight to the client from here on.</summary>
    /// <returns>The fault to apply between the stream's events; the stream counts it when it applies it.</returns>
    public FaultKind Claim()
    {
        if (!ReferenceEquals(_response.Body, _clientBody))
        {
            _response.Body = _clientBody;
        }

        Claimed = true;
        return Kind;
    }
}
