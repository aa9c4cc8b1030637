using System;
using System.Globalization;

namespace Seedream.Cli;

/// <summary>
/// An environment variable holding a duration above zero in <see cref="Duration.Forms"/>, read once; a default applies
/// when it is unset, and <see cref="Problem"/> says what is wrong when it holds something else.
/// </summary>
internal sealed class DurationVariable
{
    private readonly Lazy<TimeSpan?> _configured;

    /// <summary>Describes the variable <paramref name="name"/>, whose value is <paramref name="defaultValue"/> when it is unset.</summary>
    public DurationVariable(string name, TimeSpan defaultValue)
    {
        Name = name;
        Default = defaultValue;
        _configured = new Lazy<TimeSpan?>(() =>
            Environment.GetEnvironmentVariable(name) is { } text && !string.IsNullOrWhiteSpace(text) && Duration.TryParse(text, out var value) && value > TimeSpan.Zero
                ? value
                : null);
    }

    /// <summary>The variable's name, e.g. <c>SEEDREAM_STOP_GRACE</c>.</summary>
    public string Name { get; }

    /// <summary>The value when the variable is unset.</summary>
    public TimeSpan Default { get; }

    /// <summary>The value in force: the variable's duration when it holds one above zero, else <see cref="Default"/>.</summary>
    public TimeSpan Value => _configured.Value ?? Default;

    /// <summary>What is wrong with the variable, or <see langword="null"/> when it is unset or holds a duration above zero.</summary>
    public string? Problem =>
        _configured.Value is null && Environment.GetEnvironmentVariable(Name) is { } text && !string.IsNullOrWhiteSpace(text)
            ? $"{Name} '{Output.TerminalText.Escape(text)}' is not a duration: set it to more than 0, in {Duration.Forms}, or unset it for the default {DescribeDefault()}."
            : null;

    private string DescribeDefault() =>
        Default < TimeSpan.FromSeconds(1)
            ? Default.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms"
            : Duration.Describe(Default);
}
