using System.CommandLine;
using System.CommandLine.Help;
using Seedream.Cli.Commands;
using Seedream.Cli.Output;

namespace Seedream.Cli;

/// <summary>The <c>seedream</c> command tree: generate, status, wait, cancel, models, emulator.</summary>
internal static class SeedreamCommandLine
{
    /// <summary>Builds the root command.</summary>
    /// <param name="output">Where every command writes.</param>
    /// <param name="whereabouts">Where the task of <c>generate</c> or <c>wait</c> stands, for a forced stop's message.</param>
    /// <param name="creates">The create requests of <c>generate</c> and <c>batch run</c> in flight, which a first Ctrl+C waits for.</param>
    public static RootCommand Create(CliOutput output, TaskWhereabouts whereabouts, InFlightCreates creates)
    {
        var root = new RootCommand(
            "seedream: generate images with the Seedream task API. With SEEDREAM_API_KEY set it calls the API " +
            "(SEEDREAM_BASE_URL overrides https://qingbo.dev/); without it, every command runs against a built-in emulator, offline. " +
            "Results go to standard output, progress and messages to standard error. " + ExitCodes.Help)
        {
            new GenerateCommand(output, whereabouts, creates),
            new StatusCommand(output),
            new WaitCommand(output, whereabouts),
            new CancelCommand(output),
            new ModelsCommand(output),
            new EmulatorCommand(output),
            new BatchCommand(output, whereabouts, creates),
        };

        // Bare `seedream` shows the help and succeeds, as `seedream --help` does.
        root.SetAction(parseResult => new HelpAction().Invoke(parseResult));
        return root;
    }
}
