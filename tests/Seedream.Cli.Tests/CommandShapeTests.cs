using System.Linq;
using System.Threading.Tasks;
using Seedream.Testing.Cli;
using Xunit;

namespace Seedream.Cli.Tests;

/// <summary>Command lines shaped wrong as people type them: a mistyped command, an unquoted prompt, an empty id.</summary>
public class CommandShapeTests
{
    [Theory]
    [InlineData("model", "'model' is not a seedream command; did you mean 'seedream models'?")]
    [InlineData("genrate", "'genrate' is not a seedream command; did you mean 'seedream generate'?")]
    [InlineData("stat", "'stat' is not a seedream command; did you mean 'seedream status'?")]
    [InlineData("draw", "'draw' is not a seedream command; the commands are generate, status, wait, cancel, models, emulator, batch.")]
    public async Task MistypedCommand_ExitsWith2AndSuggestsTheClosestCommand(string typed, string expected)
    {
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, null, typed);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal(new[] { expected, "See 'seedream --help'." }, run.Errors);
    }

    [Fact]
    public async Task Generate_UnquotedMultiWordPrompt_ExitsWith2AndShowsTheQuotedCommand()
    {
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, null, "generate", "a", "cat", "--size", "16:9", "in", "space");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal(
            new[] { "The prompt must be one argument: put it in quotes, e.g. seedream generate \"a cat in space\"", "See 'seedream generate --help'." },
            run.Errors);
    }

    [Theory]
    [InlineData("status")]
    [InlineData("wait")]
    [InlineData("cancel")]
    public async Task TaskCommand_WithEmptyId_ExitsWith2AndSaysTheIdIsEmpty(string command)
    {
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, null, command, "  ");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal(
            new[] { "The task id is empty; give the id that `seedream generate` printed, e.g. task-wave1775285160b950328499.", $"See 'seedream {command} --help'." },
            run.Errors);
    }

    [Theory]
    [InlineData("status", "..")]
    [InlineData("wait", ".")]
    [InlineData("cancel", "..")]
    [InlineData("status", "bad id!")]
    [InlineData("wait", "task 1")]
    [InlineData("cancel", "task-1/../..")]
    [InlineData("status", "任务-1")]
    [InlineData("wait", "_task-1")]
    public async Task TaskCommand_WithAMalformedId_ExitsWith2_SayingWhatAnIdLooksLike_BeforeAnythingIsSent(string command, string id)
    {
        await using var server = ScriptedServer.Start(_ => ScriptedAnswer.Json(404, "{\"error\":{\"message\":\"no such task\",\"code\":\"task_not_found\"}}"));
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, server.Environment, command, id);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal(
            new[]
            {
                $"'{id}' is not a task id: a task id is ASCII letters, digits, '-', '_' and '.', starting with a letter or digit, at most 256 characters " +
                "(e.g. task-wave1775285160b950328499). Give the id that `seedream generate` printed.",
                $"See 'seedream {command} --help'.",
            },
            run.Errors);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task TaskCommand_WithAnIdOfTheDocumentedShapes_SendsIt()
    {
        await using var server = ScriptedServer.Start(request => ScriptedAnswer.Json(200, ScriptedServer.TaskJson(request.Path.Split('/')[^1], "queued")));
        using var directory = new TemporaryDirectory();

        var runs = new[]
        {
            await CliProcess.RunAsync(directory.Path, server.Environment, "status", "task-wave1775285160b950328499"),
            await CliProcess.RunAsync(directory.Path, server.Environment, "status", " task_01K8SGZ2Q4.v2 "),
        };

        Assert.All(runs, run => Assert.True(run.ExitCode == 0, run.ToString()));
        Assert.Equal(new[] { "/v1/tasks/task-wave1775285160b950328499", "/v1/tasks/task_01K8SGZ2Q4.v2" }, server.Requests.Select(request => request.Path));
    }

    [Theory]
    [InlineData("generate", "'seedream generate' needs <prompt>: What to draw, in Chinese or English, in quotes when it has spaces (each model's recommended length: `seedream models`).")]
    [InlineData("wait", "'seedream wait' needs <id>: The task id that `seedream generate` printed, e.g. task-wave1775285160b950328499.")]
    public async Task CommandWithoutItsArgument_ExitsWith2AndSaysWhatTheArgumentIs(string command, string expected)
    {
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, null, command);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal(new[] { expected, $"See 'seedream {command} --help'." }, run.Errors);
    }
}
