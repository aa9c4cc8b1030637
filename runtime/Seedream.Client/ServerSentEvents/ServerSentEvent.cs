using System;

namespace Seedream.ServerSentEvents;

/// <summary>One event of a <c>text/event-stream</c> body, as the SSE specification dispatches it.</summary>
internal sealed class ServerSentEvent
{
    /// <summary>The <c>data</c> of the event that ends an OpenAI-style stream, the upstream images API's among them.</summary>
    public const string DoneData = "[DONE]";

    public ServerSentEvent(string eventType, string data, string lastEventId, TimeSpan? retry)
    {
        EventType = eventType;
        Data = data;
        LastEventId = lastEventId;
        Retry = retry;
    }

    /// <summary>The <c>event:</c> field; <c>message</c> when the event had none.</summary>
    public string EventType { get; }

    /// <summary>The <c>data:</c> fields, joined by line feeds (<c>\n</c>), decoded as UTF-8 (invalid bytes read as U+FFFD).</summary>
    public string Data { get; }

    /// <summary>The last event id the stream set (<c>id:</c>, kept across events); empty when none was set.</summary>
    public string LastEventId { get; }

    /// <summary>The reconnection time the stream last set (<c>retry:</c>, kept across events), or <see langword="null"/> when none was set.</summary>
    public TimeSpan? Retry { get; }

    /// <summary>Whether this is the <c>data: [DONE]</c> event that ends the stream.</summary>
    public bool IsDone => string.Equals(Data, DoneData, StringComparison.Ordinal);
}
