using System;

namespace Seedream.Cli;

/// <summary>The command line or the environment asks for something the CLI cannot do; reported with <see cref="ExitCodes.BadInput"/> before any request.</summary>
internal sealed class CommandInputException : Exception
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">What was wrong, what is allowed, and where it came from (an option or an environment variable).</param>
    public CommandInputException(string message)
        : base(message)
    {
    }
}
