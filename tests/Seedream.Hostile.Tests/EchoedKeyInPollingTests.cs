using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Seedream.Hostile.Tests.Infrastructure;
using Seedream.Testing;
using Seedream.Testing.Sockets;
using Seedream.Testing.Time;
using Xunit;

namespace Seedream.Hostile.Tests;

/// <summary>Issue 13, item 6 while waiting: a key the server echoes in a task id or in its text reaches no log line and no exception message.</summary>
public class EchoedKeyInPollingTests
{
    private static readonly string Echoed = Wire.ApiKey.ToUpperInvariant();

    [Fact]
    public async Task Generate_KeyEchoedInTheTaskIdAndErrors_UntilTheTaskFails_AppearsInNoLogOrMessage()
    {
        var polls = 0;
        using var server = new HostileServer(request => request.IsCreate
            ? Answer.Json(200, Wire.Task("task-" + Echoed, "queued"))
            : Interlocked.Increment(ref polls) == 1
                ? Answer.Json(503, Wire.Error("busy-" + Echoed, "key " + Echoed.ToLowerInvariant() + " is busy"))
                : Answer.Json(200, Wire.Task("task-" + Echoed, "failed", 0, ",\"error\":{\"code\":\"bad-" + Echoed + "\",\"message\":\"key " + Echoed + " refused\"}")));
        using var logs = new LogCapture();
        using var handler = new SocketsHttpHandler();
        using var client = new SeedreamClient(Clients.Options(server.BaseUrl), handler, null, logs.Factory);

        var error = await Assert.ThrowsAsync<SeedreamTaskFailedException>(() => client.GenerateAsync(Clients.Request()));

        Assert.True(polls >= 2, "The status was asked for at least twice (one failed poll, then the failed task).");
        Assert.Contains("polling again", logs.All);
        Assert.DoesNotContain(Wire.ApiKey, logs.All, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Wire.ApiKey, error.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The wait's 1 s deadline is on a clock that moves only while the client is between polls, so the echoing answers are read however slow the machine.</summary>
    [Fact]
    public async Task Wait_KeyEchoedInTheTaskId_UntilTheDeadline_AppearsInNoLogOrMessage()
    {
        using var server = new HostileServer(_ => Answer.Json(200, Wire.Task("task-" + Echoed, "processing", 10)));
        using var logs = new LogCapture();
        using var handler = new SocketsHttpHandler();
        var options = Clients.Options(server.BaseUrl);
        options.Polling.Timeout = TimeSpan.FromSeconds(1);
        var clock = new WatchedClock();
        using var client = new SeedreamClient(options, handler, clock, logs.Factory);

        var wait = client.GetOperation("task-" + Echoed).WaitForCompletionAsync();
        await clock.DriveAsync(wait);

        var error = await Assert.ThrowsAsync<SeedreamWaitTimeoutException>(() => wait);
        Assert.True(server.Exchanges.Count >= 2, $"The status was read {server.Exchanges.Count} times before the deadline.");
        Assert.Contains("stopped waiting", logs.All);
        Assert.DoesNotContain(Wire.ApiKey, logs.All, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Wire.ApiKey, error.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("stall")]
    [InlineData("redirect")]
    [InlineData("reset")]
    public async Task Status_OfATaskWhoseIdEchoesTheKey_FailingOnTheWire_NamesTheTaskWithoutTheKey(string fault)
    {
        // Socket fuzz (seed 20261124, case 311): a create named a task "task-…-<key in lower case>"; the status request's
        // time-out, unusable answer and broken connection quoted that id unredacted in the exception message.
        var id = "task-" + Wire.ApiKey.ToLowerInvariant();
        using var server = new HostileServer(_ => fault switch
        {
            "stall" => Answer.Stall(200, "{\"task_id\":"),
            "redirect" => Answer.Redirect(302, "/v1/elsewhere"),
            _ => Answer.Wire(Array.Empty<byte>(), Array.Empty<byte>(), Delivery.Reset),
        });
        using var client = Clients.For(server);

        var error = await Clients.ThrowsWithinAsync<SeedreamException>(Clients.RequestBound, () => client.GetTaskAsync(id));

        Assert.Contains("(task task-[redacted])", error.Message);
        Assert.DoesNotContain(Wire.ApiKey, error.ToString(), StringComparison.OrdinalIgnoreCase);
    }
}
