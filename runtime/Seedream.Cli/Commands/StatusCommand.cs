using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;
using Seedream.Cli.Connection;
using Seedream.Cli.Output;

namespace Seedream.Cli.Commands;

/// <summary><c>seedream status &lt;id&gt;</c>: shows a task's current state once, without waiting.</summary>
internal sealed class StatusCommand : Command
{
    private readonly CliOutput _output;
    private readonly JsonResult _result;
    private readonly Argument<string> _id = TaskIdArgument.Create();
    private readonly Option<bool> _json = CommonOptions.Json("a summary");

    /// <summary>Creates the command.</summary>
    /// <param name="output">Where the state goes.</param>
    /// <param name="result">The JSON document <c>--json</c> prints.</param>
    public StatusCommand(CliOutput output, JsonResult result)
        : base("status", "Show a task's current state: status, progress, times, error, images (with their links and expiry).")
    {
        _output = output;
        _result = result;
        Add(_id);
        Add(_json);
        SetAction(GuardedAction.For(output, RunAsync, result));
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken interrupt)
    {
        var taskId = parseResult.GetValue(_id)!.Trim();
        _result.Task(taskId);
        await using var connection = await ApiConnection.OpenAsync(_output, null, interrupt).ConfigureAwait(false);
        var task = await connection.Client.GetTaskAsync(taskId, interrupt).ConfigureAwait(false);
        if (_result.Requested)
        {
            _result.Seen(task);
        }
        else
        {
            TaskSummaryWriter.Write(task, _output.Results);
        }

        return ExitCodes.Success;
    }
}
