using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Linq;
using Seedream.Cli.Commands;
using Seedream.Cli.Output;

namespace Seedream.Cli;

/// <summary>
/// Reports a command line that does not parse (exit code 2, nothing sent): each error naming the option
/// and the form it takes, a missing argument with what it is, a suggestion for a mistyped command, a hint
/// to quote a multi-word prompt, and where the help is.
/// </summary>
internal static class ParseErrorReport
{
    /// <summary>Writes the report to standard error and returns <see cref="ExitCodes.BadInput"/>.</summary>
    /// <param name="parseResult">A parse with at least one error.</param>
    /// <param name="output">Where the report goes.</param>
    public static int Write(ParseResult parseResult, CliOutput output)
    {
        var command = parseResult.CommandResult.Command;
        var words = parseResult.UnmatchedTokens.Where(token => !token.StartsWith('-')).ToList();
        var explained = Array.Empty<string>();
        if (command is RootCommand root && words.Count > 0)
        {
            var suggestion = CommandSuggestion.Closest(words[0], root.Subcommands.Select(c => c.Name));
            output.Message($"'{TerminalText.Escape(words[0])}' is not a seedream command" +
                           (suggestion is null ? $"; the commands are {string.Join(", ", root.Subcommands.Select(c => c.Name))}." : $"; did you mean 'seedream {suggestion}'?"));
            explained = words.ToArray();
        }
        else if (command is GenerateCommand generate && words.Count > 0)
        {
            var prompt = string.Join(' ', new[] { parseResult.GetValue(generate.Prompt) }.Concat(words));
            output.Message($"The prompt must be one argument: put it in quotes, e.g. seedream generate \"{TerminalText.Escape(prompt)}\"");
            explained = words.ToArray();
        }

        var missing = command.Arguments
            .Where(argument => argument.Arity.MinimumNumberOfValues > 0 && parseResult.GetResult(argument) is not { Tokens.Count: > 0 })
            .ToList();
        foreach (var argument in missing)
        {
            output.Message($"'seedream {command.Name}' needs <{argument.Name}>: {argument.Description}");
        }

        var shown = parseResult.Errors
            .Where(e => !explained.Any(word => e.Message.Contains($"'{word}'", StringComparison.Ordinal)))
            .Where(e => e.SymbolResult is not ArgumentResult { Argument: var argument } || !missing.Contains(argument));
        foreach (var error in shown)
        {
            output.Message(TerminalText.Escape(error.Message)!);
        }

        output.Message(command is RootCommand ? "See 'seedream --help'." : $"See 'seedream {command.Name} --help'.");
        return ExitCodes.BadInput;
    }
}
