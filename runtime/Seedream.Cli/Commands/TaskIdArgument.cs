using System.CommandLine;
using Seedream.Cli.Output;
using Seedream.Http;

namespace Seedream.Cli.Commands;

/// <summary>The <c>&lt;id&gt;</c> argument of the commands that act on an existing task.</summary>
internal static class TaskIdArgument
{
    /// <summary>
    /// A new <c>id</c> argument (one per command). An empty id, or one without the shape of the API's ids
    /// (<see cref="TaskIds.IsWellFormed"/>: <c>bad id!</c>, and <c>.</c> or <c>..</c>, which as a path segment would address
    /// <c>/v1/</c>), is a parse error (exit code 2): nothing is sent. Surrounding white space is ignored.
    /// </summary>
    public static Argument<string> Create()
    {
        var argument = new Argument<string>("id") { Description = "The task id that `seedream generate` printed, e.g. task-wave1775285160b950328499." };
        argument.Validators.Add(result =>
        {
            var id = result.GetValueOrDefault<string>();
            if (string.IsNullOrWhiteSpace(id))
            {
                result.AddError("The task id is empty; give the id that `seedream generate` printed, e.g. task-wave1775285160b950328499.");
            }
            else if (!TaskIds.IsWellFormed(id.Trim()))
            {
                result.AddError($"'{TerminalText.Escape(id.Trim())}' is not a task id: a task id is {TaskIds.Shape}. Give the id that `seedream generate` printed.");
            }
        });
        return argument;
    }
}
