using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using Seedream.Hostile.Tests.Infrastructure;
using System.Text;
using System.Threading.Tasks;
using Xunit;

namespace Seedream.Hostile.Tests;

/// <summary>Issue 13, item 9, as a third reviewer found it broken: a webhook body without a usable task id is a FormatException, not a task; the fresh-task grace holds for the newest task however many were created.</summary>
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
    /// Item 9: a 404 on a task this client created moments ago is polled again, not abandoned. The grace list holds 4096 ids and
    /// silently drops new ones while all are fresh: the 4097th task created within 30 s was abandoned on its first 404. Now the oldest id is forgotten instead.
    /// </summary>
    [Fact]
    public async Task FourThousandNinetySeventhFreshTask_IsStillPolledAgainOnA404()
    {
        var handler = new Scripted();
        using var client = new SeedreamClient(Clients.Options(new Uri("http://127.0.0.1:9/")), handler);
        SeedreamOperation last = null!;
        for (var i = 0; i < 4097; i++)
        {
            last = await client.SubmitAsync(Clients.Request());
        }

        handler.NotVisibleYet = last.Id;
        var result = await last.WaitForCompletionAsync(); // promised: the first 404s are polled again; the task then completes

        Assert.Equal(SeedreamTaskStatus.Completed, result.Task.Status);
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

    private sealed class Scripted : HttpMessageHandler
    {
        private int _created;
        private int _notFound;

        public volatile string? NotVisibleYet;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            string json;
            var status = HttpStatusCode.OK;
            if (request.Method == HttpMethod.Post)
            {
                json = Wire.Task("task-a3-" + Interlocked.Increment(ref _created), "queued");
            }
            else
            {
                var id = request.RequestUri!.Segments[^1];
                if (id == NotVisibleYet && Interlocked.Increment(ref _notFound) <= 2)
                {
                    status = HttpStatusCode.NotFound;
                    json = Wire.Error("task_not_found", "no such task");
                }
                else
                {
                    json = Wire.Completed(id, "http://127.0.0.1:9/a.png");
                }
            }

            return Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") });
        }
    }
}
