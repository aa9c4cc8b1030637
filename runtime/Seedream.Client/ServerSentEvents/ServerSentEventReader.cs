using System;
using System.Collections.Generic;
using System.IO;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Seedream.ServerSentEvents;

/// <summary>
/// Reads a <c>text/event-stream</c> body by the WHATWG SSE specification, with the BCL's parser
/// (<see cref="SseParser"/>: <c>event:</c>, <c>data:</c>, <c>id:</c> and <c>retry:</c> fields, multi-line data,
/// comments, CR LF / LF / CR line ends, a field without a colon, one leading space after the colon removed, a
/// leading byte order mark, dispatch on a blank line, an unfinished last event discarded), adding what the
/// parser leaves to its caller: a bound on the size of one event, and a stop at <c>data: [DONE]</c>.
/// </summary>
internal static class ServerSentEventReader
{
    /// <summary>
    /// A bound that holds the largest image the upstream images API makes, inline: 4096 x 4096 pixels
    /// (16,777,216, its largest size) x 4 bytes (RGBA) is 64 MiB stored without compression, 85.3 MiB in
    /// Base64; 96 MiB leaves room for the event's JSON around it.
    /// </summary>
    public const int DefaultMaxEventBytes = 96 * 1024 * 1024;

    private static readonly UTF8Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>
    /// The events of <paramref name="body"/>, in order, each as soon as its blank line arrives. After the
    /// <c>data: [DONE]</c> event (yielded, <see cref="ServerSentEvent.IsDone"/>) nothing more is read; a body
    /// that ends first simply ends the sequence, without its unfinished last event.
    /// </summary>
    /// <param name="body">The body, read from where it stands; not disposed.</param>
    /// <param name="maxEventBytes">The most bytes one event block may hold on the wire (see <see cref="EventSizeGuardStream"/>); positive.</param>
    /// <param name="cancellationToken">Stops the reading; passed to every read of <paramref name="body"/>.</param>
    /// <exception cref="ServerSentEventTooLargeException">An event block is larger than <paramref name="maxEventBytes"/>; the events before it were yielded.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="IOException">Reading <paramref name="body"/> failed (a connection cut, for one).</exception>
    public static async IAsyncEnumerable<ServerSentEvent> ReadAsync(Stream body, int maxEventBytes, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var parser = SseParser.Create(new EventSizeGuardStream(body, maxEventBytes), static (_, data) => Decode(data));
        await foreach (var item in parser.EnumerateAsync(cancellationToken).ConfigureAwait(false))
        {
            var current = new ServerSentEvent(item.EventType, item.Data, item.EventId, item.ReconnectionInterval);
            yield return current;
            if (current.IsDone)
            {
                yield break;
            }
        }
    }

    private static string Decode(ReadOnlySpan<byte> data) =>
#if NET
        Utf8.GetString(data);
#else
        Utf8.GetString(data.ToArray());
#endif
}
