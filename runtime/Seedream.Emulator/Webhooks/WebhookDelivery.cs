using System;

namespace Seedream.Emulator;

/// <summary>One attempt to deliver a finished task to its <c>callback_url</c>.</summary>
/// <param name="TaskId">The task delivered.</param>
/// <param name="Url">Where it was POSTed.</param>
/// <param name="Attempt">The attempt's number, from 1.</param>
/// <param name="StatusCode">The receiver's HTTP status, or <see langword="null"/> when no answer came.</param>
/// <param name="Error">Why no answer came (connection refused, timeout), or <see langword="null"/>.</param>
/// <param name="At">When the attempt was made, by the emulator's clock.</param>
public sealed record WebhookDelivery(string TaskId, Uri Url, int Attempt, int? StatusCode, string? Error, DateTimeOffset At)
{
    /// <summary>Whether the receiver answered 2xx.</summary>
    public bool Succeeded => StatusCode is >= 200 and < 300;
}
