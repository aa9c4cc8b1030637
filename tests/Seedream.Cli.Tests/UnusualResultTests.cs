using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Seedream.Testing.Cli;
using Xunit;

namespace Seedream.Cli.Tests;

/// <summary>
/// What the second and third reviewers found in the CLI, kept as regression tests: line separators in server text, a
/// completed task with no images, a task listing more images than the limit, an --out that cannot be written to, and a
/// prompt's length counted in UTF-16 code units instead of characters.
/// </summary>
public class UnusualResultTests
{
    [Theory]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    public async Task Status_LineOrParagraphSeparatorInServerText_IsShownEscaped(string separator)
    {
        var task = ScriptedServer.TaskJson("task-ls", "processing" + separator + "completed", ",\"error\":{\"code\":\"c" + separator + "\",\"message\":\"m" + separator + "fake line\"}");
        await using var server = ScriptedServer.Start(_ => ScriptedAnswer.Json(200, task));
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, server.Environment, "status", "task-ls");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"status    processing\\u{(int)separator[0]:X4}completed 40%", run.Output);
        Assert.DoesNotContain(separator, run.ToString(), StringComparison.Ordinal);
    }

    /// <summary>The first poll answers the odd status, the next ones that the task failed: the wait ends by itself once the progress line is printed, whatever the machine's speed.</summary>
    [Fact]
    public async Task WaitAndCancel_LineSeparatorInProgressOrAnsweredId_IsShownEscaped()
    {
        var polls = 0;
        await using var server = ScriptedServer.Start(request => request.Method == "POST"
            ? ScriptedAnswer.Json(200, "{\"task_id\":\"task-ls\",\"status\":\"cancelled\\u2029\",\"refunded\":true}")
            : ScriptedAnswer.Json(200, Interlocked.Increment(ref polls) == 1
                ? ScriptedServer.TaskJson("task-ls", "processing\u2028task-ls: completed")
                : ScriptedServer.TaskJson("task-ls", "failed", ",\"error\":{\"code\":\"task_failed\",\"message\":\"no\"}")));
        using var directory = new TemporaryDirectory();

        var wait = await CliProcess.RunAsync(directory.Path, server.Environment, "wait", "task-ls");
        var cancel = await CliProcess.RunAsync(directory.Path, server.Environment, "cancel", "task-ls");

        Assert.True(wait.ExitCode == 5, wait.ToString());
        Assert.Contains("task-ls: processing\\u2028task-ls: completed 40%", wait.Errors);
        Assert.True(cancel.ExitCode == 0, cancel.ToString());
        Assert.DoesNotContain('\u2028', wait.ToString());
        Assert.DoesNotContain('\u2029', cancel.ToString());
    }

    [Theory]
    [InlineData(",\"result\":{\"images\":[]}")]
    [InlineData("")]
    public async Task Generate_TaskCompletedWithNoImages_ExitsWith5_SayingNothingWasSaved(string result)
    {
        await using var server = ScriptedServer.Start(request => ScriptedAnswer.Json(200, request.Method == "POST"
            ? ScriptedServer.TaskJson("task-empty", "queued")
            : ScriptedServer.TaskJson("task-empty", "completed", result)));
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, server.Environment, "generate", "a cat", "--out", "out");

        Assert.True(run.ExitCode == 5, run.ToString());
        Assert.Contains("Task task-empty completed, but the API listed no images for it: nothing was saved.", run.Errors);
        Assert.Empty(run.OutputLines);
    }

    [Fact]
    public async Task Wait_TaskListingMoreImagesThanTheLimit_SaysHowManyItListed_NotOneImage()
    {
        var images = string.Join(",", Enumerable.Range(0, 2000).Select(i => $"{{\"url\":\"https://cdn.example/{i}.png\"}}"));
        await using var server = ScriptedServer.Start(_ => ScriptedAnswer.Json(200, ScriptedServer.TaskJson("task-many", "completed", ",\"result\":{\"images\":[" + images + "]}")));
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, server.Environment, "wait", "task-many", "--out", "out");

        Assert.True(run.ExitCode == 5, run.ToString());
        Assert.Contains(run.Errors, line => line.StartsWith("Task task-many lists 2000 images, over the limit of 100", StringComparison.Ordinal));
        Assert.DoesNotContain("1 of 1 images", run.ErrorText, StringComparison.Ordinal);
        Assert.DoesNotContain("image 101", run.ErrorText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_PromptOf200Emoji_IsNotWarnedAsLongerThanTheRecommended300Characters()
    {
        using var directory = new TemporaryDirectory();
        var prompt = string.Concat(Enumerable.Repeat("\U0001F415", 200));

        var run = await CliProcess.RunAsync(directory.Path, null, "generate", prompt, "--model", "seedream-5.0");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain(run.Errors, line => line.StartsWith("Note: the prompt has", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Generate_OutThatCannotBeCreated_ExitsWith2_BeforeAnythingIsSent()
    {
        await using var server = ScriptedServer.Start(_ => ScriptedAnswer.Json(200, ScriptedServer.TaskJson("task-out", "queued")));
        using var directory = new TemporaryDirectory();

        // /proc takes no new folders, even for root (the test machine runs as root, so permissions cannot stand in).
        var run = await CliProcess.RunAsync(directory.Path, server.Environment, "generate", "a cat", "--out", "/proc/seedream-test/images");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.StartsWith("--out '/proc/seedream-test/images' cannot be used as the images' folder: ", run.Errors[0], StringComparison.Ordinal);
        Assert.True(server.Requests.IsEmpty);
    }
}
