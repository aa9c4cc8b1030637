using System.CommandLine;
using Seedream.Http;

namespace Seedream.Cli.Commands;

/// <summary>The <c>&lt;id&gt;</c> argument of the commands that act on an existing task.</summary>
internal static class TaskIdArgument
{
    /// <summary>
    /// A new <c>id</c> argument (one per command). An empty id, or one the client's <see cref="TaskIds"/> refuses (<c>.</c>,
    /// <c>..</c>: as a path segment they address <c>/v1/</c>, not a task), is a parse error (exit code 2).
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
            else if (!TaskIds.IsAddressable(id))
            {
                result.AddError($"'{id.Trim()}' is not a task id; give the id that `seedream generate` printed, e.g. task-wave1775285160b950328499.");
            }
        });
        return argument;
    }
}
