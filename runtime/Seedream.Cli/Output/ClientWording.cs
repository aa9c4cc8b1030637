using System.Globalization;
using System.Text.RegularExpressions;
using Seedream.Cli.Connection;

namespace Seedream.Cli.Output;

/// <summary>
/// Rewrites a message of the client library in the CLI's own words before a person reads it: the
/// library's option names become the environment variable or command-line option the user controls,
/// .NET exception names are left out, byte counts are shown in MB, doubled periods are made single,
/// and control characters from server text are escaped.
/// </summary>
internal static partial class ClientWording
{
    /// <summary>The message, rephrased and safe to print.</summary>
    /// <param name="message">A message of the client library (which may quote the server).</param>
    public static string Rephrase(string message)
    {
        var text = OptionInParentheses().Replace(message, match => match.Groups["name"].Value switch
        {
            "SeedreamPollingOptions.Timeout" => " (--timeout)",
            _ => string.Empty, // a download limit, which the CLI does not let the user change
        });
        text = text
            .Replace("SeedreamClientOptions.ApiKey", ApiConnection.ApiKeyVariable, System.StringComparison.Ordinal)
            .Replace("SeedreamClientOptions.BaseUrl", ApiConnection.BaseUrlVariable, System.StringComparison.Ordinal);
        text = ExceptionName().Replace(text, match => match.Groups["end"].Value == ")" ? string.Empty : match.Groups["space"].Value + "(");
        text = ByteCount().Replace(text, match => match.Groups["lead"].Success || match.Groups["tail"].Success
            ? match.Groups["lead"].Value + InMegabytes(match.Groups["bytes"].Value)
            : match.Value);
        text = DoubledPeriod().Replace(text, ".");
        return TerminalText.Escape(text)!;
    }

    private static string InMegabytes(string digits) =>
        long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var bytes) ? ByteSize.Describe(bytes) : digits + " bytes";

    [GeneratedRegex(@"\s*\((?<name>Seedream[A-Za-z]*Options\.[A-Za-z]+)\)")]
    private static partial Regex OptionInParentheses();

    [GeneratedRegex(@"(?<space>\s?)\((?:[A-Z][A-Za-z]*\.)*[A-Z][A-Za-z]*Exception(?<end>: |\))")]
    private static partial Regex ExceptionName();

    [GeneratedRegex(@"(?<lead>limit of )?\b(?<bytes>\d{6,18})\b(?<tail> bytes)?")]
    private static partial Regex ByteCount();

    [GeneratedRegex(@"(?<!\.)\.\.(?!\.)")]
    private static partial Regex DoubledPeriod();
}
