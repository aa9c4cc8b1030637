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
    private readonly TaskWhereabouts _whereabouts;
    private readonly JsonResult _result;
    private readonly Argument<string> _id = TaskIdArgument.Create();
    private readonly Option<string> _out = CommonOptions.OutputDirectory();
    private readonly Option<TimeSpan?> _timeout = CommonOptions.Timeout();
    private readonly Option<bool> _json = CommonOptions.Json("the saved paths");

    /// <summary>Creates the command.</summary>
    /// <param name="output">Where progress, paths and messages go.</param>
    /// <param name="whereabouts">Kept up to date with where the task stands.</param>
    /// <param name="result">The JSON document <c>--json</c> prints, kept up to date with the task and why the command ends.</param>
    public WaitCommand(CliOutput output, TaskWhereabouts whereabouts, JsonResult result)
        : base("wait", "Wait for a task (e.g. one submitted earlier, or after a timeout), save its images and print their paths. " +
                       "Ctrl+C stops waiting and leaves the task alone. " + ExitCodes.ShortHelp)
    {
        _output = output;
        _whereabouts = whereabouts;
        _result = result;
        Add(_id);
        Add(_out);
        Add(_timeout);
        Add(_json);
        SetAction(GuardedAction.For(output, RunAsync, result));
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken interrupt)
    {
        var taskId = parseResult.GetValue(_id)!.Trim();
        _result.Task(taskId);
        var folder = OutputFolder.Resolve(parseResult.GetValue(_out)!);
        var timeout = parseResult.GetValue(_timeout) ?? CommonOptions.DefaultTimeout;
        await using var connection = await ApiConnection.OpenAsync(_output, timeout, interrupt).ConfigureAwait(false);
        if (connection.UsesEmbeddedEmulator)
        {
            _whereabouts.UsingEmbeddedEmulator();
        }

        using var deadline = new CommandDeadline(timeout);
        var follower = new TaskFollower(connection, _output, _whereabouts, _result);
        return await follower.FollowAsync(
            taskId,
            null,
            connection.Client.GetOperation(taskId).WaitForCompletionAsync,
            folder,
            cancelIfQueued: false,
            deadline,
            interrupt).ConfigureAwait(false);
    }
}
