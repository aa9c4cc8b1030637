using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Seedream.Emulator;
using Seedream.Testing.Cli;
using Xunit;

namespace Seedream.Cli.Tests;

public class FailureTests
{
    [Fact]
    public async Task Generate_TaskThatFails_ExitsWith5AndGivesTheTasksError()
    {
        await using var api = await ConfiguredApi.StartAsync(new EmulatorOptions { QueueDuration = TimeSpan.Zero, ProcessingDuration = TimeSpan.Zero, TaskFailureRate = 1 });
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, api.Environment, "generate", "a doomed request");

        Assert.True(run.ExitCode == 5, run.ToString());
        Assert.Contains(run.Errors, line => line.StartsWith("Task task-", StringComparison.Ordinal) && line.Contains(" failed (", StringComparison.Ordinal));
        Assert.Empty(run.OutputLines);
    }

    [Fact]
    public async Task Generate_SetWhoseImagesFailed_ExitsWith5AndListsEachImageNotSaved_NumberedFrom1()
    {
        await using var api = await ConfiguredApi.StartAsync(new EmulatorOptions { QueueDuration = TimeSpan.Zero, ProcessingDuration = TimeSpan.Zero, SetItemFailureRate = 1 });
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, api.Environment, "generate", "a set that breaks", "--n", "2");

        Assert.True(run.ExitCode == 5, run.ToString());
        Assert.Contains(run.Errors, line => line.Contains("2 of 2 images of task", StringComparison.Ordinal) && line.EndsWith("were not saved:", StringComparison.Ordinal));
        Assert.Contains(run.Errors, line => line.StartsWith("- image 1: the API reported an error for this image (", StringComparison.Ordinal));
        Assert.Contains(run.Errors, line => line.StartsWith("- image 2: the API reported an error for this image (", StringComparison.Ordinal));
        Assert.DoesNotContain("image 0", run.ErrorText);
        Assert.DoesNotContain("..", run.ErrorText);
        var folder = Path.Combine(directory.Path, "seedream-output");
        Assert.True(!Directory.Exists(folder) || Directory.GetFiles(folder).Length == 0, "No file should be left for images that failed.");
    }

    [Fact]
    public async Task Status_WithoutApiKey_ExitsWith3AndExplainsTheBuiltInEmulatorStartsEmpty()
    {
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, null, "status", "task-from-yesterday");

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.Contains("no such task", run.ErrorText);
        Assert.Contains("run `seedream emulator` and set SEEDREAM_API_KEY and SEEDREAM_BASE_URL as it says", run.ErrorText);
    }

    [Fact]
    public async Task Generate_WithPlainHttpBaseUrlOffLoopback_ExitsWith2AndSaysWhy()
    {
        using var directory = new TemporaryDirectory();
        var environment = new Dictionary<string, string>
        {
            ["SEEDREAM_API_KEY"] = "sk-anything",
            ["SEEDREAM_BASE_URL"] = "http://api.example.com/",
        };

        var run = await CliProcess.RunAsync(directory.Path, environment, "generate", "a cat");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("SEEDREAM_BASE_URL cannot be used:", run.ErrorText);
        Assert.Contains("plain http", run.ErrorText);
        Assert.DoesNotContain("sk-anything", run.ErrorText);
    }
}
