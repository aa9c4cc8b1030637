using System.CommandLine;
using Seedream.Cli.Output;

namespace Seedream.Cli.Commands;

/// <summary><c>seedream batch run|report</c>: batches of requests from a JSON Lines file, resumable after any stop.</summary>
internal sealed class BatchCommand : Command
{
    /// <summary>The output folder when <c>--out</c> is not given.</summary>
    public const string DefaultOutputDirectory = "seedream-batch";

    /// <summary>Creates the command and its subcommands.</summary>
    /// <param name="output">Where every subcommand writes.</param>
    /// <param name="whereabouts">Told where the run's ledger is, for a forced stop's message.</param>
    /// <param name="creates">Kept up to date with the run's create requests in flight.</param>
    public BatchCommand(CliOutput output, TaskWhereabouts whereabouts, InFlightCreates creates)
        : base("batch", "Run a JSON Lines file of requests as one batch that survives crashes and never pays twice (a SQLite ledger in the output folder), and report on it.")
    {
        Add(new BatchRunCommand(output, whereabouts, creates));
        Add(new BatchReportCommand(output));
    }

    /// <summary><c>--out DIR</c>: the batch's output folder.</summary>
    public static Option<string> OutputDirectory() => new("--out", "-o")
    {
        Description = "The batch's folder: its ledger (batch.sqlite), images (images/) and report. Created when missing.",
        HelpName = "DIR",
        DefaultValueFactory = _ => DefaultOutputDirectory,
    };
}
