using System;
using System.Collections.Generic;
using System.Linq;

namespace Seedream.Testing.Cli;

/// <summary>What a finished <c>seedream</c> process left behind: its exit code and its two output streams, line by line.</summary>
public sealed record CliRun(int ExitCode, IReadOnlyList<string> Output, IReadOnlyList<string> Errors)
{
    /// <summary>Standard output as one text.</summary>
    public string OutputText => string.Join(Environment.NewLine, Output);

    /// <summary>Standard error as one text.</summary>
    public string ErrorText => string.Join(Environment.NewLine, Errors);

    /// <summary>Everything the process wrote, for assertion messages.</summary>
    public override string ToString() =>
        $"exit code {ExitCode}{Environment.NewLine}stdout:{Environment.NewLine}{OutputText}{Environment.NewLine}stderr:{Environment.NewLine}{ErrorText}";

    /// <summary>The lines of standard output that are not empty.</summary>
    public IReadOnlyList<string> OutputLines => Output.Where(line => line.Length > 0).ToList();
}
