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
    private readonly Argument<string> _id = TaskIdArgument.Create();
    private readonly Option<bool> _json = CommonOptions.Json("a summary");

    /// <summary>Creates the command.</summary>
    /// <param name="output">Where the state goes.</param>
    public StatusCommand(CliOutput output)
        : base("status", "Show a task's current state: status, progress, times, error, images (with their links and expiry).")
    {
        _output = output;
        Add(_id);
        Add(_json);
        SetAction(GuardedAction.For(output, RunAsync));
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken interrupt)
    {
        await using var connection = await ApiConnection.OpenAsync(_output, null, interrupt).ConfigureAwait(false);
        var task = await connection.Client.GetTaskAsync(parseResult.GetValue(_id)!.Trim(), interrupt).ConfigureAwait(false);
        if (parseResult.GetValue(_json))
        {
            _output.Result(TaskJsonWriter.Write(task, connection.Redactor));
        }
        else
        {
            TaskSummaryWriter.Write(task, _output.Results);
        }

        return ExitCodes.Success;
    }
}
