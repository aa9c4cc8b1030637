using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Seedream.Testing.Cli;
using Xunit;

namespace Seedream.Cli.Tests;

public class WordingTests
{
    [Fact]
    public async Task Status_WithAKeyTheApiRefuses_ExitsWith3_AndNamesTheEnvironmentVariable_NotALibraryType()
    {
        await using var api = await ConfiguredApi.StartAsync(TimeSpan.Zero, TimeSpan.Zero);
        using var directory = new TemporaryDirectory();
        var environment = new Dictionary<string, string>(api.Environment) { ["SEEDREAM_API_KEY"] = "sk-wrong" };

        var run = await CliProcess.RunAsync(directory.Path, environment, "status", "task-any");

        Assert.True(run.ExitCode == 3, run.ToString());
        var message = Assert.Single(run.Errors);
        Assert.StartsWith("The API refused the key (", message);
        Assert.EndsWith("): set SEEDREAM_API_KEY to a valid API key.", message);
        Assert.DoesNotContain("sk-wrong", message);
    }

    /// <summary>
    /// The command has 500 ms and the built-in emulator holds its task processing (<c>SEEDREAM_BUILTIN_PROCESSING</c>):
    /// the deadline passes during the submit or during the wait, as busy as the machine is; either way the message says
    /// the task ends with the command and points at no wait.
    /// </summary>
    [Fact]
    public async Task Generate_TimeoutOnTheBuiltInEmulator_SaysTheTaskEndsHere_AndPointsAtNoWaitThatCannotWork()
    {
        using var directory = new TemporaryDirectory();
        var held = new Dictionary<string, string> { ["SEEDREAM_BUILTIN_PROCESSING"] = "1h" };

        var run = await CliProcess.RunAsync(directory.Path, held, "generate", "a slow cat", "--timeout", "500ms");

        Assert.True(run.ExitCode == 4, run.ToString());
        var message = run.Errors[^1];
        if (run.Errors.Any(line => line.StartsWith("Submitted task ", StringComparison.Ordinal)))
        {
            Assert.StartsWith("Task task-", message);
            Assert.Contains(" did not finish within 0.5 s (--timeout); its last status was ", message);
            Assert.EndsWith("The built-in emulator stops with this command, so the task ends here; run `seedream emulator` to follow tasks across commands.", message);
        }
        else
        {
            Assert.Equal("The built-in emulator did not answer the submit within 0.5 s (--timeout); it stops with this command, so no task goes on.", message);
        }

        Assert.DoesNotContain("seedream wait", run.ErrorText);
    }

    [Fact]
    public async Task NothingTheCliPrints_NamesALibraryTypeOrDoublesAPeriod()
    {
        await using var api = await ConfiguredApi.StartAsync(TimeSpan.Zero, TimeSpan.FromMinutes(10));
        var taskId = await api.SubmitAsync();
        using var directory = new TemporaryDirectory();
        var wrongKey = new Dictionary<string, string>(api.Environment) { ["SEEDREAM_API_KEY"] = "sk-wrong" };

        var runs = await Task.WhenAll(
            CliProcess.RunAsync(directory.Path, api.Environment, "wait", taskId, "--timeout", "1"),
            CliProcess.RunAsync(directory.Path, api.Environment, "cancel", taskId),
            CliProcess.RunAsync(directory.Path, api.Environment, "status", "task-missing"),
            CliProcess.RunAsync(directory.Path, wrongKey, "generate", "a cat"),
            CliProcess.RunAsync(directory.Path, null, "generate", "a cat", "--count", "x"),
            CliProcess.RunAsync(directory.Path, null, "models"));

        foreach (var run in runs)
        {
            var text = run.OutputText + Environment.NewLine + run.ErrorText;
            Assert.DoesNotContain("SeedreamClientOptions", text);
            Assert.DoesNotContain("SeedreamPollingOptions", text);
            Assert.DoesNotContain("System.", text);
            Assert.DoesNotContain("WaitAsync", text);
            Assert.DoesNotContain(run.Errors, line => line.Contains("..", StringComparison.Ordinal) && !line.Contains("...", StringComparison.Ordinal));
        }

        Assert.Equal(new[] { 4, 3, 3, 3, 2, 0 }, runs.Select(r => r.ExitCode));
    }

    [Fact]
    public async Task Wait_ImageOverTheDownloadLimit_ExitsWith5_NumberingItFrom1_WithSizesInMegabytes()
    {
        await using var server = ScriptedServer.Start(request => request.Path.StartsWith("/files/", StringComparison.Ordinal)
            ? ScriptedAnswer.HugeImage(100L * 1024 * 1024)
            : ScriptedAnswer.Json(200, ScriptedServer.TaskJson("task-big", "completed", $",\"result\":{{\"images\":[{{\"url\":[\"{request.Server}files/big.jpeg\"]}}]}}")));
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, server.Environment, "wait", "task-big");

        Assert.True(run.ExitCode == 5, run.ToString());
        Assert.Equal(new[] { "1 of 1 images of task task-big were not saved:", "- image 1: the image is over the limit of 50 MB." }, run.Errors.Skip(run.Errors.Count - 2));
    }

    [Fact]
    public async Task Status_WhenTheServerRefusesTheConnection_ExitsWith3_NamingTheBaseUrlVariable_NotALibraryType()
    {
        using var directory = new TemporaryDirectory();
        var environment = new Dictionary<string, string> { ["SEEDREAM_API_KEY"] = "sk-any", ["SEEDREAM_BASE_URL"] = "http://127.0.0.1:9/" };

        var run = await CliProcess.RunAsync(directory.Path, environment, "status", "task-any");

        Assert.True(run.ExitCode == 3, run.ToString());
        var message = Assert.Single(run.Errors);
        Assert.StartsWith("Could not reach the API (Connection refused", message);
        Assert.EndsWith("). Check the network and SEEDREAM_BASE_URL.", message);
        Assert.DoesNotContain("Exception", message);
    }
}
