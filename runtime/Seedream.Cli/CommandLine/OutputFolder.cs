using System;
using System.IO;
using Seedream.Cli.Output;

namespace Seedream.Cli;

/// <summary>Checks, before anything is sent, that <c>--out</c> can be a folder: not empty, not a file, not under a file.</summary>
internal static class OutputFolder
{
    /// <summary>The folder's full path, when it exists or can be created.</summary>
    /// <param name="value">What <c>--out</c> says.</param>
    /// <exception cref="CommandInputException">The value is empty, names a file, lies under a file, or is not a path.</exception>
    public static string Resolve(string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new CommandInputException("--out is empty; give the folder to save the images in, e.g. --out images.");
        }

        string full;
        try
        {
            full = Path.GetFullPath(value);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new CommandInputException($"--out '{TerminalText.Escape(value)}' is not a usable folder path: {exception.Message}");
        }

        for (var path = full; path is not null; path = Path.GetDirectoryName(path))
        {
            if (Directory.Exists(path))
            {
                return full;
            }

            if (File.Exists(path))
            {
                throw new CommandInputException(path == full
                    ? $"--out '{TerminalText.Escape(value)}' is a file, not a folder; choose a folder for the images."
                    : $"--out '{TerminalText.Escape(value)}' cannot be created: {TerminalText.Escape(path)} is a file, not a folder.");
            }
        }

        return full;
    }
}
