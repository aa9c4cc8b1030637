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
    public async Task TaskCommand_WithADotSegmentId_ExitsWith2BeforeAnythingIsSent(string command, string id)
    {
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, null, command, id);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal(
            new[] { $"'{id}' is not a task id; give the id that `seedream generate` printed, e.g. task-wave1775285160b950328499.", $"See 'seedream {command} --help'." },
            run.Errors);
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
