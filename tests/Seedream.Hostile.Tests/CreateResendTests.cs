using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Seedream.Hostile.Tests.Infrastructure;
using Seedream.Testing.Sockets;
using Xunit;

namespace Seedream.Hostile.Tests;

/// <summary>
/// Issue 13, item 2: a create is sent again only after a certain "nothing was created" (connection refused,
/// 429, 503 with the API's error envelope); every other failure may have created the task and says so.
/// </summary>
public class CreateResendTests
{
    public static TheoryData<int, string, string> AnswersThatMayHaveCreatedATask => new()
    {
        { 500, "application/json", Wire.Error("internal_error", "boom") },
        { 502, "text/html", Wire.GatewayPage },
        { 503, "text/html", Wire.GatewayPage },
        { 504, "text/html", Wire.GatewayPage },
        { 520, "text/html", Wire.GatewayPage },
        { 200, "text/html", Wire.GatewayPage },
        { 200, "application/json", "{\"task_id\":" },
        { 200, "application/json", "{\"status\":\"queued\"}" },
    };

    [Theory]
    [MemberData(nameof(AnswersThatMayHaveCreatedATask))]
    public async Task Submit_AnswerThatMayHaveCreatedATask_IsSentOnce_AndSaysSo(int status, string contentType, string body)
    {
        using var server = new HostileServer(_ => Answer.Full(status, body, contentType));
        using var client = Clients.For(server);

        var error = await Clients.ThrowsWithinAsync<SeedreamServerException>(Clients.RequestTimeout, () => client.SubmitAsync(Clients.Request()));

        Assert.True(error.MayHaveCreatedTask);
        Assert.Equal(1, server.Creates);
        Assert.DoesNotContain("try again later", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Submit_TruncatedAnswerNamingTheTask_CarriesItsId()
    {
        using var server = new HostileServer(_ => Answer.Json(200, "{\"task_id\":\"task-cut-3\",\"status\":\"que"));
        using var client = Clients.For(server);

        var error = await Clients.ThrowsWithinAsync<SeedreamServerException>(Clients.RequestTimeout, () => client.SubmitAsync(Clients.Request()));

        Assert.True(error.MayHaveCreatedTask);
        Assert.Equal("task-cut-3", error.TaskId);
    }

    [Theory]
    [InlineData(429, "{\"error\":{\"code\":\"rate_limited\",\"message\":\"slow down\"}}")]
    [InlineData(503, "{\"error\":{\"code\":\"overloaded\",\"message\":\"busy\"}}")]
    public async Task Submit_AnswerThatCreatedNothing_IsSentAgain(int status, string body)
    {
        var calls = 0;
        using var server = new HostileServer(_ => Interlocked.Increment(ref calls) == 1
            ? Answer.Json(status, body, ("Retry-After", "0"))
            : Answer.Json(200, Wire.Task("task-2", "queued")));
        using var client = Clients.For(server);

        var handle = await client.SubmitAsync(Clients.Request());

        Assert.Equal("task-2", handle.Id);
        Assert.Equal(2, server.Creates);
    }

    [Theory]
    [InlineData("{\"error\":{\"code\":\"content_policy\",\"message\":\"refused\"}}", "content_policy")]
    [InlineData("{\"code\":\"fail\",\"data\":\"task-wave-9\"}", "fail")]
    public async Task Submit_ExplicitApiErrorIn200_IsTyped_WithNothingCreated(string body, string code)
    {
        using var server = new HostileServer(_ => Answer.Json(200, body));
        using var client = Clients.For(server);

        var error = await Assert.ThrowsAnyAsync<SeedreamException>(() => client.SubmitAsync(Clients.Request()));

        Assert.Equal(code, error.ApiCode);
        Assert.Null(error.TaskId);
        Assert.False(error is SeedreamServerException { MayHaveCreatedTask: true });
        Assert.Equal(1, server.Creates);
    }

    [Fact]
    public async Task Submit_400_IsAnInvalidRequest_SentOnce()
    {
        using var server = new HostileServer(_ => Answer.Json(400, Wire.Error("invalid_parameter", "size")));
        using var client = Clients.For(server);

        var error = await Assert.ThrowsAsync<SeedreamInvalidRequestException>(() => client.SubmitAsync(Clients.Request()));

        Assert.Null(error.TaskId);
        Assert.Equal(1, server.Creates);
    }

    [Theory]
    [InlineData("application/json", "{\"error\":{\"code\":\"request_too_large\",\"message\":\"body over 1 MiB\"}}")]
    [InlineData("text/html", "<html><head><title>413 Request Entity Too Large</title></head><body><center><h1>413 Request Entity Too Large</h1></center><hr><center>nginx</center></body></html>")]
    public async Task Submit_413_IsAnInvalidRequest_SayingTooLarge_SentOnce(string contentType, string body)
    {
        using var server = new HostileServer(_ => Answer.Full(413, body, contentType));
        using var client = Clients.For(server);

        var error = await Assert.ThrowsAsync<SeedreamInvalidRequestException>(() => client.SubmitAsync(Clients.Request()));

        Assert.Equal(413, error.StatusCode);
        Assert.False(error.MayHaveCreatedTask);
        Assert.Contains("was refused as too large", error.Message);
        Assert.DoesNotContain("unexpected answer", error.Message);
        Assert.Equal(1, server.Creates);
    }

    [Fact]
    public async Task Submit_ConnectionRefused_SaysNothingWasCreated()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var options = Clients.Options(new Uri($"http://127.0.0.1:{port}/"));
        options.RequestTimeout = TimeSpan.FromSeconds(30);
        using var client = new SeedreamClient(options);

        var error = await Assert.ThrowsAsync<SeedreamNetworkException>(() => client.SubmitAsync(Clients.Request()));

        Assert.False(error.MayHaveCreatedTask);
    }
}
