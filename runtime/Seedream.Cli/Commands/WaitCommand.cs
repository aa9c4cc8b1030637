using System;
using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;
using Seedream.Cli.Connection;
using Seedream.Cli.Output;
using Seedream.Cli.Running;

namespace Seedream.Cli.Commands;

/// <summary><c>seedream wait &lt;id&gt;</c>: follows an existing task to the end, saves its images and prints their paths.</summary>
internal sealed class WaitCommand : Command
{
    private readonly CliOutput _output;
    private readonly Argument<string> _id = TaskIdArgument.Create();
    private readonly Option<string> _out = CommonOptions.OutputDirectory();
    private readonly Option<int?> _timeout = CommonOptions.Timeout();

    /// <summary>Creates the command.</summary>
    /// <param name="output">Where progress, paths and messages go.</param>
    public WaitCommand(CliOutput output)
        : base("wait", "Wait for a task (e.g. one submitted earlier, or after a timeout), save its images and print their paths. " +
                       "Ctrl+C stops waiting and leaves the task alone. " + ExitCodes.ShortHelp)
    {
        _output = output;
        Add(_id);
        Add(_out);
        Add(_timeout);
        SetAction(GuardedAction.For(output, RunAsync));
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken interrupt)
    {
        var taskId = parseResult.GetValue(_id)!;
        var timeout = parseResult.GetValue(_timeout) is int seconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
        await using var connection = await ApiConnection.OpenAsync(_output, timeout, interrupt).ConfigureAwait(false);
        var follower = new TaskFollower(connection, _output);
        return await follower.FollowAsync(
            taskId,
            null,
            connection.Client.GetOperation(taskId).WaitForCompletionAsync,
            parseResult.GetValue(_out)!,
            cancelIfQueued: false,
            interrupt).ConfigureAwait(false);
    }
}
