using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Seedream.Hostile.Tests.Infrastructure;
using Seedream.Testing.Sockets;
using Seedream.Testing.Time;
using Xunit;

namespace Seedream.Hostile.Tests;

/// <summary>A webhook body without a usable task id is a FormatException, not a task; the fresh-task grace holds for the newest task however many were created.</summary>
public class WebhookAndFreshTaskTests
{
    [Theory]
    [InlineData("{\"task_id\":\" \",\"status\":\"completed\"}")]
    [InlineData("{\"task_id\":\"\\t\\n\",\"status\":\"completed\"}")]
    [InlineData("{\"task_id\":\"..\",\"status\":\"completed\"}")]
    public async Task WebhookBody_WithABlankOrDotTaskId_IsAFormatException(string body)
    {
        // The client itself refuses a blank id everywhere else (a create answer's task_id, GetOperation, GetTaskAsync) ...
        using var client = new SeedreamClient(new SeedreamClientOptions { ApiKey = "sk-test", BaseUrl = new Uri("http://127.0.0.1:9/") });
        Assert.ThrowsAny<ArgumentException>(() => client.GetOperation(" "));

        // ... and so does the webhook parser: a "task" whose id cannot confirm, dedupe or follow it is no task.
        Assert.Throws<FormatException>(() => SeedreamWebhook.Parse(body));
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(body));
        await Assert.ThrowsAsync<FormatException>(() => SeedreamWebhook.ParseAsync(stream));
    }

    /// <summary>
    /// Over loopback sockets: a 404 on a task this client created moments ago is polled again, not abandoned, even when
    /// more tasks are fresh than the grace list holds (4096 ids): the oldest id is forgotten to make room, never the newest,
    /// so the 4097th task created within 30 s is still polled again on its first 404. The client's clock stands still while
    /// the 4,097 tasks are created, so all of them are fresh however long that takes on a busy machine, and then moves only
    /// while the wait for the last one is between polls.
    /// </summary>
    [Fact]
    public async Task FourThousandNinetySeventhFreshTask_IsStillPolledAgainOnA404()
    {
        var created = 0;
        var notFound = 0;
        string? notVisibleYet = null;
        using var server = new HostileServer(request =>
        {
            if (request.IsCreate)
            {
                return Answer.Json(200, Wire.Task("task-a3-" + Interlocked.Increment(ref created), "queued"));
            }

            var id = request.Path.Split('/')[^1];
            return id == Volatile.Read(ref notVisibleYet) && Interlocked.Increment(ref notFound) <= 2
                ? Answer.Json(404, Wire.Error("task_not_found", "no such task"))
                : Answer.Json(200, Wire.Completed(id, "http://127.0.0.1:9/a.png"));
        });
        var time = new WatchedClock(DateTimeOffset.UtcNow);
        using var handler = new SocketsHttpHandler();
        using var client = new SeedreamClient(Clients.Options(server.BaseUrl), handler, time);
        await Parallel.ForEachAsync(Enumerable.Range(0, 4096), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (_, _) => await client.SubmitAsync(Clients.Request()));
        var last = await client.SubmitAsync(Clients.Request());

        Volatile.Write(ref notVisibleYet, last.Id);
        var waiting = last.WaitForCompletionAsync(); // promised: the first 404s are polled again; the task then completes
        await time.DriveAsync(waiting);

        var result = await waiting;

        Assert.Equal(SeedreamTaskStatus.Completed, result.Task.Status);
        Assert.True(notFound >= 3, $"The task was asked for {notFound} times: two 404s, then its answer.");
    }

    [Fact]
    public async Task WebhookBody_ThatNeverEnds_IsAFormatException_AfterTheCap()
    {
        await using var endless = new EndlessStream();

        var error = await Assert.ThrowsAsync<FormatException>(() => SeedreamWebhook.ParseAsync(endless));

        Assert.Contains(SeedreamWebhook.MaxBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message);
        Assert.True(endless.Served <= SeedreamWebhook.MaxBodyBytes + 81920);
    }

    /// <summary>A request body that never ends: spaces, for ever.</summary>
    private sealed class EndlessStream : Stream
    {
        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Served; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)' ', offset, count);
            Served += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
