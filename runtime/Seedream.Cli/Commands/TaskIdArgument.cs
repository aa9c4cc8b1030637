using System.CommandLine;

namespace Seedream.Cli.Commands;

/// <summary>The <c>&lt;id&gt;</c> argument of the commands that act on an existing task.</summary>
internal static class TaskIdArgument
{
    /// <summary>A new <c>id</c> argument (one per command).</summary>
    public static Argument<string> Create() => new("id") { Description = "The task id, e.g. task-wave1775285160b950328499 (printed by `seedream generate`)." };
}
