using System;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using Seedream.Testing.Cli;
using Xunit;

namespace Seedream.Cli.Tests;

public class TaskCommandsTests
{
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task Status_OfQueuedTaskOnConfiguredApi_ShowsIdModelAndStatus()
    {
        await using var api = await ConfiguredApi.StartAsync(queued: Long, processing: Long);
        var taskId = await api.SubmitAsync();
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, api.Environment, "status", taskId);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("task      " + taskId, run.Output);
        Assert.Contains("model     seedream-5.0", run.Output);
        Assert.Contains("status    queued 0%", run.Output);
        Assert.DoesNotContain("built-in emulator", run.ErrorText);
    }

    [Fact]
    public async Task StatusJson_OfCompletedTask_PrintsThePublicShapeWithImageLinksButNoBase64Data()
    {
        await using var api = await ConfiguredApi.StartAsync(queued: TimeSpan.Zero, processing: TimeSpan.Zero);
        var taskId = await api.SubmitAsync();
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, api.Environment, "status", " " + taskId + " ", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.OutputText);
        var task = json.RootElement;
        Assert.Equal(taskId, task.GetProperty("id").GetString());
        Assert.Equal("seedream-5.0", task.GetProperty("model").GetString());
        Assert.Equal("completed", task.GetProperty("status").GetString());
        Assert.EndsWith("Z", task.GetProperty("createdAt").GetString(), StringComparison.Ordinal);
        var image = Assert.Single(task.GetProperty("images").EnumerateArray());
        Assert.Equal(0, image.GetProperty("index").GetInt32());
        Assert.True(Uri.IsWellFormedUriString(image.GetProperty("url").GetString(), UriKind.Absolute), run.OutputText);
        Assert.False(image.GetProperty("hasBase64Data").GetBoolean());
        Assert.False(task.TryGetProperty("error", out _));
    }

    [Fact]
    public async Task Status_UnknownTask_ExitsWith3AndSaysNoSuchTask()
    {
        await using var api = await ConfiguredApi.StartAsync(queued: Long, processing: Long);
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, api.Environment, "status", "task-missing");

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.Contains("no such task", run.ErrorText);
    }

    [Fact]
    public async Task Wait_ForFinishedTask_WithTimeoutInMinutes_SavesItsImageAndPrintsThePath()
    {
        await using var api = await ConfiguredApi.StartAsync(queued: TimeSpan.Zero, processing: TimeSpan.Zero);
        var taskId = await api.SubmitAsync();
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, api.Environment, "wait", taskId, "--out", "resumed", "--timeout", "5m");

        Assert.True(run.ExitCode == 0, run.ToString());
        var path = Assert.Single(run.OutputLines);
        Assert.Equal(Path.Combine(directory.Path, "resumed", taskId + "-0.jpg"), path);
        Assert.DoesNotContain(run.Errors, line => line.Contains("mulator", StringComparison.Ordinal));
        Assert.True(new FileInfo(path).Length > 0);
    }

    /// <summary>Whether the first poll is answered within the second depends on how busy the machine is; the next two tests pin each case.</summary>
    [Fact]
    public async Task Wait_PastItsTimeout_ExitsWith4AndSaysHowToResume()
    {
        await using var api = await ConfiguredApi.StartAsync(queued: TimeSpan.Zero, processing: Long);
        var taskId = await api.SubmitAsync();
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, api.Environment, "wait", taskId, "--timeout", "1s");

        Assert.True(run.ExitCode == 4, run.ToString());
        Assert.StartsWith($"Task {taskId} did not finish within 1 s (--timeout); ", run.Errors[^1], StringComparison.Ordinal);
        Assert.EndsWith($". It may still finish: `seedream wait {taskId}` picks it up (running generate again would create and bill a new task).", run.Errors[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wait_PastItsTimeout_BeforeAnyStatusWasRead_SaysSo_NotAnEmptyStatus()
    {
        await using var server = ScriptedServer.Start(_ => ScriptedAnswer.Never());
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, server.Environment, "wait", "task-unanswered", "--timeout", "1s");

        Assert.True(run.ExitCode == 4, run.ToString());
        Assert.Equal(
            "Task task-unanswered did not finish within 1 s (--timeout); no status was read before the deadline. " +
            "It may still finish: `seedream wait task-unanswered` picks it up (running generate again would create and bill a new task).",
            run.Errors[^1]);
    }

    [Fact]
    public async Task Generate_PastItsTimeout_ExitsWith4_WithTheLastStatusAndHowToResume()
    {
        await using var api = await ConfiguredApi.StartAsync(queued: Long, processing: Long);
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, api.Environment, "generate", "a lighthouse at dusk", "--timeout", "15s");

        Assert.True(run.ExitCode == 4, run.ToString());
        var taskId = Assert.Single(run.Errors, line => line.StartsWith("Submitted task ", StringComparison.Ordinal)).Split(' ')[2];
        Assert.Equal(
            $"Task {taskId} did not finish within 15 s (--timeout); its last status was queued. " +
            $"It may still finish: `seedream wait {taskId}` picks it up (running generate again would create and bill a new task).",
            run.Errors[^1]);
    }

    [Fact]
    public async Task Generate_PastItsTimeout_WhenTheApiSentNoStatus_SaysNoStatusWasRead_NotAnEmptyOne()
    {
        await using var server = ScriptedServer.Start(request => request.Method == "POST"
            ? ScriptedAnswer.Json(200, ScriptedServer.TaskJson("task-blank", ""))
            : ScriptedAnswer.Never());
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, server.Environment, "generate", "a cat", "--timeout", "15s");

        Assert.True(run.ExitCode == 4, run.ToString());
        Assert.Contains("Task task-blank did not finish within 15 s (--timeout); no status was read before the deadline. It may still finish: ", run.Errors[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_QueuedTask_CancelsItAndReportsTheRefund()
    {
        await using var api = await ConfiguredApi.StartAsync(queued: Long, processing: Long);
        var taskId = await api.SubmitAsync();
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, api.Environment, "cancel", taskId);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal($"Task {taskId} cancelled; refunded quota: 1.", Assert.Single(run.OutputLines));
        Assert.Equal(SeedreamTaskStatus.Cancelled, (await api.Client.GetTaskAsync(taskId)).Status);
    }

    [Fact]
    public async Task Cancel_TaskAlreadyProcessing_ExitsWith3AndSaysOnlyQueuedTasksCanBeCancelled()
    {
        await using var api = await ConfiguredApi.StartAsync(queued: TimeSpan.Zero, processing: Long);
        var taskId = await api.SubmitAsync();
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, api.Environment, "cancel", taskId);

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.StartsWith($"Task {taskId} was not cancelled: only a queued task can be cancelled, and this one has already started or ended (the API said: ", Assert.Single(run.Errors));
        Assert.DoesNotContain("Change the request", run.ErrorText);
        Assert.Equal(SeedreamTaskStatus.Processing, (await api.Client.GetTaskAsync(taskId)).Status);
    }
}
