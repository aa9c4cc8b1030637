using System;
using System.CommandLine;
using System.Linq;

namespace Seedream.Cli;

/// <summary>
/// Finishes System.CommandLine's help text: its list of commands shows every argument as <c>&lt;name&gt;</c>,
/// optional ones included, and offers no public way to change that row; here an optional argument is shown
/// as <c>[name]</c> (<c>models [model]</c>), as the usage line does.
/// </summary>
internal static class HelpText
{
    /// <summary>The help text with each command's optional arguments in brackets.</summary>
    /// <param name="text">The help as System.CommandLine wrote it.</param>
    /// <param name="root">The command tree it describes.</param>
    public static string Finish(string text, RootCommand root)
    {
        foreach (var command in root.Subcommands)
        {
            foreach (var argument in command.Arguments.Where(a => a.Arity.MinimumNumberOfValues == 0))
            {
                text = text.Replace($"  {command.Name} <{argument.Name}>", $"  {command.Name} [{argument.Name}]", StringComparison.Ordinal);
            }
        }

        return text;
    }
}
