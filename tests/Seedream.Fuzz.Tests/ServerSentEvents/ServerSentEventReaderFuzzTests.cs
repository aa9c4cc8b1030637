using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;
using Seedream.Fuzz.Tests.Infrastructure;
using Seedream.ServerSentEvents;
using Seedream.Testing.Streams;
using Xunit;
using Xunit.Abstractions;

namespace Seedream.Fuzz.Tests.ServerSentEvents;

/// <summary>
/// The SSE reader under generated bodies: a well-formed body reads as the specification says however its
/// bytes are split across reads; any bytes at all end in events or the documented size error, never another
/// exception, the same however they are split, with no event larger than the bound; and an endless event
/// stops the reading near the bound, in memory bounded by it rather than by the body.
/// </summary>
public sealed class ServerSentEventReaderFuzzTests
{
    private const int ShortCount = 2000;
    private const int MemoryShortCount = 200;

    /// <summary>The reader's own allowance beside the bound: its 16 KiB read buffer, the enumerator, the event list.</summary>
    private const long FixedAllowance = 128 * 1024;

    private static readonly Gen<int[]> Choices = Gen.Int[0, int.MaxValue].Array[32, 256];

    private static readonly byte[][] Pieces =
    {
        "\r"u8.ToArray(), "\n"u8.ToArray(), "\r\n"u8.ToArray(), ":"u8.ToArray(), " "u8.ToArray(), "data"u8.ToArray(), "event"u8.ToArray(),
        "id"u8.ToArray(), "retry"u8.ToArray(), "[DONE]"u8.ToArray(), "9223372036854775807"u8.ToArray(), "x"u8.ToArray(),
        new byte[] { 0xEF, 0xBB, 0xBF }, new byte[] { 0 }, new byte[] { 0xC3 }, new byte[] { 0xFF }, "一"u8.ToArray(),
    };

    private readonly ITestOutputHelper _output;

    public ServerSentEventReaderFuzzTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void AWellFormedBody_ReadsAsTheSpecificationSays_HoweverItIsSplit()
    {
        var tally = FuzzRunner.Run(
            Choices,
            FuzzSettings.Iterations(ShortCount),
            choices => Describe(SseStream.Build(new ChoiceReader(choices)), choices),
            choices =>
            {
                var stream = SseStream.Build(new ChoiceReader(choices));
                var whole = SseOutcome.Read(stream.Bytes, Array.Empty<int>(), stream.MaxEventBytes);
                Assert.True(stream.Expected.SameAs(whole), $"Read whole: {whole}{Environment.NewLine}Expected:   {stream.Expected}");
                var splits = Splits(new ChoiceReader(choices.Reverse().ToArray()), stream.Bytes.Length);
                var split = SseOutcome.Read(stream.Bytes, splits, stream.MaxEventBytes);
                Assert.True(stream.Expected.SameAs(split), $"Read in reads of {string.Join(",", splits)}: {split}{Environment.NewLine}Expected: {stream.Expected}");
                return (whole.TooLarge ? "size error after " : "ended after ") + Bucket(whole.Events.Count) + " event(s)";
            });

        _output.WriteLine(tally.Report("SSE reader, well-formed bodies (seed " + FuzzSettings.Seed + ")"));
    }

    [Fact]
    public void AnyBytes_EndInEventsOrTheSizeError_TheSameHoweverSplit_WithNoEventOverTheBound()
    {
        var tally = FuzzRunner.Run(
            Choices,
            FuzzSettings.Iterations(ShortCount),
            choices => Convert.ToHexString(ArbitraryBytes(new ChoiceReader(choices))),
            choices =>
            {
                var pick = new ChoiceReader(choices);
                var bytes = ArbitraryBytes(pick);
                var maxEventBytes = pick.Chance(50) ? bytes.Length + 1 : 1 + pick.Pick(Math.Max(1, bytes.Length));
                var whole = SseOutcome.Read(bytes, Array.Empty<int>(), maxEventBytes);
                var splits = Splits(pick, bytes.Length);
                var split = SseOutcome.Read(bytes, splits, maxEventBytes);
                Assert.True(whole.SameAs(split), $"Whole: {whole}{Environment.NewLine}In reads of {string.Join(",", splits)}: {split}");
                Assert.InRange(whole.LargestData, 0, maxEventBytes);
                return (whole.TooLarge ? "size error after " : "ended after ") + Bucket(whole.Events.Count) + " event(s)";
            });

        _output.WriteLine(tally.Report("SSE reader, arbitrary bytes (seed " + FuzzSettings.Seed + ")"));
    }

    [Fact]
    public void AnEndlessEvent_StopsNearTheBound_InMemoryBoundedByIt()
    {
        var tally = FuzzRunner.Run(
            Choices,
            FuzzSettings.Iterations(MemoryShortCount),
            choices => $"choices {string.Join(",", choices.Take(4))}",
            choices =>
            {
                var pick = new ChoiceReader(choices);
                var maxEventBytes = 64 + pick.Pick(256 * 1024);
                var bytes = EndlessEvent(pick, 4 * maxEventBytes + (1 << 20));
                var body = new ChunkedReadStream(bytes, Splits(pick, bytes.Length));
                var before = GC.GetAllocatedBytesForCurrentThread();
                var threw = false;
                var reader = ServerSentEventReader.ReadAsync(body, maxEventBytes, default).GetAsyncEnumerator();
                try
                {
                    while (reader.MoveNextAsync().AsTask().GetAwaiter().GetResult())
                    {
                    }
                }
                catch (ServerSentEventTooLargeException)
                {
                    threw = true;
                }

                var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                Assert.True(threw, $"A body of {bytes.Length} bytes with no blank line was read to its end under a bound of {maxEventBytes}.");
                // The bound counts a line end as one byte: a CR LF body holds at most twice the bound on the wire; then one read more.
                Assert.InRange(body.Consumed, maxEventBytes, (2 * maxEventBytes) + (16 * 1024));
                Assert.InRange(allocated, 0, (8L * maxEventBytes) + FixedAllowance);
                return allocated <= 4L * maxEventBytes ? "stopped, allocated under 4x the bound" : "stopped, allocated under 8x the bound + 128 KiB";
            });

        _output.WriteLine(tally.Report("SSE reader, endless events (seed " + FuzzSettings.Seed + ")"));
    }

    /// <summary>Read lengths that split <paramref name="length"/> bytes anywhere: single bytes, small and large pieces.</summary>
    private static int[] Splits(ChoiceReader pick, int length)
    {
        var splits = new List<int>();
        for (var total = 0; total < length;)
        {
            var next = pick.Pick(4) switch
            {
                0 => 1,
                1 => 1 + pick.Pick(8),
                2 => 1 + pick.Pick(256),
                _ => 1 + pick.Pick(Math.Max(1, length)),
            };
            splits.Add(next);
            total += next;
        }

        return splits.ToArray();
    }

    /// <summary>Bytes from the pieces SSE is made of, random bytes, and damaged well-formed bodies.</summary>
    private static byte[] ArbitraryBytes(ChoiceReader pick)
    {
        if (pick.Chance(40))
        {
            var damaged = SseStream.Build(pick).Bytes;
            var times = 1 + pick.Pick(4);
            for (var i = 0; i < times; i++)
            {
                damaged = ByteDamage.Apply(damaged, pick);
            }

            return damaged;
        }

        var bytes = new List<byte>();
        var count = pick.Pick(200);
        for (var i = 0; i < count; i++)
        {
            if (pick.Chance(20))
            {
                bytes.Add((byte)pick.Pick(256));
            }
            else
            {
                bytes.AddRange(pick.Pick(Pieces));
            }
        }

        return bytes.ToArray();
    }

    /// <summary>One event block of <paramref name="length"/> bytes with no blank line: a long data line, many data lines, or many comments.</summary>
    private static byte[] EndlessEvent(ChoiceReader pick, int length)
    {
        var line = pick.Pick(3) switch
        {
            0 => "data: " + new string('x', length),
            1 => string.Concat(Enumerable.Repeat("data: 一只柴犬\r\n", (length / 20) + 1)),
            _ => string.Concat(Enumerable.Repeat(": keep-alive\n", (length / 13) + 1)),
        };
        return Encoding.UTF8.GetBytes(line);
    }

    private static string Describe(SseStream stream, int[] choices) =>
        $"max {stream.MaxEventBytes} bytes; body: {stream.Text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)}; first choices {string.Join(",", choices.Take(4))}";

    private static string Bucket(int count) => count switch
    {
        0 => "0",
        1 => "1",
        < 5 => "2-4",
        _ => "5+",
    };
}
