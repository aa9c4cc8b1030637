using System;
using System.IO;
using Seedream.Cli.Output;

namespace Seedream.Cli;

/// <summary>Checks, before anything is sent, that <c>--out</c> can be a folder: not empty, not a file, not under a file, and creatable and writable (it is created here).</summary>
internal static class OutputFolder
{
    /// <summary>The folder's full path, once it exists and takes a file.</summary>
    /// <param name="value">What <c>--out</c> says.</param>
    /// <exception cref="CommandInputException">The value is empty, names a file, lies under a file, is not a path, or cannot be created or written to.</exception>
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

        for (var path = full; path is not null && !Directory.Exists(path); path = Path.GetDirectoryName(path))
        {
            if (File.Exists(path))
            {
                throw new CommandInputException(path == full
                    ? $"--out '{TerminalText.Escape(value)}' is a file, not a folder; choose a folder for the images."
                    : $"--out '{TerminalText.Escape(value)}' cannot be created: {TerminalText.Escape(path)} is a file, not a folder.");
            }
        }

        EnsureWritable(value, full);
        return full;
    }

    /// <summary>Creates the folder and writes (and at once deletes) a probe file in it, so a folder that cannot be created or written to is found before a task is billed.</summary>
    private static void EnsureWritable(string value, string full)
    {
        try
        {
            Directory.CreateDirectory(full);
            using (File.Create(Path.Combine(full, ".seedream-write-check-" + Guid.NewGuid().ToString("N")), 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CommandInputException($"--out '{TerminalText.Escape(value)}' cannot be used as the images' folder: {TerminalText.Escape(exception.Message)}");
        }
    }
}
