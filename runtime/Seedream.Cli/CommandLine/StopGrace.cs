using System;

namespace Seedream.Cli;

/// <summary>
/// How long a command may take to stop cleanly after the first Ctrl+C (cancelling a queued task, saying where the
/// task stands) before the process is ended anyway: 750 ms, which leaves room within the promised second for the
/// process to exit, or the duration in <c>SEEDREAM_STOP_GRACE</c> on a machine too busy to stop cleanly that soon.
/// </summary>
internal static class StopGrace
{
    /// <summary>The environment variable that sets <see cref="Period"/>, in <see cref="Duration.Forms"/>.</summary>
    public const string Variable = "SEEDREAM_STOP_GRACE";

    /// <summary>The grace period when <see cref="Variable"/> is not set.</summary>
    public static readonly TimeSpan Default = TimeSpan.FromMilliseconds(750);

    private static readonly Lazy<TimeSpan?> Configured = new(() =>
        Environment.GetEnvironmentVariable(Variable) is { } text && !string.IsNullOrWhiteSpace(text) && Duration.TryParse(text, out var period) && period > TimeSpan.Zero
            ? period
            : null);

    /// <summary>The grace period in force: <see cref="Variable"/>'s duration when it holds one above zero, else <see cref="Default"/>.</summary>
    public static TimeSpan Period => Configured.Value ?? Default;

    /// <summary>How long cancelling a queued task may take after Ctrl+C: three fifths of <see cref="Period"/>, so its outcome is said before the forced stop.</summary>
    public static TimeSpan CancelLimit => Period * 0.6;

    /// <summary>What is wrong with <see cref="Variable"/>, or <see langword="null"/> when it is unset or holds a duration above zero.</summary>
    public static string? Problem =>
        Configured.Value is null && Environment.GetEnvironmentVariable(Variable) is { } text && !string.IsNullOrWhiteSpace(text)
            ? $"{Variable} '{Output.TerminalText.Escape(text)}' is not a duration: set it to more than 0, in {Duration.Forms}, or unset it for the default {Default.TotalMilliseconds:0} ms."
            : null;
}
