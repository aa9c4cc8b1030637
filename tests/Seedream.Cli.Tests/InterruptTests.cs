using System;
using System.Threading.Tasks;
using Xunit;

namespace Seedream.Cli.Tests;

public class InterruptTests
{
    [Fact]
    public async Task CtrlC_WhileTheTaskIsQueued_CancelsTheTask_SaysSo_AndExitsWith130()
    {
        await using var api = await ConfiguredApi.StartAsync(queued: TimeSpan.FromMinutes(10), processing: TimeSpan.FromMinutes(10));
        using var directory = new TemporaryDirectory();
        using var process = CliProcess.Start(directory.Path, api.Environment, "generate", "a slow queue", "--size", "1:1");
        var queued = await process.ErrorLineAsync(line => line.EndsWith(": queued", StringComparison.Ordinal));
        var taskId = queued.Split(':')[0];

        process.Signal("INT");
        var run = await process.WaitForExitAsync();

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
        using var process = CliProcess.Start(directory.Path, api.Environment, "wait", taskId);
        await process.ErrorLineAsync(line => line.StartsWith($"{taskId}: processing", StringComparison.Ordinal));

        process.Signal("INT");
        var run = await process.WaitForExitAsync();

        Assert.True(run.ExitCode == 130, run.ToString());
        Assert.Contains(run.Errors, line => line.StartsWith($"Cancelled: stopped waiting for task {taskId} (processing); it goes on at the provider: `seedream wait {taskId}`", StringComparison.Ordinal));
        Assert.Equal(SeedreamTaskStatus.Processing, (await api.Client.GetTaskAsync(taskId)).Status);
    }
}
