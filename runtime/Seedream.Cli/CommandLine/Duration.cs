using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Seedream.Cli;

/// <summary>
/// A duration as people type it on the command line: seconds (<c>90</c>, <c>1.5</c>), or numbers with units, largest
/// first (<c>90s</c>, <c>5m</c>, <c>1h30m</c>, <c>2m30s</c>, <c>500ms</c>). Every duration option and variable of the CLI
/// reads it here, so all take the same forms.
/// </summary>
internal static partial class Duration
{
    /// <summary>The accepted forms, for help texts and error messages.</summary>
    public const string Forms = "seconds, or numbers with units h, m, s, ms: 90, 90s, 5m, 1h30m, 500ms";

    /// <summary>The longest duration accepted (a day), which keeps every value far inside what timers can hold.</summary>
    public static readonly TimeSpan Maximum = TimeSpan.FromDays(1);

    /// <summary>The units, largest first, with their length in seconds.</summary>
    private static readonly (string Unit, double Seconds)[] Units = { ("h", 3600), ("m", 60), ("s", 1), ("ms", 0.001) };

    /// <summary>Reads <paramref name="text"/> as a duration of 0 up to <see cref="Maximum"/>.</summary>
    /// <param name="text">What was typed, e.g. <c>1h30m</c>; surrounding space and the units' letter case do not matter.</param>
    /// <param name="duration">The duration, when the text is one.</param>
    /// <returns>Whether the text is a duration in one of the <see cref="Forms"/> within range: each unit at most once, largest first.</returns>
    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var trimmed = text.Trim().ToLowerInvariant();
        if (Number(trimmed) is double plain)
        {
            return Within(plain, out duration);
        }

        var parts = Parts().Match(trimmed);
        if (!parts.Success)
        {
            return false;
        }

        var seconds = 0.0;
        var previous = -1;
        for (var i = 0; i < parts.Groups["number"].Captures.Count; i++)
        {
            var rank = Array.FindIndex(Units, u => u.Unit == parts.Groups["unit"].Captures[i].Value);
            if (rank <= previous || Number(parts.Groups["number"].Captures[i].Value) is not double value)
            {
                return false;
            }

            previous = rank;
            seconds += value * Units[rank].Seconds;
        }

        return Within(seconds, out duration);
    }

    /// <summary>The duration as the CLI prints it: <c>90 s</c>, <c>5 min</c>.</summary>
    /// <param name="duration">The duration.</param>
    public static string Describe(TimeSpan duration) =>
        duration.TotalSeconds >= 60 && duration.TotalSeconds % 60 == 0
            ? Format(duration.TotalMinutes) + " min"
            : Format(duration.TotalSeconds) + " s";

    private static double? Number(string text) =>
        double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;

    private static bool Within(double seconds, out TimeSpan duration)
    {
        duration = seconds <= Maximum.TotalSeconds ? TimeSpan.FromSeconds(seconds) : TimeSpan.Zero;
        return seconds <= Maximum.TotalSeconds;
    }

    private static string Format(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?:(?<number>[0-9]*\.?[0-9]+)\s*(?<unit>ms|h|m|s)\s*)+$", RegexOptions.CultureInvariant)]
    private static partial Regex Parts();
}
