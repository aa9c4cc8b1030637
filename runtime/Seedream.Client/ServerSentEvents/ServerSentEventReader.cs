using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace Seedream.ServerSentEvents;

/// <summary>
/// Reads a <c>text/event-stream</c> body into events with <see cref="ServerSentEventParser"/> (the WHATWG
/// specification's rules, a bound on one event's size), yielding each as soon as its blank line arrives and
/// stopping at <c>data: [DONE]</c>.
/// </summary>
internal static class ServerSentEventReader
{
    /// <summary>
    /// A bound that holds the largest image the upstream images API makes, inline: 4096 x 4096 pixels
    /// (16,777,216, its largest size) x 4 bytes (RGBA) is 64 MiB stored without compression, 85.3 MiB in
    /// Base64; 96 MiB leaves room for the event's JSON around it.
    /// </summary>
    public const int DefaultMaxEventBytes = 96 * 1024 * 1024;

    private const int ReadSize = 16 * 1024;

    /// <summary>
    /// The events of <paramref name="body"/>, in order, each as soon as its blank line arrives. After the
    /// <c>data: [DONE]</c> event (yielded, <see cref="ServerSentEvent.IsDone"/>) nothing more is read; a body
    /// that ends first simply ends the sequence, without its unfinished last event.
    /// </summary>
    /// <param name="body">The body, read from where it stands; not disposed.</param>
    /// <param name="maxEventBytes">The most bytes one event block may hold on the wire (see <see cref="ServerSentEventParser"/>); positive.</param>
    /// <param name="cancellationToken">Stops the reading; passed to every read of <paramref name="body"/>.</param>
    /// <exception cref="ServerSentEventTooLargeException">An event block is larger than <paramref name="maxEventBytes"/>; the events before it were yielded.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="IOException">Reading <paramref name="body"/> failed (a connection cut, for one).</exception>
    public static async IAsyncEnumerable<ServerSentEvent> ReadAsync(Stream body, int maxEventBytes, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (body is null)
        {
            throw new ArgumentNullException(nameof(body));
        }

        var parser = new ServerSentEventParser(maxEventBytes);
        var dispatched = new List<ServerSentEvent>();
        var buffer = new byte[ReadSize];
        while (true)
        {
            var read = await body.ReadAsync(buffer, 0, buffer.Length, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                yield break;
            }

            parser.Feed(buffer.AsSpan(0, read), dispatched);
            foreach (var item in dispatched)
            {
                yield return item;
                if (item.IsDone)
                {
                    yield break;
                }
            }

            dispatched.Clear();
            if (parser.Overflowed)
            {
                throw new ServerSentEventTooLargeException(maxEventBytes);
            }
        }
    }
}
