using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading.Tasks;
using Seedream.Testing.Cli;
using Xunit;
using Xunit.Abstractions;

namespace Seedream.Cli.Tests;

/// <summary>
/// What Ctrl+C does in each phase of a command: each test brings the CLI to the phase (a line it printed, a request
/// the server saw), sends SIGINT and checks that the command stopped by itself, with the right exit code and
/// message. Run as tests, the CLI gets <see cref="TestGrace"/> to stop cleanly, so a busy machine cannot turn a
/// clean stop into a forced one; the promised second is timed by <see cref="CtrlCHarness"/>, which runs these same
/// cases with the shipped grace period.
/// </summary>
public class InterruptTests
{
    /// <summary>How long the CLI may take to stop cleanly in a test run (<c>SEEDREAM_STOP_GRACE</c>): far more than it needs, however busy the machine.</summary>
    private static readonly TimeSpan TestGrace = TimeSpan.FromSeconds(30);

    /// <summary>What the CLI says when a command did not stop by itself within its grace period and was ended anyway.</summary>
    private const string ForcedStop = "did not stop cleanly in time";

    private readonly ITestOutputHelper _log;
    private readonly Action<TimeSpan>? _timed;

    /// <summary>Creates the tests.</summary>
    /// <param name="log">Where each test writes how long the CLI took to end after Ctrl+C.</param>
    public InterruptTests(ITestOutputHelper log)
        : this(log, null)
    {
    }

    /// <summary>Creates the cases for <see cref="CtrlCHarness"/>: the CLI keeps its shipped grace period.</summary>
    /// <param name="log">Where each case writes how long the CLI took to end after Ctrl+C.</param>
    /// <param name="timed">Receives that time, from the signal to the process's exit.</param>
    internal InterruptTests(ITestOutputHelper log, Action<TimeSpan>? timed)
    {
        _log = log;
        _timed = timed;
    }

    [Fact]
    public async Task CtrlC_WhileTheTaskIsQueued_CancelsTheTask_SaysSo_AndExitsWith130()
    {
        await using var api = await ConfiguredApi.StartAsync(queued: TimeSpan.FromMinutes(10), processing: TimeSpan.FromMinutes(10));
        using var directory = new TemporaryDirectory();
        using var process = CliProcess.Start(directory.Path, Environment(api.Environment), "generate", "a slow queue", "--size", "1:1");
        var queued = await process.ErrorLineAsync(line => line.EndsWith(": queued", StringComparison.Ordinal));
        var taskId = queued.Split(':')[0];

        var run = await InterruptAsync(process);

        Assert.True(run.ExitCode == 130, run.ToString());
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
        using var process = CliProcess.Start(directory.Path, Environment(api.Environment), "wait", taskId);
        await process.ErrorLineAsync(line => line.StartsWith($"{taskId}: processing", StringComparison.Ordinal));

        var run = await InterruptAsync(process);

        Assert.True(run.ExitCode == 130, run.ToString());
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
        using var process = CliProcess.Start(directory.Path, Environment(server.Environment), "generate", "a cat");
        await process.ErrorLineAsync(line => line == $"Submitting the task to {server.BaseAddress.Authority}: waiting for the API to accept it…");

        process.Signal("INT");
        await process.ErrorLineAsync(line => line.StartsWith("Stopping: waiting for the API to answer the create request already sent (at most 30 s)", StringComparison.Ordinal));
        var exit = process.WaitForExitAsync();

        // Still waiting well past the 750 ms a command has to stop after Ctrl+C, for as long as the answer takes.
        await Task.WhenAny(exit, Task.Delay(TimeSpan.FromSeconds(2)));
        Assert.False(exit.IsCompleted, "The CLI ended while its submit was unanswered.");
        answer.SetResult();
        var run = await exit;

        Assert.True(run.ExitCode == 130, run.ToString());
        Assert.DoesNotContain(ForcedStop, run.ErrorText);
        Assert.Contains($"Cancelled: task {taskId} was still queued, so it was cancelled and its quota refunded.", run.Errors);
        Assert.Single(server.Requests, request => request.Method == "POST" && request.Path == "/v1/tasks");
        Assert.Single(server.Requests, request => request.Path == $"/v1/tasks/{taskId}/cancel");
    }

    [Fact]
    public async Task SecondCtrlC_WhileASubmitIsUnanswered_EndsSayingTheCreateWasUnansweredAndATaskMayExist()
    {
        await using var server = ScriptedServer.Start(_ => ScriptedAnswer.Never());
        using var directory = new TemporaryDirectory();
        using var process = CliProcess.Start(directory.Path, Environment(server.Environment), "generate", "a cat");
        await process.ErrorLineAsync(line => line == $"Submitting the task to {server.BaseAddress.Authority}: waiting for the API to accept it…");
        process.Signal("INT");
        await process.ErrorLineAsync(line => line.StartsWith("Stopping: waiting for the API to answer", StringComparison.Ordinal));

        var run = await InterruptAsync(process);

        Assert.True(run.ExitCode == 130, run.ToString());
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
        using var process = CliProcess.Start(directory.Path, Environment(server.Environment), "wait", "task-stalled");
        await server.AnsweredAsync(request => request.Method == "GET");

        var run = await InterruptAsync(process);

        Assert.True(run.ExitCode == 130, run.ToString());
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
        using var process = CliProcess.Start(directory.Path, Environment(server.Environment), "generate", "a cat");
        await process.ErrorLineAsync(line => line == $"{taskId}: queued");
        process.Signal("INT");
        await server.ReceivedAsync(request => request.Path.EndsWith("/cancel", StringComparison.Ordinal));

        var run = await InterruptAsync(process);

        Assert.True(run.ExitCode == 130, run.ToString());
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
        using var process = CliProcess.Start(directory.Path, Environment(server.Environment), "wait", taskId);
        await process.ErrorLineAsync(line => line == $"{taskId}: saving 1 image");
        await server.ReceivedAsync(request => request.Path.StartsWith("/files/", StringComparison.Ordinal));

        var run = await InterruptAsync(process);

        Assert.True(run.ExitCode == 130, run.ToString());
        Assert.Contains($"Cancelled while saving the images of task {taskId}; `seedream wait {taskId}` saves them (their links expire after 24 hours).", run.Errors);
        Assert.Empty(run.OutputLines);
    }

    /// <summary>
    /// The built-in emulator's task is queued for 0.5 s and processes for 1.5 s, which a poll on a busy machine may
    /// miss entirely: Ctrl+C follows the first progress line, whichever status it shows (the task then cannot finish
    /// for about 2 s), and whatever the phase, nothing may point at a recovery that needs the emulator to outlive the command.
    /// </summary>
    [Fact]
    public async Task CtrlC_WhileTheEmbeddedEmulatorProcessesTheTask_EndsWithin1s_WithoutPointingAtARecoveryThatCannotWork()
    {
        using var directory = new TemporaryDirectory();
        using var process = CliProcess.Start(directory.Path, Environment(null), "generate", "a cat");
        var following = await process.ErrorLineAsync(line => line.StartsWith("task-", StringComparison.Ordinal));

        var run = await InterruptAsync(process);

        Assert.True(run.ExitCode == 130, run.ToString());
        Assert.DoesNotContain("seedream wait", run.ErrorText);
        Assert.DoesNotContain("seedream cancel", run.ErrorText);
        Assert.Contains(run.Errors, line => line.StartsWith("Cancelled", StringComparison.Ordinal) && line.Contains(following.Split(':')[0], StringComparison.Ordinal));
        Assert.Empty(run.OutputLines);
    }

    /// <summary>The CLI's environment: <paramref name="environment"/>, plus <see cref="TestGrace"/> unless the harness times the shipped grace period.</summary>
    private IReadOnlyDictionary<string, string> Environment(IReadOnlyDictionary<string, string>? environment)
    {
        var all = new Dictionary<string, string>(environment ?? new Dictionary<string, string>());
        if (_timed is null)
        {
            all["SEEDREAM_STOP_GRACE"] = $"{TestGrace.TotalSeconds}s";
        }

        return all;
    }

    /// <summary>
    /// Sends Ctrl+C and waits for the process to end (<see cref="CliProcess.Patience"/> at most). The command must have
    /// stopped by itself, not been ended by the forced stop at the end of its grace period.
    /// </summary>
    private async Task<CliRun> InterruptAsync(CliProcess process)
    {
        var clock = Stopwatch.StartNew();
        process.Signal("INT");
        var run = await process.WaitForExitAsync();
        var elapsed = clock.Elapsed;
        _log.WriteLine($"The CLI ended {elapsed.TotalMilliseconds:0} ms after Ctrl+C.");
        _timed?.Invoke(elapsed);
        Assert.DoesNotContain(ForcedStop, run.ErrorText);
        return run;
    }
}
