using System;
using System.IO;
using System.Threading.Tasks;
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
    public async Task Status_UnknownTask_ExitsWith3AndSaysNoSuchTask()
    {
        await using var api = await ConfiguredApi.StartAsync(queued: Long, processing: Long);
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, api.Environment, "status", "task-missing");

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.Contains("no such task", run.ErrorText);
    }

    [Fact]
    public async Task Wait_ForFinishedTask_SavesItsImageAndPrintsThePath()
    {
        await using var api = await ConfiguredApi.StartAsync(queued: TimeSpan.Zero, processing: TimeSpan.Zero);
        var taskId = await api.SubmitAsync();
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, api.Environment, "wait", taskId, "--out", "resumed");

        Assert.True(run.ExitCode == 0, run.ToString());
        var path = Assert.Single(run.OutputLines);
        Assert.Equal(Path.Combine(directory.Path, "resumed", taskId + "-0.jpg"), path);
        Assert.True(new FileInfo(path).Length > 0);
    }

    [Fact]
    public async Task Wait_PastItsTimeout_ExitsWith4AndSaysHowToResume()
    {
        await using var api = await ConfiguredApi.StartAsync(queued: TimeSpan.Zero, processing: Long);
        var taskId = await api.SubmitAsync();
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, api.Environment, "wait", taskId, "--timeout", "1");

        Assert.True(run.ExitCode == 4, run.ToString());
        Assert.Contains($"Task {taskId} did not finish within 1 s", run.ErrorText);
        Assert.Contains($"seedream wait {taskId}", run.ErrorText);
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
        Assert.Contains("only a queued task can be cancelled", run.ErrorText);
        Assert.Equal(SeedreamTaskStatus.Processing, (await api.Client.GetTaskAsync(taskId)).Status);
    }
}
