using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Seedream.Client.Tests.Infrastructure;
using Xunit;

namespace Seedream.Client.Tests;

/// <summary>POST /v1/tasks has no idempotency key: it is re-sent only when it certainly created nothing.</summary>
public class CreateRetryTests
{
    [Fact]
    public async Task Create_TimedOutAfterSending_IsNotResent_AndSaysATaskMayExist()
    {
        using var h = new Harness(o => o.RequestTimeout = TimeSpan.FromSeconds(30));
        h.Handler.On("POST", "/v1/tasks", Reply.Hang());

        var error = await Assert.ThrowsAsync<SeedreamRequestTimeoutException>(() => h.RunAsync(h.Client.SubmitAsync(Request())));

        Assert.True(error.MayHaveCreatedTask);
        Assert.Contains("not sent again", error.Message);
        Assert.Single(h.Handler.RequestsTo("POST", "/v1/tasks"));
        h.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Single(h.Handler.RequestsTo("POST", "/v1/tasks"));
    }

    [Fact]
    public async Task Create_ConnectionDroppedMidRequest_IsNotResent()
    {
        using var h = new Harness();
        h.Handler.On("POST", "/v1/tasks", Reply.Throw(new HttpRequestException("The response ended prematurely.", new IOException("connection reset"))));

        var error = await Assert.ThrowsAsync<SeedreamNetworkException>(() => h.RunAsync(h.Client.SubmitAsync(Request())));

        Assert.True(error.MayHaveCreatedTask);
        Assert.Single(h.Handler.RequestsTo("POST", "/v1/tasks"));
    }

    [Fact]
    public async Task Create_ServerError_IsNotResent_BecauseTheTaskMayHaveBeenCreated()
    {
        using var h = new Harness();
        h.Handler.On("POST", "/v1/tasks", Reply.Error(500, "internal_error", "oops"), Reply.Json(200, TaskJson.Task("task-2", "queued", 0)));

        await Assert.ThrowsAsync<SeedreamServerException>(() => h.RunAsync(h.Client.SubmitAsync(Request())));

        Assert.Single(h.Handler.RequestsTo("POST", "/v1/tasks"));
    }

    [Fact]
    public async Task Create_RateLimited_IsResentAfterRetryAfter()
    {
        using var h = new Harness();
        h.Handler.On("POST", "/v1/tasks",
            Reply.Error(429, "rate_limited", "Too many requests", ("Retry-After", "3")),
            Reply.Json(200, TaskJson.Task("task-1", "queued", 0)));

        var handle = await h.RunAsync(h.Client.SubmitAsync(Request()));

        Assert.Equal("task-1", handle.Id);
        var posts = h.Handler.RequestsTo("POST", "/v1/tasks");
        Assert.Equal(2, posts.Count);
        Assert.Equal(3, posts[1].At.TotalSeconds, 1);
        Assert.Equal(posts[0].Body, posts[1].Body);
    }

    [Fact]
    public async Task Create_ServiceUnavailable_IsResent()
    {
        using var h = new Harness();
        h.Handler.On("POST", "/v1/tasks",
            Reply.Error(503, "overloaded", "busy"),
            Reply.Json(200, TaskJson.Task("task-1", "queued", 0)));

        var handle = await h.RunAsync(h.Client.SubmitAsync(Request()));

        Assert.Equal("task-1", handle.Id);
        Assert.Equal(2, h.Handler.RequestsTo("POST", "/v1/tasks").Count);
    }

    [Fact]
    public async Task Create_ConnectionRefusedBeforeSending_IsResent()
    {
        using var h = new Harness();
        h.Handler.On("POST", "/v1/tasks",
            Reply.Throw(new HttpRequestException("Connection refused", new SocketException((int)SocketError.ConnectionRefused))),
            Reply.Json(200, TaskJson.Task("task-1", "queued", 0)));

        var handle = await h.RunAsync(h.Client.SubmitAsync(Request()));

        Assert.Equal("task-1", handle.Id);
        Assert.Equal(2, h.Handler.RequestsTo("POST", "/v1/tasks").Count);
    }

    [Fact]
    public async Task Create_AgainstAClosedLoopbackPort_IsResentUpToTheLimit_AndSaysNothingWasSent()
    {
        var port = ClosedLoopbackPort();
        var counter = new CountingHandler { InnerHandler = new HttpClientHandler() };
        var options = new SeedreamClientOptions { ApiKey = Harness.ApiKey, BaseUrl = new Uri($"http://127.0.0.1:{port}/") };
        options.Retry.BaseDelay = TimeSpan.Zero;
        options.Retry.MaxDelay = TimeSpan.Zero;
        using var client = new SeedreamClient(options, counter);

        var error = await Assert.ThrowsAsync<SeedreamNetworkException>(() => client.SubmitAsync(Request()));

        Assert.False(error.MayHaveCreatedTask);
        Assert.Contains("nothing was sent", error.Message);
        Assert.Equal(3, counter.Count);
    }

    private static int ClosedLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static SeedreamRequest Request() => SeedreamRequest.ForModel("seedream-5.0").Prompt("a cat").Build();

    private sealed class CountingHandler : DelegatingHandler
    {
        private int _count;

        public int Count => _count;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _count);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
