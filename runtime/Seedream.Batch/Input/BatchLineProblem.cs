namespace Seedream.Batch.Input;

/// <summary>A line of a batch file that cannot be submitted, and why.</summary>
/// <param name="LineNumber">The line's number in the file, from 1.</param>
/// <param name="Message">What is wrong and what is allowed.</param>
public sealed record BatchLineProblem(int LineNumber, string Message)
{
    /// <summary>The problem as one line of a report: <c>line 12: …</c>.</summary>
    public override string ToString() => $"line {LineNumber}: {Message}";
}
