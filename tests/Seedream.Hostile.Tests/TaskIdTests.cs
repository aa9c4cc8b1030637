using System;
using System.Linq;
using System.Threading.Tasks;
using Seedream.Hostile.Tests.Infrastructure;
using Seedream.Testing.Sockets;
using Xunit;

namespace Seedream.Hostile.Tests;

/// <summary>
/// A task id is a path segment: <c>.</c> and <c>..</c> would address <c>/v1/</c> instead of a task (<c>GET /v1/tasks/..</c>
/// is sent as <c>GET /v1/</c>, a cancel as <c>POST /v1/cancel</c>). Refused when given, and when a create answers one.
/// </summary>
public class TaskIdTests
{
    [Theory]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData(" .. ")]
    public async Task DotSegmentIds_AreRefusedBeforeAnythingIsSent(string taskId)
    {
        using var server = new HostileServer(_ => Answer.Json(200, Wire.Task(taskId, "queued")));
        using var client = Clients.For(server);

        var get = await Assert.ThrowsAsync<ArgumentException>(() => client.GetTaskAsync(taskId));
        var cancel = await Assert.ThrowsAsync<ArgumentException>(() => client.CancelAsync(taskId));
        Assert.Throws<ArgumentException>(() => client.GetOperation(taskId));

        Assert.Empty(server.Seen);
        Assert.Equal("taskId", get.ParamName);
        Assert.Contains("is not a task id", cancel.Message);
    }

    [Theory]
    [InlineData("..")]
    [InlineData(".")]
    public async Task CreateAnsweringADotSegmentId_MayHaveCreatedATask_AndNothingIsAskedOfAnotherPath(string taskId)
    {
        using var server = new HostileServer(_ => Answer.Json(200, Wire.Task(taskId, "queued")));
        using var client = Clients.For(server);

        var error = await Assert.ThrowsAsync<SeedreamServerException>(() => client.GenerateAsync(Clients.Request()));

        Assert.True(error.MayHaveCreatedTask);
        Assert.Null(error.TaskId);
        Assert.Equal(new[] { "POST /v1/tasks" }, server.Seen.Select(request => request.Method + " " + request.Path));
    }
}
