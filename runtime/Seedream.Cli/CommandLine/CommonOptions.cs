using System;
using System.CommandLine;

namespace Seedream.Cli;

/// <summary>Options shared by the commands that wait for a task (a new instance per command).</summary>
internal static class CommonOptions
{
    /// <summary>The folder the images are saved in.</summary>
    public const string DefaultOutputDirectory = "seedream-output";

    /// <summary>How long a command waits for its task unless <c>--timeout</c> says otherwise.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

    /// <summary><c>--out DIR</c>: where images are saved.</summary>
    public static Option<string> OutputDirectory() => new("--out", "-o")
    {
        Description = $"The folder the images are saved in, as <task id>-<index>.<png|jpg> (index from 0); created when missing.",
        HelpName = "DIR",
        DefaultValueFactory = _ => DefaultOutputDirectory,
    };

    /// <summary><c>--json</c>: the task as one JSON object on standard output (<see cref="Output.TaskJsonWriter"/>) instead of text.</summary>
    /// <param name="instead">What the JSON replaces, e.g. <c>the saved paths</c>.</param>
    public static Option<bool> Json(string instead) => new("--json")
    {
        Description = $"Print the task as one JSON object (id, model, status, progress, times, error, images with their links, pixel size and, once saved, file, media type and bytes; never Base64 data or the API key) instead of {instead}.",
    };

    /// <summary><c>--timeout DURATION</c>: how long to wait for the task.</summary>
    public static Option<TimeSpan?> Timeout() => new("--timeout")
    {
        Description = $"Give up waiting after this long: {Duration.Forms} (exit code 4). Default: {Duration.Describe(DefaultTimeout)}",
        HelpName = "DURATION",
        CustomParser = OptionParsers.Duration("--timeout", allowZero: false),
    };
}
