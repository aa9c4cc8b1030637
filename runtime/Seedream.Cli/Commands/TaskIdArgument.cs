using System.CommandLine;

namespace Seedream.Cli.Commands;

/// <summary>The <c>&lt;id&gt;</c> argument of the commands that act on an existing task.</summary>
internal static class TaskIdArgument
{
    /// <summary>A new <c>id</c> argument (one per command); an empty id is a parse error (exit code 2).</summary>
    public static Argument<string> Create()
    {
        var argument = new Argument<string>("id") { Description = "The task id that `seedream generate` printed, e.g. task-wave1775285160b950328499." };
        argument.Validators.Add(result =>
        {
            if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string>()))
            {
                result.AddError("The task id is empty; give the id that `seedream generate` printed, e.g. task-wave1775285160b950328499.");
            }
        });
        return argument;
    }
}
