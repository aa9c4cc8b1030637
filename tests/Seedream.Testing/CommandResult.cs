namespace Seedream.Testing;

/// <summary>What a finished <c>dotnet</c> command printed and how it exited.</summary>
/// <param name="Command">The command line, for failure messages.</param>
/// <param name="ExitCode">The process exit code.</param>
/// <param name="Output">Standard output and standard error, interleaved as they arrived.</param>
public sealed record CommandResult(string Command, int ExitCode, string Output)
{
    /// <summary>Whether the command exited with 0.</summary>
    public bool Succeeded => ExitCode == 0;

    /// <summary>The command, its exit code and its output, for an assertion message.</summary>
    public string Describe() => $"`{Command}` exited with {ExitCode}:\n{Output}";
}
