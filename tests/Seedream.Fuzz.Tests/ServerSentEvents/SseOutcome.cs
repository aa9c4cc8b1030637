using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Seedream.ServerSentEvents;
using Seedream.Testing.Streams;

namespace Seedream.Fuzz.Tests.ServerSentEvents;

/// <summary>What reading a body gave: the events, in order, and whether it ended on the size bound; compared as text.</summary>
internal sealed class SseOutcome
{
    public SseOutcome(IReadOnlyList<string> events, bool tooLarge)
    {
        Events = events;
        TooLarge = tooLarge;
    }

    public IReadOnlyList<string> Events { get; }

    public bool TooLarge { get; }

    /// <summary>
    /// The longest data of an event, in UTF-16 code units: never more than the raw bytes it was decoded from (an
    /// invalid byte becomes one U+FFFD, which re-encoded would take three).
    /// </summary>
    public int LargestData { get; private set; }

    /// <summary>
    /// Reads <paramref name="bytes"/> with <see cref="ServerSentEventReader"/>, served in reads of the
    /// <paramref name="chunks"/>' lengths (each read completes at once, so everything runs on this thread).
    /// Any exception other than the documented size error escapes.
    /// </summary>
    public static SseOutcome Read(byte[] bytes, IReadOnlyList<int> chunks, int maxEventBytes)
    {
        var events = new List<string>();
        var largest = 0;
        var tooLarge = false;
        var reader = ServerSentEventReader.ReadAsync(new ChunkedReadStream(bytes, chunks), maxEventBytes, CancellationToken.None).GetAsyncEnumerator();
        try
        {
            while (reader.MoveNextAsync().AsTask().GetAwaiter().GetResult())
            {
                var item = reader.Current;
                events.Add(Describe(item.EventType, item.Data, item.LastEventId, item.Retry, item.IsDone));
                largest = Math.Max(largest, item.Data.Length);
            }
        }
        catch (ServerSentEventTooLargeException error) when (error.MaxEventBytes == maxEventBytes)
        {
            tooLarge = true;
        }
        finally
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        return new SseOutcome(events, tooLarge) { LargestData = largest };
    }

    /// <summary>One event as text.</summary>
    public static string Describe(string type, string data, string lastEventId, TimeSpan? retry, bool done) =>
        string.Join("|", type, Escape(data), lastEventId, retry?.TotalMilliseconds.ToString(CultureInfo.InvariantCulture) ?? "-", done ? "DONE" : "-");

    public bool SameAs(SseOutcome other) => TooLarge == other.TooLarge && Events.SequenceEqual(other.Events, StringComparer.Ordinal);

    public override string ToString() =>
        $"{Events.Count} event(s){(TooLarge ? ", then the size error" : string.Empty)}: " + string.Join(" ‖ ", Events);

    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
