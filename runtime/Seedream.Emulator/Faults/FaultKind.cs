namespace Seedream.Emulator;

/// <summary>A kind of fault the emulator injects (see <see cref="FaultOptions"/>).</summary>
public enum FaultKind
{
    /// <summary>A 500 answer.</summary>
    ServerError,

    /// <summary>A 503 answer with <c>Retry-After</c>.</summary>
    ServiceUnavailable,

    /// <summary>A 429 answer with <c>Retry-After</c> (upstream: <c>ModelAccountIpmRateLimitExceeded</c>).</summary>
    RateLimited,

    /// <summary>Added latency before the request was handled.</summary>
    Latency,

    /// <summary>The connection was aborted after part of the answer (a stream: part of its events) was sent.</summary>
    DroppedConnection,

    /// <summary>The answer ended cleanly with only part of its body (a stream: part of its events).</summary>
    TruncatedBody,

    /// <summary>A stream paused for <see cref="FaultOptions.Stall"/> between two events.</summary>
    Stall,
}
