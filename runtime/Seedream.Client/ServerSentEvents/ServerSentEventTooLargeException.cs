using System;
using System.Globalization;

namespace Seedream.ServerSentEvents;

/// <summary>
/// A <c>text/event-stream</c> body held an event block larger than the reader's bound; the stream was not read
/// further. The events before it were read.
/// </summary>
internal sealed class ServerSentEventTooLargeException : Exception
{
    /// <param name="maxEventBytes">The bound that was passed, in bytes.</param>
    public ServerSentEventTooLargeException(int maxEventBytes)
        : base(string.Format(
            CultureInfo.InvariantCulture,
            "A server-sent event is larger than {0} bytes, the most this client reads in one event (field names, comments and line ends included); the stream was not read further.",
            maxEventBytes))
    {
        MaxEventBytes = maxEventBytes;
    }

    /// <summary>The bound that was passed, in bytes.</summary>
    public int MaxEventBytes { get; }
}
