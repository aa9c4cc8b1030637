using System;
using System.Threading;
using System.Threading.Tasks;
using Seedream.Hostile.Tests.Infrastructure;
using Seedream.Testing.Sockets;
using Xunit;

namespace Seedream.Hostile.Tests;

/// <summary>Every answer body is read asynchronously, under the time limit and the caller's token, with a size cap.</summary>
public class StalledAndHugeAnswerTests
{
    [Fact]
    public async Task Get_BodyStallsAfterHeaders_EndsWithinItsBound_AsATimeout()
    {
        using var server = new HostileServer(_ => Answer.Stall(200, "{\"task_id\":\"task-1\",\"status\""));
        using var client = Clients.For(server);

        var error = await Clients.ThrowsWithinAsync<SeedreamRequestTimeoutException>(Clients.RequestBound, () => client.GetTaskAsync("task-1"));

        Assert.Equal("task-1", error.TaskId);
        Assert.Equal(Clients.Attempts, server.Seen.Count);
    }

    [Fact]
    public async Task Get_TricklingBody_EndsWithinItsBound()
    {
        using var server = new HostileServer(_ => Answer.Trickle(200, Wire.Task("task-1", "processing", 10), TimeSpan.FromMilliseconds(100)));
        using var client = Clients.For(server);

        await Clients.ThrowsWithinAsync<SeedreamRequestTimeoutException>(Clients.RequestBound, () => client.GetTaskAsync("task-1"));
    }

    [Fact]
    public async Task Get_CallerCancelsDuringAStall_EndsAtOnce()
    {
        using var server = new HostileServer(_ => Answer.Stall(200, "{"));
        using var client = Clients.For(server, o => o.RequestTimeout = TimeSpan.FromMinutes(5));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Clients.ThrowsWithinAsync<OperationCanceledException>(TimeSpan.FromMilliseconds(300), () => client.GetTaskAsync("task-1", cancel.Token));
    }

    [Fact]
    public async Task Wait_StatusAnswerStallsAcrossTheDeadline_EndsAtTheDeadline_AsAWaitTimeout()
    {
        var deadline = TimeSpan.FromSeconds(1);
        using var server = new HostileServer(_ => Answer.Stall(200, "{\"task_id\":\"task-1\",\"status\""));
        using var client = Clients.For(server, o =>
        {
            o.RequestTimeout = TimeSpan.FromMinutes(5);
            o.Polling.Timeout = deadline;
        });

        var error = await Clients.ThrowsWithinAsync<SeedreamWaitTimeoutException>(deadline, () => client.GetOperation("task-1").WaitForCompletionAsync());

        Assert.Equal("task-1", error.TaskId);
        Assert.Equal(deadline, error.Timeout);
    }

    [Fact]
    public async Task Submit_BodyStallsAfterHeaders_IsNotResent_AndCarriesTheTaskIdThatArrived()
    {
        using var server = new HostileServer(_ => Answer.Stall(200, "{\"task_id\":\"task-partial-7\",\"status\":\"que"));
        using var client = Clients.For(server);

        var error = await Clients.ThrowsWithinAsync<SeedreamRequestTimeoutException>(Clients.RequestTimeout, () => client.SubmitAsync(Clients.Request()));

        Assert.True(error.MayHaveCreatedTask);
        Assert.Equal("task-partial-7", error.TaskId);
        Assert.Equal(1, server.Creates);
        Assert.DoesNotContain("try again later", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Get_HundredMegabyteStatusAnswer_IsATypedError_StoppedAtTheCap()
    {
        using var server = new HostileServer(_ => Answer.Huge(200, "{\"task_id\":\"task-1\",\"status\":\"processing\",\"pad\":\"", 100));
        using var client = Clients.For(server);

        var error = await Clients.ThrowsWithinAsync<SeedreamServerException>(Clients.RequestBound, () => client.GetTaskAsync("task-1"));

        Assert.Contains("MaxResponseBytes", error.Message);
    }

    [Fact]
    public async Task Submit_HundredMegabyteErrorBody_IsNotResent_AndMayHaveCreatedTheTask()
    {
        using var server = new HostileServer(_ => Answer.Huge(500, "{\"error\":{\"message\":\"", 100));
        using var client = Clients.For(server);

        var error = await Clients.ThrowsWithinAsync<SeedreamServerException>(Clients.RequestTimeout, () => client.SubmitAsync(Clients.Request()));

        Assert.True(error.MayHaveCreatedTask);
        Assert.Equal(1, server.Creates);
    }
}
