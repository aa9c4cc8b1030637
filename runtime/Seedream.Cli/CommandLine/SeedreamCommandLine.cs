using System.CommandLine;
using Seedream.Cli.Commands;
using Seedream.Cli.Output;

namespace Seedream.Cli;

/// <summary>The <c>seedream</c> command tree: generate, status, wait, cancel, models, emulator.</summary>
internal static class SeedreamCommandLine
{
    /// <summary>Builds the root command.</summary>
    /// <param name="output">Where every command writes.</param>
    public static RootCommand Create(CliOutput output) => new(
        "seedream: generate images with the Seedream task API. With SEEDREAM_API_KEY set it calls the API " +
        "(SEEDREAM_BASE_URL overrides https://qingbo.dev/); without it, every command runs against a built-in emulator, offline. " +
        "Results go to standard output, progress and messages to standard error. " + ExitCodes.Help)
    {
        new GenerateCommand(output),
        new StatusCommand(output),
        new WaitCommand(output),
        new CancelCommand(output),
        new ModelsCommand(output),
        new EmulatorCommand(output),
        new BatchCommand(output),
    };
}
