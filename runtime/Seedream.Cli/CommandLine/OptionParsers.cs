using System;
using System.Collections.Generic;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Linq;
using Seedream.Cli.Output;

namespace Seedream.Cli;

/// <summary>
/// Parsers for option values as people type them. Each turns a bad value into a parse error that names
/// the option and the form it takes (exit code 2 before anything is sent), never a .NET type name.
/// </summary>
internal static class OptionParsers
{
    /// <summary>A whole number of at least <paramref name="minimum"/>: <c>--count takes a whole number of 1 or more; 'x' is not one.</c></summary>
    /// <param name="option">The option's name, e.g. <c>--count</c>.</param>
    /// <param name="minimum">The smallest value accepted.</param>
    public static Func<ArgumentResult, int?> WholeNumber(string option, int minimum) => result =>
    {
        var text = Token(result);
        if (int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= minimum)
        {
            return value;
        }

        return Refuse<int?>(result, option, $"a whole number of {minimum.ToString(CultureInfo.InvariantCulture)} or more", text);
    };

    /// <summary>A duration in one of <see cref="Duration.Forms"/>, above zero unless <paramref name="allowZero"/>.</summary>
    /// <param name="option">The option's name, e.g. <c>--timeout</c>.</param>
    /// <param name="allowZero">Whether 0 is accepted.</param>
    public static Func<ArgumentResult, TimeSpan?> Duration(string option, bool allowZero) => result =>
    {
        var text = Token(result);
        if (Cli.Duration.TryParse(text, out var duration) && (allowZero || duration > TimeSpan.Zero))
        {
            return duration;
        }

        var range = allowZero ? "0 or more" : "more than 0";
        return Refuse<TimeSpan?>(result, option, $"a duration of {range}, in {Cli.Duration.Forms}", text);
    };

    /// <summary>
    /// A yes-or-no value in one of <see cref="YesNo.Forms"/>, returned as <c>true</c> or <c>false</c>
    /// (a text option: System.CommandLine lets a <see cref="bool"/> option take only <c>true</c> or <c>false</c> as its value).
    /// </summary>
    /// <param name="option">The option's name, e.g. <c>--watermark</c>.</param>
    public static Func<ArgumentResult, string?> YesOrNo(string option) => result =>
    {
        var text = Token(result);
        return YesNo.TryParse(text, out var value) ? (value ? bool.TrueString : bool.FalseString) : Refuse<string?>(result, option, YesNo.Forms, text);
    };

    /// <summary>Absolute http or https links, one per occurrence of the option.</summary>
    /// <param name="option">The option's name, e.g. <c>--image</c>.</param>
    /// <param name="example">An example link for the message.</param>
    public static Func<ArgumentResult, Uri[]?> HttpLinks(string option, string example) => result =>
    {
        var links = new List<Uri>();
        foreach (var token in result.Tokens)
        {
            if (!Uri.TryCreate(token.Value.Trim(), UriKind.Absolute, out var link) || (link.Scheme != Uri.UriSchemeHttp && link.Scheme != Uri.UriSchemeHttps))
            {
                return Refuse<Uri[]?>(result, option, $"an http or https link such as {example}", token.Value);
            }

            links.Add(link);
        }

        return links.ToArray();
    };

    /// <summary>An absolute plain-http address: <c>--urls takes an http URL such as http://127.0.0.1:5080; 'x' is not one.</c></summary>
    /// <param name="option">The option's name, e.g. <c>--urls</c>.</param>
    /// <param name="example">An example address for the message.</param>
    public static Func<ArgumentResult, string?> HttpAddress(string option, string example) => result =>
    {
        var text = Token(result);
        return Uri.TryCreate(text.Trim(), UriKind.Absolute, out var address) && address.Scheme == Uri.UriSchemeHttp
            ? text.Trim()
            : Refuse<string?>(result, option, $"an http URL such as {example}", text);
    };

    /// <summary>Text without white space, not empty.</summary>
    /// <param name="option">The option's name, e.g. <c>--api-key</c>.</param>
    /// <param name="forms">What it takes, for the message, e.g. <c>any text without spaces</c>.</param>
    public static Func<ArgumentResult, string?> Word(string option, string forms) => result =>
    {
        var text = Token(result);
        return text.Length > 0 && !text.Any(char.IsWhiteSpace) ? text : Refuse<string?>(result, option, forms, text);
    };

    /// <summary>One of a set of names in any letter case, synonyms included; returns the canonical name.</summary>
    /// <param name="option">The option's name, e.g. <c>--format</c>.</param>
    /// <param name="forms">What it takes, for the message, e.g. <c>png or jpeg (jpg is taken for jpeg)</c>.</param>
    /// <param name="names">Each accepted spelling (any letter case) and the canonical name it stands for.</param>
    public static Func<ArgumentResult, string?> Choice(string option, string forms, IReadOnlyDictionary<string, string> names) => result =>
    {
        var text = Token(result);
        var match = names.FirstOrDefault(pair => string.Equals(pair.Key, text.Trim(), StringComparison.OrdinalIgnoreCase));
        return match.Key is not null ? match.Value : Refuse<string?>(result, option, forms, text);
    };

    private static string Token(ArgumentResult result) => result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;

    private static T? Refuse<T>(ArgumentResult result, string option, string forms, string text)
    {
        result.AddError($"{option} takes {forms}; '{TerminalText.Escape(text)}' is not one.");
        return default;
    }
}
