using System.CommandLine;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Seedream.Cli.Connection;
using Seedream.Cli.Output;

namespace Seedream.Cli.Commands;

/// <summary><c>seedream cancel &lt;id&gt;</c>: cancels a task that is still queued; its quota is refunded.</summary>
internal sealed class CancelCommand : Command
{
    private readonly CliOutput _output;
    private readonly Argument<string> _id = TaskIdArgument.Create();

    /// <summary>Creates the command.</summary>
    /// <param name="output">Where the outcome goes.</param>
    public CancelCommand(CliOutput output)
        : base("cancel", "Cancel a task while it is still queued (its quota is refunded); a task that has started cannot be cancelled (exit code 3).")
    {
        _output = output;
        Add(_id);
        SetAction(GuardedAction.For(output, RunAsync));
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken interrupt)
    {
        var taskId = parseResult.GetValue(_id)!.Trim();
        await using var connection = await ApiConnection.OpenAsync(_output, null, interrupt).ConfigureAwait(false);
        try
        {
            var answer = await connection.Client.CancelAsync(taskId, interrupt).ConfigureAwait(false);
            var refund = answer.RefundedQuota is long quota ? "; refunded quota: " + quota.ToString(CultureInfo.InvariantCulture) : string.Empty;
            var status = answer.Status.Value.Length == 0 ? "cancelled" : answer.Status.Value;
            _output.Result($"Task {TerminalText.Escape(answer.TaskId.Length == 0 ? taskId : answer.TaskId)} {TerminalText.Escape(status)}{refund}.");
            return ExitCodes.Success;
        }
        catch (SeedreamException exception) when (exception.Kind == SeedreamErrorKind.InvalidRequest)
        {
            _output.Message(
                $"Task {TerminalText.Escape(taskId)} was not cancelled: only a queued task can be cancelled, and this one has already started or ended " +
                $"(the API said: {TerminalText.Escape(exception.ApiMessage ?? exception.ApiCode ?? "not cancellable")}). `seedream status {TerminalText.Escape(taskId)}` shows where it is.");
            return ExitCodes.ApiError;
        }
    }
}
