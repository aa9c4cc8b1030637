using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Seedream.Batch.Ledger;
using Seedream.Batch.Running;
using Seedream.Cli.Connection;
using Seedream.Cli.Output;
using Seedream.Cli.Running;

namespace Seedream.Cli.Commands;

/// <summary>
/// <c>seedream batch run &lt;file&gt; [--out DIR]</c>: runs a JSON Lines file of requests as a batch, recording every
/// step in the folder's ledger; the same command again resumes it.
/// </summary>
internal sealed class BatchRunCommand : Command
{
    private readonly CliOutput _output;
    private readonly TaskWhereabouts _whereabouts;
    private readonly InFlightCreates _creates;
    private readonly Argument<string> _file = new("file") { Description = "The JSON Lines file: one request per line with the wire's fields (model, prompt, size, resolution, n, image_urls, watermark, extra) and an optional name for the files." };
    private readonly Option<string> _out = BatchCommand.OutputDirectory();
    private readonly Option<int> _concurrency = new("--concurrency", "-c") { HelpName = "N", Description = "How many jobs are in flight at once (1 to 1024). Default: 8.", DefaultValueFactory = _ => 8 };
    private readonly Option<bool> _skipInvalid = new("--skip-invalid") { Description = "Leave invalid lines out (they are listed) instead of sending nothing." };
    private readonly Option<bool> _acceptChangedInput = new("--accept-changed-input") { Description = "Go on although the file changed since the batch started: new lines become new jobs, recorded jobs carry on." };
    private readonly Option<bool> _resendAmbiguous = new("--resend-ambiguous") { Description = "Send again the jobs whose create may have created a task. Each may then exist, and be billed, twice: check with the provider first." };
    private readonly Option<int?> _waitTimeout = new("--wait-timeout") { HelpName = "SECONDS", Description = "Stop waiting for one task after this many seconds; it stays submitted and the next run waits for it again. Default: 300." };

    /// <summary>Creates the command.</summary>
    /// <param name="output">Where progress, results and messages go.</param>
    /// <param name="whereabouts">Told where the run's ledger is, for a forced stop's message.</param>
    /// <param name="creates">Kept up to date with the run's create requests in flight, which a first Ctrl+C waits for.</param>
    public BatchRunCommand(CliOutput output, TaskWhereabouts whereabouts, InFlightCreates creates)
        : base("run", "Run a batch: check every line first, then submit with bounded concurrency, save each task's images as it completes, and record every step in DIR/batch.sqlite. " +
                      "Run the same command again after a crash, kill or Ctrl+C to resume: nothing is submitted twice. Needs SEEDREAM_API_KEY (a batch outlives the built-in emulator). " +
                      "Ctrl+C stops starting jobs and waits for the create requests already sent (their answers name tasks that are billed); a second Ctrl+C gives those up, recording each as unanswered. " +
                      "Exit codes: 0 every job saved, 2 bad input, 3 stopped by an API error, 5 some jobs failed, expired or are ambiguous, or the output folder could not be written, 130 Ctrl+C (run again to resume).")
    {
        _output = output;
        _whereabouts = whereabouts;
        _creates = creates;
        Add(_file);
        Add(_out);
        Add(_concurrency);
        Add(_skipInvalid);
        Add(_acceptChangedInput);
        Add(_resendAmbiguous);
        Add(_waitTimeout);
        SetAction(GuardedAction.For(output, RunAsync));
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken interrupt)
    {
        var options = new BatchRunOptions
        {
            InputPath = parseResult.GetValue(_file)!,
            OutputDirectory = parseResult.GetValue(_out)!,
            MaxConcurrency = parseResult.GetValue(_concurrency),
            SkipInvalidLines = parseResult.GetValue(_skipInvalid),
            AcceptChangedInput = parseResult.GetValue(_acceptChangedInput),
            ResendAmbiguous = parseResult.GetValue(_resendAmbiguous),
        };
        if (options.MaxConcurrency is < 1 or > 1024)
        {
            throw new CommandInputException($"--concurrency is {options.MaxConcurrency}; it must be from 1 to 1024.");
        }

        if (!File.Exists(options.InputPath))
        {
            throw new CommandInputException($"The batch file '{options.InputPath}' does not exist.");
        }

        var clientOptions = ClientOptions(parseResult);
        var directory = Path.GetFullPath(options.OutputDirectory);
        var printer = new BatchProgressPrinter(_output);
        var progress = new SynchronousProgress<BatchProgress>(snapshot =>
        {
            _creates.Set(snapshot.Creating);
            printer.Report(snapshot);
        });
        _creates.TimeLimit = clientOptions.RequestTimeout;
        _whereabouts.RunningBatch(Path.Combine(directory, SqliteBatchLedger.FileName));
        BatchRunSummary summary;
        try
        {
            summary = await new BatchRunner(clientOptions).RunAsync(options, progress, interrupt, _creates.Abandon).ConfigureAwait(false);
        }
        catch (BatchInputException exception)
        {
            throw new CommandInputException(Shown(exception.Message));
        }

        printer.Flush();
        return Report(summary, directory);
    }

    /// <summary>Text from the batch (the input's lines, the server's messages) with its control characters escaped, line by line.</summary>
    private static string Shown(string? text) =>
        string.Join(Environment.NewLine, (text ?? string.Empty).Split(Environment.NewLine).Select(line => TerminalText.Escape(line)));

    private int Report(BatchRunSummary summary, string directory)
    {
        foreach (var skipped in summary.SkippedLines)
        {
            _output.Message($"skipped {Shown(skipped.ToString())}");
        }

        foreach (var job in summary.Jobs.Where(j => j.State is BatchJobState.Failed or BatchJobState.Expired or BatchJobState.Ambiguous))
        {
            var what = job.State == BatchJobState.Expired ? "lost (links expired)" : job.State.ToString().ToLowerInvariant();
            var code = job.ErrorCode is null ? string.Empty : job.ErrorCode + ": ";
            _output.Message($"line {job.LineNumber} ({job.Name}) {what}{(job.TaskId is null ? string.Empty : ", task " + job.TaskId)}: {Shown(code + job.ErrorMessage)}");
        }

        foreach (var task in summary.UnrecordedTasks)
        {
            var id = TerminalText.Escape(task.TaskId);
            _output.Message(
                $"line {task.LineNumber} ({task.Name}): task {id} was created, but the ledger could not record it: `seedream wait {id}` saves its images " +
                "(their links expire after 24 hours). Running the batch again would create it again.");
        }

        var saved = summary.Jobs.Count(j => j.State == BatchJobState.Saved);
        var files = summary.Jobs.Sum(j => j.Files.Count);
        _output.Result($"saved {saved} of {summary.Jobs.Count} jobs ({files} images) in {Path.Combine(directory, "images")}; ledger {Path.Combine(directory, SqliteBatchLedger.FileName)}");
        if (summary.Throttles > 0)
        {
            _output.Message($"The API asked to slow down {summary.Throttles} time(s); the whole batch slowed down with it.");
        }

        _output.Message($"Contact sheet: seedream batch report --out {directory}");
        if (summary.StorageProblem is not null)
        {
            _output.Message($"Stopped: {Shown(summary.StorageProblem)} No new task was created after that; free the space or fix the folder, then run the same command again to resume.");
            return ExitCodes.TaskFailed;
        }

        if (summary.StopReason is not null)
        {
            _output.Message("Stopped: " + Shown(summary.StopReason) + " Run the same command again to resume.");
            return ExitCodes.ApiError;
        }

        if (summary.Interrupted)
        {
            _output.Message("Interrupted: every job's state is recorded. Run the same command again to resume.");
            return ExitCodes.Cancelled;
        }

        var open = summary.Jobs.Count(j => j.State is BatchJobState.Pending or BatchJobState.Submitted);
        if (open > 0)
        {
            _output.Message($"{open} job(s) are not finished yet (rate limits, server errors or slow tasks). Run the same command again to carry on.");
        }

        return saved == summary.Jobs.Count ? ExitCodes.Success : ExitCodes.TaskFailed;
    }

    private SeedreamClientOptions ClientOptions(ParseResult parseResult)
    {
        if (ApiConnection.EmbeddedEmulatorSelected)
        {
            throw new CommandInputException(
                $"seedream batch run needs {ApiConnection.ApiKeyVariable}: a batch is resumed across processes, and the built-in emulator ends with this one. " +
                $"To try batches offline, run `seedream emulator` in another shell and set {ApiConnection.ApiKeyVariable} and {ApiConnection.BaseUrlVariable} as it says.");
        }

        var options = ApiConnection.RemoteOptions();
        if (parseResult.GetValue(_waitTimeout) is int seconds)
        {
            options.Polling.Timeout = seconds > 0 ? TimeSpan.FromSeconds(seconds) : throw new CommandInputException($"--wait-timeout is {seconds}; it must be a positive number of seconds.");
        }

        return options;
    }
}
