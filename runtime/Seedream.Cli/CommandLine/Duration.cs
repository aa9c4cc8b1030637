using System;
using System.Globalization;

namespace Seedream.Cli;

/// <summary>A duration as people type it on the command line: seconds (<c>90</c>, <c>1.5</c>) or a number with a unit (<c>90s</c>, <c>5m</c>, <c>1h</c>, <c>500ms</c>).</summary>
internal static class Duration
{
    /// <summary>The accepted forms, for help texts and error messages.</summary>
    public const string Forms = "seconds, or a number with a unit: 90, 90s, 5m, 1h, 500ms";

    /// <summary>The longest duration accepted (a day), which keeps every value far inside what timers can hold.</summary>
    public static readonly TimeSpan Maximum = TimeSpan.FromDays(1);

    /// <summary>Reads <paramref name="text"/> as a duration of 0 up to <see cref="Maximum"/>.</summary>
    /// <param name="text">What was typed, e.g. <c>5m</c>; surrounding space and the unit's letter case do not matter.</param>
    /// <param name="duration">The duration, when the text is one.</param>
    /// <returns>Whether the text is a duration in one of the <see cref="Forms"/> within range.</returns>
    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var trimmed = text.Trim().ToLowerInvariant();
        var (number, unit) = trimmed.EndsWith("ms", StringComparison.Ordinal) ? (trimmed[..^2], 0.001)
            : trimmed.EndsWith('s') ? (trimmed[..^1], 1.0)
            : trimmed.EndsWith('m') ? (trimmed[..^1], 60.0)
            : trimmed.EndsWith('h') ? (trimmed[..^1], 3600.0)
            : (trimmed, 1.0);
        if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            || !double.IsFinite(value)
            || value * unit > Maximum.TotalSeconds)
        {
            return false;
        }

        duration = TimeSpan.FromSeconds(value * unit);
        return true;
    }

    /// <summary>The duration as the CLI prints it: <c>90 s</c>, <c>5 min</c>.</summary>
    /// <param name="duration">The duration.</param>
    public static string Describe(TimeSpan duration) =>
        duration.TotalSeconds >= 60 && duration.TotalSeconds % 60 == 0
            ? Number(duration.TotalMinutes) + " min"
            : Number(duration.TotalSeconds) + " s";

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
