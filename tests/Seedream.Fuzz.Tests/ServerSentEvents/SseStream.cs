using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Seedream.Fuzz.Tests.Infrastructure;

namespace Seedream.Fuzz.Tests.ServerSentEvents;

/// <summary>
/// A well-formed <c>text/event-stream</c> body drawn from random choices, with the outcome the SSE specification
/// gives for it (the oracle): blocks of <c>event</c>, <c>data</c> (several lines, with or without the space after
/// the colon, or no colon at all), <c>id</c>, <c>retry</c>, unknown fields and comments in any order; blocks
/// without data; any line ends, mixed (CR LF, LF, CR); a byte order mark; a <c>data: [DONE]</c>; an unfinished
/// last event; text in several scripts. The size bound is drawn small enough, now and then, to be passed.
/// </summary>
internal sealed class SseStream
{
    private static readonly string[] Words = { "a", "image_generation.partial_succeeded", "{\"type\":\"x\",\"n\":1}", "一只柴犬", "🐕", "é", "data", "id", ": not a comment", " two spaces", ":", "[DONE]x", "\t", "\u2028", "event" };
    private static readonly string[] Ends = { "\n", "\r\n", "\r" };

    private SseStream(byte[] bytes, SseOutcome expected, int maxEventBytes, string text)
    {
        Bytes = bytes;
        Expected = expected;
        MaxEventBytes = maxEventBytes;
        Text = text;
    }

    public byte[] Bytes { get; }

    /// <summary>What the specification reads from <see cref="Bytes"/> under <see cref="MaxEventBytes"/>.</summary>
    public SseOutcome Expected { get; }

    public int MaxEventBytes { get; }

    /// <summary>The body as text, for a failure report.</summary>
    public string Text { get; }

    public static SseStream Build(ChoiceReader pick)
    {
        var lines = new List<(string Text, bool BlockEnd)>();
        var blocks = new List<(string? Type, List<string>? Data, string? Id, long? Retry)>();
        var blockCount = 1 + pick.Pick(8);
        for (var b = 0; b < blockCount; b++)
        {
            string? type = null;
            List<string>? data = null;
            string? id = null;
            long? retry = null;
            var fieldCount = pick.Pick(6);
            for (var f = 0; f < fieldCount; f++)
            {
                switch (pick.Pick(7))
                {
                    case 0:
                        type = Word(pick);
                        lines.Add((Field("event", type, pick), false));
                        break;
                    case 1:
                    case 2:
                        var value = pick.Chance(15) ? string.Empty : Word(pick) + (pick.Chance(50) ? Word(pick) : string.Empty);
                        (data ??= new List<string>()).Add(value);
                        lines.Add((value.Length == 0 && pick.Chance(50) ? "data" : Field("data", value, pick), false));
                        break;
                    case 3:
                        id = pick.Chance(20) ? string.Empty : Word(pick);
                        lines.Add((Field("id", id, pick), false));
                        break;
                    case 4:
                        retry = pick.Pick(100000);
                        lines.Add((Field("retry", retry.Value.ToString(CultureInfo.InvariantCulture), pick), false));
                        break;
                    case 5:
                        lines.Add((":" + Word(pick), false));
                        break;
                    default:
                        lines.Add((pick.Chance(50) ? "unknown: " + Word(pick) : "retry: soon", false));
                        break;
                }
            }

            if (data is null && pick.Chance(10))
            {
                data = new List<string> { "[DONE]" };
                lines.Add(("data: [DONE]", false));
            }

            lines.Add((string.Empty, true));
            blocks.Add((type, data, id, retry));
        }

        var unfinished = pick.Chance(30) ? "data: " + Word(pick) : null;
        var text = new StringBuilder(pick.Chance(20) ? "\uFEFF" : string.Empty);
        var previousEnd = string.Empty;
        foreach (var line in lines)
        {
            var end = Ends[pick.Pick(Ends.Length)];
            if (previousEnd == "\r" && line.Text.Length == 0 && end == "\n")
            {
                // A lone LF after a CR would join it as one CR LF.
                end = "\r";
            }

            text.Append(line.Text).Append(end);
            previousEnd = end;
        }

        if (unfinished is not null)
        {
            text.Append(unfinished);
        }

        var body = text.ToString();
        var largestBlock = BlockSizes(lines, unfinished).DefaultIfEmpty(0).Max();
        var maxEventBytes = pick.Chance(25) ? Math.Max(1, largestBlock - pick.Pick(largestBlock + 1)) : largestBlock + 1 + pick.Pick(64);
        return new SseStream(Encoding.UTF8.GetBytes(body), Oracle(lines, blocks, unfinished, maxEventBytes), maxEventBytes, body);
    }

    /// <summary>Each event block's size as the bound counts it: UTF-8 bytes of each non-blank line and one for its end.</summary>
    private static IEnumerable<int> BlockSizes(List<(string Text, bool BlockEnd)> lines, string? unfinished)
    {
        var size = 0;
        foreach (var line in lines)
        {
            if (line.BlockEnd)
            {
                yield return size;
                size = 0;
            }
            else
            {
                size += Encoding.UTF8.GetByteCount(line.Text) + 1;
            }
        }

        if (unfinished is not null)
        {
            yield return size + Encoding.UTF8.GetByteCount(unfinished);
        }
    }

    private static SseOutcome Oracle(List<(string Text, bool BlockEnd)> lines, List<(string? Type, List<string>? Data, string? Id, long? Retry)> blocks, string? unfinished, int maxEventBytes)
    {
        var events = new List<string>();
        var lastEventId = string.Empty;
        long? retry = null;
        var sizes = BlockSizes(lines, unfinished).ToList();
        for (var b = 0; b < blocks.Count; b++)
        {
            if (sizes[b] > maxEventBytes)
            {
                return new SseOutcome(events, tooLarge: true);
            }

            var block = blocks[b];
            lastEventId = block.Id ?? lastEventId;
            retry = block.Retry ?? retry;
            if (block.Data is null)
            {
                continue;
            }

            var data = string.Join("\n", block.Data);
            var done = data == "[DONE]";
            events.Add(SseOutcome.Describe(string.IsNullOrEmpty(block.Type) ? "message" : block.Type, data, lastEventId, retry is long ms ? TimeSpan.FromMilliseconds(ms) : null, done));
            if (done)
            {
                return new SseOutcome(events, tooLarge: false);
            }
        }

        return new SseOutcome(events, tooLarge: unfinished is not null && sizes[^1] > maxEventBytes);
    }

    private static string Field(string name, string value, ChoiceReader pick) =>
        value.StartsWith(' ') || pick.Chance(50) ? name + ": " + value : name + ":" + value;

    private static string Word(ChoiceReader pick) => Words[pick.Pick(Words.Length)];
}
