using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Linq;
using Seedream.Cli.Commands;
using Seedream.Cli.Output;

namespace Seedream.Cli;

/// <summary>
/// Reports a command line that does not parse (exit code 2, nothing sent): each error naming the option and the form it
/// takes, the option most likely meant for a mistyped one, a value given to a switch, a missing argument with what it is,
/// a suggestion for a mistyped command, a hint to quote a prompt when the words left over are one, and where the help is.
/// </summary>
internal static class ParseErrorReport
{
    /// <summary>Writes the report to standard error and returns <see cref="ExitCodes.BadInput"/>.</summary>
    /// <param name="parseResult">A parse with at least one error.</param>
    /// <param name="output">Where the report goes.</param>
    public static int Write(ParseResult parseResult, CliOutput output)
    {
        var command = parseResult.CommandResult.Command;
        var name = CommandLineName(parseResult.CommandResult);
        var stray = StrayTokens.Of(parseResult);
        foreach (var (typed, meant) in stray.UnknownOptions)
        {
            output.Message($"'{TerminalText.Escape(typed)}' is not an option of {name}" + (meant is null ? "." : $"; did you mean {meant}?"));
        }

        foreach (var (flag, value) in stray.SwitchValues)
        {
            output.Message($"{flag.Name} is a switch and takes no value (give it, or leave it out); '{TerminalText.Escape(value)}' is not one.");
        }

        if (command is RootCommand root && stray.Words.Count > 0)
        {
            var suggestion = NameSuggestion.Closest(stray.Words[0], root.Subcommands.Select(c => c.Name));
            output.Message($"'{TerminalText.Escape(stray.Words[0])}' is not a seedream command" +
                           (suggestion is null ? $"; the commands are {string.Join(", ", root.Subcommands.Select(c => c.Name))}." : $"; did you mean 'seedream {suggestion}'?"));
        }
        else if (command is GenerateCommand generate)
        {
            if (PromptWords(parseResult, generate, stray) is { } prompt)
            {
                output.Message($"The prompt must be one argument: put it in quotes, e.g. seedream generate \"{TerminalText.Escape(prompt)}\"");
            }
        }
        else
        {
            foreach (var word in stray.Words)
            {
                output.Message($"'{TerminalText.Escape(word)}' is not an option or argument of {name}.");
            }
        }

        var missing = command.Arguments
            .Where(argument => argument.Arity.MinimumNumberOfValues > 0 && parseResult.GetResult(argument) is not { Tokens.Count: > 0 })
            .ToList();
        foreach (var argument in missing)
        {
            output.Message($"'{name}' needs <{argument.Name}>: {argument.Description}");
        }

        // The command's own errors are about tokens it did not take; each of those is explained above.
        var allExplained = parseResult.UnmatchedTokens.All(token => stray.Explained.Any(explained => explained.Value == token));
        var shown = parseResult.Errors
            .Where(e => e.SymbolResult is not CommandResult || !allExplained)
            .Where(e => e.SymbolResult is not ArgumentResult { Argument: var argument } result
                        || (!missing.Contains(argument) && !result.Tokens.Any(token => stray.Explained.Contains(token))));
        foreach (var error in shown)
        {
            output.Message(TerminalText.Escape(error.Message)!);
        }

        output.Message($"See '{name} --help'.");
        return ExitCodes.BadInput;
    }

    /// <summary>
    /// The prompt as one text when the words left over look like the rest of it (the prompt was given, and words follow
    /// it), or like all of it (an unknown option took the prompt's place, and two or more words are left); else null.
    /// </summary>
    private static string? PromptWords(ParseResult parseResult, GenerateCommand generate, StrayTokens stray)
    {
        if (stray.Words.Count == 0)
        {
            return null;
        }

        if (!stray.ArgumentSwallowedOption)
        {
            return string.Join(' ', stray.Words.Prepend(parseResult.GetValue(generate.Prompt)));
        }

        return stray.Words.Count > 1 ? string.Join(' ', stray.Words) : null;
    }

    /// <summary>The command as typed from the top, e.g. <c>seedream batch run</c>.</summary>
    private static string CommandLineName(CommandResult command)
    {
        var names = new System.Collections.Generic.List<string>();
        for (var result = command; result.Parent is CommandResult parent; result = parent)
        {
            names.Insert(0, result.Command.Name);
        }

        return string.Join(' ', names.Prepend("seedream"));
    }
}
