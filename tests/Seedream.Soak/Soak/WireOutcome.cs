namespace Seedream.Soak.Soak;

/// <summary>How one create request ended on the wire, as the emulator documents its faults.</summary>
internal enum WireOutcome
{
    /// <summary>A 2xx answer: the task was created (even if the body arrived cut short).</summary>
    Answered,

    /// <summary>An explicit 429 or 503: nothing was created, and the client may send the request again.</summary>
    RateLimitedOrUnavailable,

    /// <summary>A 500. The emulator injects it before handling, but a real server may have created the task: the client must not send again.</summary>
    ServerError,

    /// <summary>The connection broke while the answer arrived: the request was handled, so the task was created.</summary>
    BrokeAfterHandling,

    /// <summary>Any other status (a 4xx from validation): nothing was created.</summary>
    Rejected,
}
