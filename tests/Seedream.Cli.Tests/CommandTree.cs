using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.IO;
using System.Linq;
using Seedream.Cli.Output;

namespace Seedream.Cli.Tests;

/// <summary>The CLI's command tree, built as the program builds it, so a test can reach every command and option it has.</summary>
internal static class CommandTree
{
    /// <summary>The root command.</summary>
    public static RootCommand Root()
    {
        var output = new CliOutput(TextWriter.Null, TextWriter.Null, messagesOnTerminal: false);
        var whereabouts = new TaskWhereabouts();
        return SeedreamCommandLine.Create(output, whereabouts, new InFlightCreates(), new JsonResult(output, whereabouts, apiKey: null));
    }

    /// <summary>Every command under the root, with its name as typed from the top (<c>seedream batch run</c>).</summary>
    public static IEnumerable<(string Name, Command Command)> Commands()
    {
        var pending = new Queue<(string, Command)>(new[] { ("seedream", (Command)Root()) });
        while (pending.Count > 0)
        {
            var (name, command) = pending.Dequeue();
            yield return (name, command);
            foreach (var child in command.Subcommands)
            {
                pending.Enqueue((name + " " + child.Name, child));
            }
        }
    }

    /// <summary>Every option a person gives to a command that does something (the built-in help and version left out).</summary>
    public static IEnumerable<(string Command, Option Option)> Options() =>
        Commands()
            .Where(command => command.Command.Action is not null && command.Command is not RootCommand)
            .SelectMany(command => command.Command.Options
                .Where(option => option is not HelpOption and not VersionOption)
                .Select(option => (command.Name, option)));
}
