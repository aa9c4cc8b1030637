using System;
using System.IO;

namespace Seedream.Cli.Output;

/// <summary>
/// Where the CLI writes: results (saved paths, task state, model tables) to standard output, so they can be
/// piped; notices, progress and errors to standard error, with a live progress bar only when that is a terminal.
/// </summary>
internal sealed class CliOutput
{
    /// <summary>Creates an output over two writers.</summary>
    /// <param name="results">Receives the command's results.</param>
    /// <param name="messages">Receives notices, progress and errors.</param>
    /// <param name="messagesOnTerminal">Whether <paramref name="messages"/> is an interactive terminal (live progress bar) rather than a file or pipe (plain lines).</param>
    public CliOutput(TextWriter results, TextWriter messages, bool messagesOnTerminal)
    {
        Results = results;
        Messages = messages;
        MessagesOnTerminal = messagesOnTerminal;
    }

    /// <summary>Standard output: the command's results.</summary>
    public TextWriter Results { get; }

    /// <summary>Standard error: notices, progress and errors.</summary>
    public TextWriter Messages { get; }

    /// <summary>Whether <see cref="Messages"/> is an interactive terminal.</summary>
    public bool MessagesOnTerminal { get; }

    /// <summary>The process's console; with <c>SEEDREAM_API_KEY</c> set, everything written to it has the key redacted (<see cref="RedactingWriter"/>).</summary>
    public static CliOutput FromConsole()
    {
        var key = Environment.GetEnvironmentVariable(Connection.ApiConnection.ApiKeyVariable);
        return string.IsNullOrEmpty(key)
            ? new(Console.Out, Console.Error, !Console.IsErrorRedirected)
            : new(Redacting(Console.Out, key), Redacting(Console.Error, key), !Console.IsErrorRedirected);
    }

    /// <summary>Writes a result line to standard output.</summary>
    /// <param name="line">The line.</param>
    public void Result(string line) => Results.WriteLine(line);

    /// <summary>Writes a notice, progress or error line to standard error.</summary>
    /// <param name="line">The line.</param>
    public void Message(string line) => Messages.WriteLine(line);

    private static TextWriter Redacting(TextWriter console, string key) =>
        TextWriter.Synchronized(new RedactingWriter(console, key) { NewLine = console.NewLine });
}
