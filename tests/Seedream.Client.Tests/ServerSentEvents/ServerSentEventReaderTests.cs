using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Seedream.ServerSentEvents;
using Seedream.Testing.Streams;
using Xunit;

namespace Seedream.Client.Tests.ServerSentEvents;

/// <summary>The SSE reader against the WHATWG specification's parsing rules, the size bound, [DONE] and cancellation.</summary>
public sealed class ServerSentEventReaderTests
{
    private const int Generous = 1 << 20;

    /// <summary>A stream of the upstream images API, pretty-printed data over several lines as its documentation shows it.</summary>
    private const string UpstreamStream =
        "event: image_generation.partial_succeeded\n" +
        "data: {\"type\":\"image_generation.partial_succeeded\",\"image_index\":0,\n" +
        "data:  \"url\":\"https://images.example/ark/0.jpeg\",\"size\":\"2848x1600\"}\n" +
        "\n" +
        ": keep-alive\n" +
        "event: image_generation.completed\n" +
        "data: {\"type\":\"image_generation.completed\",\"usage\":{\"generated_images\":1}}\n" +
        "\n" +
        "data: [DONE]\n" +
        "\n";

    [Fact]
    public async Task UpstreamStream_ReadsEachEventWithItsTypeAndJoinedData_AndEndsAtDone()
    {
        var events = await ReadAsync(UpstreamStream);

        Assert.Equal(new[] { "image_generation.partial_succeeded", "image_generation.completed", "message" }, events.Select(e => e.EventType));
        Assert.Equal("{\"type\":\"image_generation.partial_succeeded\",\"image_index\":0,\n \"url\":\"https://images.example/ark/0.jpeg\",\"size\":\"2848x1600\"}", events[0].Data);
        Assert.Equal(new[] { false, false, true }, events.Select(e => e.IsDone));
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\n")]
    public async Task EveryLineEnd_ReadsTheSameEvents(string lineEnd)
    {
        var events = await ReadAsync(UpstreamStream.Replace("\n", lineEnd, StringComparison.Ordinal));

        Assert.Equal(Describe(await ReadAsync(UpstreamStream)), Describe(events));
    }

    [Fact]
    public async Task MixedLineEnds_InOneStream_AreEachOneLineEnd()
    {
        var events = await ReadAsync("data: a\rdata: b\r\ndata: c\n\r\ndata: d\r\r");

        Assert.Equal(new[] { "a\nb\nc", "d" }, events.Select(e => e.Data));
    }

    [Fact]
    public async Task MultiLineData_IsJoinedWithLineFeeds_WithoutATrailingOne()
    {
        var events = await ReadAsync("data: first\ndata: second\ndata:\ndata: fourth\n\n");

        Assert.Equal("first\nsecond\n\nfourth", Assert.Single(events).Data);
    }

    [Fact]
    public async Task CommentLines_AreIgnored_AndDoNotEndAnEvent()
    {
        var events = await ReadAsync(":comment at the start\ndata: a\n: a comment inside the event\ndata: b\n:\n\n");

        Assert.Equal("a\nb", Assert.Single(events).Data);
    }

    [Fact]
    public async Task OneLeadingSpaceAfterTheColon_IsRemoved_AndOnlyOne()
    {
        var events = await ReadAsync("data:no space\n\ndata: one space\n\ndata:  two spaces\n\ndata:\ttab\n\n");

        Assert.Equal(new[] { "no space", "one space", " two spaces", "\ttab" }, events.Select(e => e.Data));
    }

    [Fact]
    public async Task AFieldWithoutAColon_IsThatFieldWithAnEmptyValue()
    {
        var events = await ReadAsync("data\ndata\n\nevent\ndata: x\n\n");

        Assert.Equal("\n", events[0].Data);
        Assert.Equal(("message", "x"), (events[1].EventType, events[1].Data));
    }

    [Fact]
    public async Task AByteOrderMarkAtTheStart_IsSkipped()
    {
        var events = await ReadAsync("\uFEFFdata: a\n\n");

        Assert.Equal("a", Assert.Single(events).Data);
    }

    [Fact]
    public async Task AByteOrderMarkAfterTheStart_IsPartOfTheFieldName_SoTheLineIsIgnored()
    {
        var events = await ReadAsync("data: a\n\n\uFEFFdata: b\n\ndata: c\n\n");

        Assert.Equal(new[] { "a", "c" }, events.Select(e => e.Data));
    }

    [Fact]
    public async Task EventIdAndRetry_AreRead_AndTheIdIsKeptForLaterEvents()
    {
        var events = await ReadAsync("id: 7\nretry: 3000\ndata: a\n\ndata: b\n\nid\ndata: c\n\nretry: soon\nid: bad\0id\ndata: d\n\n");

        Assert.Equal(new[] { "7", "7", string.Empty, string.Empty }, events.Select(e => e.LastEventId));
        Assert.Equal(TimeSpan.FromSeconds(3), events[0].Retry);
        Assert.Equal(TimeSpan.FromSeconds(3), events[3].Retry);
    }

    [Fact]
    public async Task AHugeRetry_IsTheLongestReconnectionTime_NotAnError()
    {
        var events = await ReadAsync("retry: 99999999999999999999999\ndata: a\n\n");

        Assert.Equal(TimeSpan.MaxValue, Assert.Single(events).Retry);
    }

    [Fact]
    public async Task UnknownFields_AndEventsWithoutData_AreNotDispatched_AndABlockWithoutDataForgetsItsType()
    {
        var events = await ReadAsync("foo: bar\n\nevent: lonely\n\nid: 1\n\ndata: real\n\n");

        Assert.Equal(("message", "real"), (Assert.Single(events).EventType, events[0].Data));
    }

    [Fact]
    public async Task AnEventNotEndedByABlankLine_IsNotDispatched()
    {
        Assert.Equal(new[] { "a" }, (await ReadAsync("data: a\n\ndata: b\n")).Select(e => e.Data));
        Assert.Equal(new[] { "a" }, (await ReadAsync("data: a\n\ndata: b")).Select(e => e.Data));
    }

    [Fact]
    public async Task InvalidUtf8_ReadsAsReplacementCharacters_WithoutAnError()
    {
        var bytes = Encoding.UTF8.GetBytes("data: a").Concat(new byte[] { 0xC3, 0x28, 0xFF }).Concat(Encoding.UTF8.GetBytes("b\n\n")).ToArray();

        var events = await ReadAsync(bytes, Array.Empty<int>(), Generous);

        Assert.Equal("a\uFFFD(\uFFFDb", Assert.Single(events).Data);
    }

    [Fact]
    public async Task SplitAtEveryByte_ReadsTheSameEvents_IncludingSplitUtf8AndSplitCrLf()
    {
        var text = "event: 图像\r\ndata: 一只柴犬 🐕 穿宇航服\r\ndata: second line\r\n\r\n: comment\rdata: é\r\r\uFEFF" + UpstreamStream;
        var bytes = Encoding.UTF8.GetBytes("\uFEFF" + text);
        var whole = Describe(await ReadAsync(bytes, Array.Empty<int>(), Generous));
        Assert.Contains("图像|一只柴犬 🐕 穿宇航服\nsecond line", whole, StringComparison.Ordinal);

        for (var split = 1; split < bytes.Length; split++)
        {
            Assert.Equal(whole, Describe(await ReadAsync(bytes, new[] { split }, Generous)));
        }

        Assert.Equal(whole, Describe(await ReadAsync(bytes, Enumerable.Repeat(1, bytes.Length).ToArray(), Generous)));
    }

    [Fact]
    public async Task AnEvent_IsYieldedWhenItsBlankLineArrives_NotAtTheEndOfTheBody()
    {
        var feed = new FeedStream();
        await using var events = ServerSentEventReader.ReadAsync(feed, Generous, CancellationToken.None).GetAsyncEnumerator();

        feed.Send("data: first\n");
        feed.Send("\n");
        Assert.True(await events.MoveNextAsync().AsTask().WaitAsync(TimeSpan.FromMinutes(1)));
        Assert.Equal("first", events.Current.Data);

        feed.Send("data: second\n\n");
        feed.End();
        Assert.True(await events.MoveNextAsync());
        Assert.Equal("second", events.Current.Data);
        Assert.False(await events.MoveNextAsync());
    }

    [Fact]
    public async Task AfterDone_NothingMoreIsRead_EvenFromABodyThatStaysOpen()
    {
        var feed = new FeedStream();
        feed.Send("data: a\n\ndata: [DONE]\n\n");

        var events = await ServerSentEventReader.ReadAsync(feed, Generous, CancellationToken.None).ToListAsync().AsTask().WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(new[] { "a", "[DONE]" }, events.Select(e => e.Data));
        Assert.True(events[1].IsDone);
    }

    [Theory]
    [InlineData("data: [DONE] \n\n")]
    [InlineData("data: [done]\n\n")]
    [InlineData("data: [DONE]\ndata: more\n\n")]
    public async Task OnlyDataExactlyDone_IsTheEnd(string stream)
    {
        var events = await ReadAsync(stream + "data: after\n\n");

        Assert.Equal(2, events.Count);
        Assert.False(events[0].IsDone);
    }

    [Fact]
    public async Task CancellingWhileTheBodyStalls_EndsTheReadWithOperationCanceled()
    {
        var feed = new FeedStream();
        using var cancellation = new CancellationTokenSource();
        await using var events = ServerSentEventReader.ReadAsync(feed, Generous, cancellation.Token).GetAsyncEnumerator();
        feed.Send("data: a\n\n");
        Assert.True(await events.MoveNextAsync());

        var next = events.MoveNextAsync().AsTask();
        await WaitUntilAsync(() => feed.Reads >= 2);
        Assert.False(next.IsCompleted);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => next.WaitAsync(TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public async Task AnEventOverTheBound_Throws_AfterTheEventsBeforeIt()
    {
        var big = "data: " + new string('x', 200) + "\n\n";
        var bytes = Encoding.UTF8.GetBytes("data: a\n\ndata: b\n\n" + big + "data: c\n\n");
        var yielded = new List<string>();

        var error = await Assert.ThrowsAsync<ServerSentEventTooLargeException>(async () =>
        {
            await foreach (var item in ServerSentEventReader.ReadAsync(new ChunkedReadStream(bytes, Array.Empty<int>()), 100, CancellationToken.None))
            {
                yielded.Add(item.Data);
            }
        });

        Assert.Equal(new[] { "a", "b" }, yielded);
        Assert.Equal(100, error.MaxEventBytes);
        Assert.Contains("100 bytes", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(11, false)] // "data: 1234" is 10 bytes; its line end (CR LF) makes 11; the blank line ends the block.
    [InlineData(10, true)]
    public async Task TheBound_CountsTheEventBlockOnTheWire_WithOneByteALineEnd(int bound, bool throws)
    {
        var read = ReadAsync(Encoding.UTF8.GetBytes("data: 1234\r\n\r\ndata: 1234\r\n\r\n"), Array.Empty<int>(), bound);

        if (throws)
        {
            await Assert.ThrowsAsync<ServerSentEventTooLargeException>(() => read);
        }
        else
        {
            Assert.Equal(2, (await read).Count);
        }
    }

    [Fact]
    public async Task TheBound_CountsCommentsAndFieldNames_UntilABlankLine()
    {
        var comments = string.Concat(Enumerable.Repeat(": keep-alive\n", 10));

        await Assert.ThrowsAsync<ServerSentEventTooLargeException>(() => ReadAsync(Encoding.UTF8.GetBytes(comments + "data: a\n\n"), Array.Empty<int>(), 100));
        Assert.Single(await ReadAsync(Encoding.UTF8.GetBytes(comments.Replace("\n", "\n\n", StringComparison.Ordinal) + "data: a\n\n"), Array.Empty<int>(), 100));
    }

    [Fact]
    public async Task AnEndlessLine_StopsTheReading_NearTheBound_InsteadOfBufferingTheBody()
    {
        var bytes = Encoding.UTF8.GetBytes("data: " + new string('x', 8 * 1024 * 1024));
        var body = new ChunkedReadStream(bytes, Array.Empty<int>());

        await Assert.ThrowsAsync<ServerSentEventTooLargeException>(async () =>
        {
            await foreach (var unused in ServerSentEventReader.ReadAsync(body, 64 * 1024, CancellationToken.None))
            {
            }
        });

        Assert.InRange(body.Consumed, 64 * 1024, 512 * 1024);
    }

    [Fact]
    public async Task AnEventOverTheBoundAtTheFirstByteOfARead_StillThrows_RatherThanReadingAsTheEnd()
    {
        // The first read ends just at the bound; the next read's first byte is over it.
        var bytes = Encoding.UTF8.GetBytes("data: 1234567890\n\n");

        await Assert.ThrowsAsync<ServerSentEventTooLargeException>(() => ReadAsync(bytes, new[] { 8 }, 8));
    }

    private static Task<List<ServerSentEvent>> ReadAsync(string text) => ReadAsync(Encoding.UTF8.GetBytes(text), Array.Empty<int>(), Generous);

    private static async Task<List<ServerSentEvent>> ReadAsync(byte[] bytes, IReadOnlyList<int> chunks, int maxEventBytes) =>
        await ServerSentEventReader.ReadAsync(new ChunkedReadStream(bytes, chunks), maxEventBytes, CancellationToken.None).ToListAsync();

    private static string Describe(IEnumerable<ServerSentEvent> events) =>
        string.Join("\u2016", events.Select(e => $"{e.EventType}|{e.Data}|{e.LastEventId}|{e.Retry}|{e.IsDone}"));

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not hold within a minute.");
            await Task.Delay(10);
        }
    }
}
