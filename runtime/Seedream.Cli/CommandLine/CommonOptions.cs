using System.CommandLine;

namespace Seedream.Cli;

/// <summary>Options shared by the commands that wait for a task (a new instance per command).</summary>
internal static class CommonOptions
{
    /// <summary>The folder the images are saved in.</summary>
    public const string DefaultOutputDirectory = "seedream-output";

    /// <summary><c>--out DIR</c>: where images are saved.</summary>
    public static Option<string> OutputDirectory() => new("--out", "-o")
    {
        Description = $"The folder the images are saved in, as <task id>-<index>.<png|jpeg>; created when missing.",
        HelpName = "DIR",
        DefaultValueFactory = _ => DefaultOutputDirectory,
    };

    /// <summary><c>--timeout SECONDS</c>: how long to wait for the task.</summary>
    public static Option<int?> Timeout()
    {
        var option = new Option<int?>("--timeout")
        {
            Description = "Give up waiting after this many seconds (exit code 4; the task may still finish: `seedream wait <id>` resumes). Default: 300",
            HelpName = "SECONDS",
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is <= 0)
            {
                result.AddError("--timeout must be a positive number of seconds.");
            }
        });
        return option;
    }
}
