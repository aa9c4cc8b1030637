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

    /// <summary><c>--json</c>: one JSON document on standard output however the command ends (<see cref="Output.TaskJsonWriter"/>) instead of text.</summary>
    /// <param name="instead">What the JSON replaces, e.g. <c>the saved paths</c>.</param>
    public static Option<bool> Json(string instead) => new("--json")
    {
        Description = "Print one JSON object however the command ends (id, model, status, progress, times, images with their links, pixel size and, once saved, file, media type and bytes; " +
                      $"error with kind, code and message when it did not succeed; mayHaveCreatedTask when a submit went unanswered; never Base64 data or the API key) instead of {instead}.",
    };

    /// <summary><c>--timeout DURATION</c>: how long the whole command may take: the submit, the wait and the saving.</summary>
    public static Option<TimeSpan?> Timeout() => new("--timeout")
    {
        Description = $"Give up after this long, submit, wait and saving included: {Duration.Forms} (exit code 4). Default: {Duration.Describe(DefaultTimeout)}",
        HelpName = "DURATION",
        CustomParser = OptionParsers.Duration("--timeout", allowZero: false),
    };
}
