using System;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using Seedream.Testing.Cli;
using Xunit;
using Xunit.Abstractions;

namespace Seedream.Cli.Tests;

public class InterruptTests
{
    private readonly ITestOutputHelper _log;

    /// <summary>Creates the tests.</summary>
    /// <param name="log">Where each test writes how long the CLI took to end after Ctrl+C.</param>
    public InterruptTests(ITestOutputHelper log)
    {
        _log = log;
    }

    /// <summary>The CLI must end within 1 s of Ctrl+C; the rest is slack for reaping a process on a busy machine.</summary>
    private static readonly TimeSpan StopBound = TimeSpan.FromSeconds(1) + TimeSpan.FromSeconds(1);

    /// <summary>What the CLI says when a command did not stop by itself within its grace period and was ended anyway.</summary>
    private const string ForcedStop = "did not stop cleanly in time";

    [Fact]
    public async Task CtrlC_WhileTheTaskIsQueued_CancelsTheTask_SaysSo_AndExitsWith130()
    {
        await using var api = await ConfiguredApi.StartAsync(queued: TimeSpan.FromMinutes(10), processing: TimeSpan.FromMinutes(10));
        using var directory = new TemporaryDirectory();
        using var process = CliProcess.Start(directory.Path, api.Environment, "generate", "a slow queue", "--size", "1:1");
        var queued = await process.ErrorLineAsync(line => line.EndsWith(": queued", StringComparison.Ordinal));
        var taskId = queued.Split(':')[0];

        var (run, elapsed) = await InterruptAsync(process);

        Assert.True(run.ExitCode == 130, run.ToString());
        Assert.True(elapsed < StopBound, $"Ended {elapsed.TotalMilliseconds:0} ms after Ctrl+C.");
        Assert.Contains($"Cancelled: task {taskId} was still queued, so it was cancelled and its quota refunded.", run.Errors);
        Assert.Empty(run.OutputLines);
        Assert.Equal(SeedreamTaskStatus.Cancelled, (await api.Client.GetTaskAsync(taskId)).Status);
    }

    [Fact]
    public async Task CtrlC_WhileWaitingForAProcessingTask_StopsCleanlyLeavesTheTaskRunning_AndExitsWith130()
    {
        await using var api = await ConfiguredApi.StartAsync(queued: TimeSpan.Zero, processing: TimeSpan.FromMinutes(10));
        var taskId = await api.SubmitAsync();
        using var directory = new TemporaryDirectory();
        using var process = CliProcess.Start(directory.Path, api.Environment, "wait", taskId);
        await process.ErrorLineAsync(line => line.StartsWith($"{taskId}: processing", StringComparison.Ordinal));

        var (run, elapsed) = await InterruptAsync(process);

        Assert.True(run.ExitCode == 130, run.ToString());
        Assert.True(elapsed < StopBound, $"Ended {elapsed.TotalMilliseconds:0} ms after Ctrl+C.");
        Assert.Contains(run.Errors, line => line.StartsWith($"Cancelled: stopped waiting for task {taskId} (processing); it goes on at the provider: `seedream wait {taskId}`", StringComparison.Ordinal));
        Assert.Equal(SeedreamTaskStatus.Processing, (await api.Client.GetTaskAsync(taskId)).Status);
    }

    [Fact]
    public async Task CtrlC_WhileASubmitIsUnanswered_WaitsForTheAnswerSayingSo_ThenCancelsTheQueuedTaskItNames()
    {
        const string taskId = "task-answered-late";
        var answer = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = ScriptedServer.Start(request => request switch
        {
            { Method: "POST", Path: "/v1/tasks" } => ScriptedAnswer.Json(200, ScriptedServer.TaskJson(taskId, "queued")).After(answer.Task),
            { Method: "POST" } => ScriptedAnswer.Json(200, $"{{\"task_id\":\"{taskId}\",\"status\":\"cancelled\",\"refunded\":true,\"refunded_quota\":1}}"),
            _ => ScriptedAnswer.Json(200, ScriptedServer.TaskJson(taskId, "queued")),
        });
        using var directory = new TemporaryDirectory();
        using var process = CliProcess.Start(directory.Path, server.Environment, "generate", "a cat");
        await process.ErrorLineAsync(line => line == $"Submitting the task to {server.BaseAddress.Authority}: waiting for the API to accept it…");

        process.Signal("INT");
        await process.ErrorLineAsync(line => line.StartsWith("Stopping: waiting for the API to answer the create request already sent (at most 30 s)", StringComparison.Ordinal));
        var exit = process.WaitForExitAsync();

        // Still waiting well past the 750 ms a command has to stop after Ctrl+C, for as long as the answer takes.
        await Task.WhenAny(exit, Task.Delay(TimeSpan.FromSeconds(2)));
        Assert.False(exit.IsCompleted, "The CLI ended while its submit was unanswered.");
        var clock = Stopwatch.StartNew();
        answer.SetResult();
        var run = await exit;
        var elapsed = clock.Elapsed;

        Assert.True(run.ExitCode == 130, run.ToString());
        Assert.DoesNotContain(ForcedStop, run.ErrorText);
        Assert.True(elapsed < StopBound, $"Ended {elapsed.TotalMilliseconds:0} ms after the answer.");
        Assert.Contains($"Cancelled: task {taskId} was still queued, so it was cancelled and its quota refunded.", run.Errors);
        Assert.Single(server.Requests, request => request.Method == "POST" && request.Path == "/v1/tasks");
        Assert.Single(server.Requests, request => request.Path == $"/v1/tasks/{taskId}/cancel");
    }

    [Fact]
    public async Task SecondCtrlC_WhileASubmitIsUnanswered_EndsWithin1s_SayingTheCreateWasUnansweredAndATaskMayExist()
    {
        await using var server = ScriptedServer.Start(_ => ScriptedAnswer.Never());
        using var directory = new TemporaryDirectory();
        using var process = CliProcess.Start(directory.Path, server.Environment, "generate", "a cat");
        await process.ErrorLineAsync(line => line == $"Submitting the task to {server.BaseAddress.Authority}: waiting for the API to accept it…");
        process.Signal("INT");
        await process.ErrorLineAsync(line => line.StartsWith("Stopping: waiting for the API to answer", StringComparison.Ordinal));

        var (run, elapsed) = await InterruptAsync(process);

        Assert.True(run.ExitCode == 130, run.ToString());
        Assert.True(elapsed < StopBound, $"Ended {elapsed.TotalMilliseconds:0} ms after the second Ctrl+C.");
        Assert.Contains("Stopped at once: create unanswered at forced exit. A task may have been created, and billed (it would show among your provider's tasks).", run.Errors);
        Assert.DoesNotContain("No task was", run.ErrorText, StringComparison.Ordinal);
        Assert.Single(server.Requests, request => request.Method == "POST");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task CtrlC_WhileAStatusAnswerStallsInItsBody_OrDuringTheBackoffAfterAServerError_EndsWithin1s_AndSaysHowToPickTheTaskUp(bool serverError)
    {
        await using var server = ScriptedServer.Start(_ => serverError
            ? ScriptedAnswer.Json(500, "{\"error\":{\"code\":\"internal_error\",\"message\":\"down\"}}")
            : ScriptedAnswer.StalledBody());
        using var directory = new TemporaryDirectory();
        using var process = CliProcess.Start(directory.Path, server.Environment, "wait", "task-stalled");
        while (server.Requests.IsEmpty)
        {
            await Task.Delay(10);
        }

        await Task.Delay(100);
        var (run, elapsed) = await InterruptAsync(process);

        Assert.True(run.ExitCode == 130, run.ToString());
        Assert.True(elapsed < StopBound, $"Ended {elapsed.TotalMilliseconds:0} ms after Ctrl+C.");
        Assert.Contains("`seedream wait task-stalled`", run.ErrorText);
    }

    [Fact]
    public async Task SecondCtrlC_WhileCancellingTheQueuedTask_ExitsAtOnce_SayingTheTaskMayStillBeQueued()
    {
        const string taskId = "task-second-signal";
        await using var server = ScriptedServer.Start(request => request switch
        {
            { Method: "POST", Path: "/v1/tasks" } => ScriptedAnswer.Json(200, ScriptedServer.TaskJson(taskId, "queued")),
            { Method: "POST" } => ScriptedAnswer.Never(),
            _ => ScriptedAnswer.Json(200, ScriptedServer.TaskJson(taskId, "queued")),
        });
        using var directory = new TemporaryDirectory();
        using var process = CliProcess.Start(directory.Path, server.Environment, "generate", "a cat");
        await process.ErrorLineAsync(line => line == $"{taskId}: queued");
        process.Signal("INT");
        while (!server.Requests.Any(request => request.Path.EndsWith("/cancel", StringComparison.Ordinal)))
        {
            await Task.Delay(5);
        }

        var (run, elapsed) = await InterruptAsync(process);

        Assert.True(run.ExitCode == 130, run.ToString());
        Assert.True(elapsed < TimeSpan.FromSeconds(1), $"Ended {elapsed.TotalMilliseconds:0} ms after the second Ctrl+C.");
        Assert.Contains(
            $"Stopped at once (second Ctrl+C). Task {taskId} may still be queued: cancelling it had not finished. `seedream cancel {taskId}` cancels it while it is queued.",
            run.Errors);
    }

    [Fact]
    public async Task CtrlC_WhileAnImageDownloadIsUnanswered_EndsWithin1s_AndSaysHowToSaveTheImagesLater()
    {
        const string taskId = "task-saving";
        await using var server = ScriptedServer.Start(request => request.Path.StartsWith("/files/", StringComparison.Ordinal)
            ? ScriptedAnswer.Never()
            : ScriptedAnswer.Json(200, ScriptedServer.TaskJson(taskId, "completed", $",\"result\":{{\"images\":[{{\"url\":[\"{request.Server}files/slow.jpeg\"]}}]}}")));
        using var directory = new TemporaryDirectory();
        using var process = CliProcess.Start(directory.Path, server.Environment, "wait", taskId);
        await process.ErrorLineAsync(line => line == $"{taskId}: saving 1 image");
        while (!server.Requests.Any(request => request.Path.StartsWith("/files/", StringComparison.Ordinal)))
        {
            await Task.Delay(10);
        }

        var (run, elapsed) = await InterruptAsync(process);

        Assert.True(run.ExitCode == 130, run.ToString());
        Assert.True(elapsed < StopBound, $"Ended {elapsed.TotalMilliseconds:0} ms after Ctrl+C.");
        Assert.Contains($"Cancelled while saving the images of task {taskId}; `seedream wait {taskId}` saves them (their links expire after 24 hours).", run.Errors);
        Assert.Empty(run.OutputLines);
    }

    [Fact]
    public async Task CtrlC_WhileTheEmbeddedEmulatorProcessesTheTask_EndsWithin1s_WithoutPointingAtARecoveryThatCannotWork()
    {
        using var directory = new TemporaryDirectory();
        using var process = CliProcess.Start(directory.Path, null, "generate", "a cat");
        await process.ErrorLineAsync(line => line.EndsWith(": processing", StringComparison.Ordinal) || line.Contains(": processing ", StringComparison.Ordinal));

        var (run, elapsed) = await InterruptAsync(process);

        Assert.True(run.ExitCode == 130, run.ToString());
        Assert.True(elapsed < StopBound, $"Ended {elapsed.TotalMilliseconds:0} ms after Ctrl+C.");
        Assert.DoesNotContain("seedream wait", run.ErrorText);
    }

    /// <summary>
    /// Sends Ctrl+C and waits for the process to end. The command must have stopped by itself, within the CLI's grace
    /// period (750 ms), not been ended by the forced stop: that is the CLI's own share of the 1 s, whatever the load.
    /// </summary>
    private async Task<(CliRun Run, TimeSpan Elapsed)> InterruptAsync(CliProcess process)
    {
        var clock = Stopwatch.StartNew();
        process.Signal("INT");
        var run = await process.WaitForExitAsync();
        _log.WriteLine($"The CLI ended {clock.Elapsed.TotalMilliseconds:0} ms after Ctrl+C.");
        Assert.DoesNotContain(ForcedStop, run.ErrorText);
        return (run, clock.Elapsed);
    }
}
