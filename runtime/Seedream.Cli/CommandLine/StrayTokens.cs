using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Linq;
using System.Text.RegularExpressions;

namespace Seedream.Cli;

/// <summary>
/// What a command line that did not parse holds beside what the command took: options it does not have (with the word
/// after each, taken as that option's value), words after a switch (which takes none), and words left over. An unknown
/// option that a command's argument swallowed (<c>seedream generate --modle x "a cat"</c> takes <c>--modle</c> as the
/// prompt) counts as an unknown option, and the argument as not given.
/// </summary>
internal sealed partial class StrayTokens
{
    private StrayTokens(
        IReadOnlyList<(string Typed, string? Meant)> unknownOptions,
        IReadOnlyList<(Option Switch, string Value)> switchValues,
        IReadOnlyList<string> words,
        IReadOnlyList<Token> explained,
        bool argumentSwallowedOption)
    {
        UnknownOptions = unknownOptions;
        SwitchValues = switchValues;
        Words = words;
        Explained = explained;
        ArgumentSwallowedOption = argumentSwallowedOption;
    }

    /// <summary>Each option the command does not have, as typed, and the one it most likely means (or <see langword="null"/>).</summary>
    public IReadOnlyList<(string Typed, string? Meant)> UnknownOptions { get; }

    /// <summary>Each word typed after a switch (an option without a value, e.g. <c>--json</c>).</summary>
    public IReadOnlyList<(Option Switch, string Value)> SwitchValues { get; }

    /// <summary>Words that belong to nothing, in order.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>Every token accounted for above.</summary>
    public IReadOnlyList<Token> Explained { get; }

    /// <summary>Whether a command argument took an unknown option as its value (so its real value is among <see cref="Words"/>, or missing).</summary>
    public bool ArgumentSwallowedOption { get; }

    /// <summary>Sorts the tokens of <paramref name="parseResult"/> that its command did not take as they were meant.</summary>
    /// <param name="parseResult">A parse with errors.</param>
    public static StrayTokens Of(ParseResult parseResult)
    {
        var options = OptionsOf(parseResult.CommandResult);
        var names = options.SelectMany(option => option.Aliases.Prepend(option.Name)).ToList();
        var taken = new HashSet<Token>(ReferenceEqualityComparer.Instance);
        Collect(parseResult.RootCommandResult, taken);
        var byArguments = new HashSet<Token>(
            parseResult.CommandResult.Command.Arguments.SelectMany(argument => parseResult.GetResult(argument)?.Tokens ?? (IEnumerable<Token>)Array.Empty<Token>()),
            ReferenceEqualityComparer.Instance);

        var unknown = new List<(string, string?)>();
        var switchValues = new List<(Option, string)>();
        var words = new List<string>();
        var explained = new List<Token>();
        var swallowed = false;
        var tokens = parseResult.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Type != TokenType.Argument || (taken.Contains(token) && !byArguments.Contains(token)))
            {
                continue;
            }

            if (OptionLike().IsMatch(token.Value) && !names.Contains(token.Value.Split('=')[0]))
            {
                swallowed |= byArguments.Contains(token);
                unknown.Add((token.Value.Split('=')[0], NameSuggestion.Closest(token.Value.Split('=')[0], names.Where(name => name.StartsWith("--", StringComparison.Ordinal)))));
                explained.Add(token);
                if (i + 1 < tokens.Count && tokens[i + 1] is { Type: TokenType.Argument } value && !taken.Contains(value) && !OptionLike().IsMatch(value.Value) && !token.Value.Contains('='))
                {
                    explained.Add(value);
                    i++;
                }
            }
            else if (taken.Contains(token))
            {
                continue;
            }
            else if (i > 0 && tokens[i - 1].Type == TokenType.Option && options.FirstOrDefault(o => o.ValueType == typeof(bool) && (o.Name == tokens[i - 1].Value || o.Aliases.Contains(tokens[i - 1].Value))) is { } flag)
            {
                switchValues.Add((flag, token.Value));
                explained.Add(token);
            }
            else
            {
                words.Add(token.Value);
                explained.Add(token);
            }
        }

        return new StrayTokens(unknown, switchValues, words, explained, swallowed);
    }

    /// <summary>The options a command line may give at <paramref name="command"/>: its own and those its ancestors pass down (such as <c>--help</c>).</summary>
    private static List<Option> OptionsOf(CommandResult command)
    {
        var options = command.Command.Options.ToList();
        for (var parent = command.Parent as CommandResult; parent is not null; parent = parent.Parent as CommandResult)
        {
            options.AddRange(parent.Command.Options.Where(option => option.Recursive));
        }

        return options;
    }

    private static void Collect(SymbolResult result, HashSet<Token> taken)
    {
        foreach (var token in result.Tokens)
        {
            taken.Add(token);
        }

        if (result is OptionResult { IdentifierToken: { } identifier })
        {
            taken.Add(identifier);
        }

        if (result is CommandResult command)
        {
            foreach (var child in command.Children)
            {
                Collect(child, taken);
            }
        }
    }

    /// <summary>A word that reads as an option: <c>--name</c>, <c>-n</c>, <c>--name=value</c> (not a negative number).</summary>
    [GeneratedRegex(@"^--?[A-Za-z?][A-Za-z0-9_-]*(=.*)?$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex OptionLike();
}
