using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Seedream.Batch.Client;
using Seedream.Batch.Input;
using Seedream.Batch.Ledger;
using Seedream.Batch.Throttling;
using Seedream.Http;

namespace Seedream.Batch.Running;

/// <summary>
/// Runs a batch file to the end, or as far as it can, and can be run again on the same output folder after
/// anything (a crash, <c>kill -9</c>, a reboot, Ctrl+C) to carry on where the ledger says: pending jobs are
/// submitted, submitted ones waited for and saved, saved ones skipped. A job caught while its create request
/// was being sent may have created a task: it becomes ambiguous and is sent again only with
/// <see cref="BatchRunOptions.ResendAmbiguous"/>; a create whose answer was cut short but named its task is followed
/// like any submitted job, and never sent again. Every HTTP request of the run goes through one shared
/// <see cref="BatchRateLimiter"/>.
/// </summary>
public sealed class BatchRunner
{
    /// <summary>The lock file that keeps two runs out of one output folder.</summary>
    public const string LockFileName = "batch.lock";

    /// <summary>
    /// The error message a job gets when the run was told to give up its create before the API answered it (a second
    /// Ctrl+C); its error code is <c>create_unanswered</c>. It starts with the words the CLI prints for such jobs.
    /// </summary>
    public const string CreateUnansweredAtForcedExit =
        "create unanswered at forced exit: the run was stopped at once while this job's create request was on its way, so a task may exist, and be billed. " +
        "It is not sent again on its own. Look for it with the provider; to send it again anyway, run with --resend-ambiguous.";

    private readonly SeedreamClientOptions _clientOptions;
    private readonly Func<string, IBatchLedger> _openLedger;
    private readonly TimeProvider _time;

    /// <summary>Creates a runner.</summary>
    /// <param name="clientOptions">The client's settings: key, address, polling (its timeout bounds one wait), retries, downloads, and the project's model tables (<see cref="SeedreamClientOptions.ModelTables"/>), which the batch file is checked against too.</param>
    /// <param name="openLedger">Opens the ledger at a path; <see cref="SqliteBatchLedger.Open"/> when omitted.</param>
    /// <param name="timeProvider">The clock for pauses, the limiter and the ETA; <see cref="TimeProvider.System"/> when omitted.</param>
    public BatchRunner(SeedreamClientOptions clientOptions, Func<string, IBatchLedger>? openLedger = null, TimeProvider? timeProvider = null)
    {
        _clientOptions = clientOptions ?? throw new ArgumentNullException(nameof(clientOptions));
        _time = timeProvider ?? TimeProvider.System;
        _openLedger = openLedger ?? (path => SqliteBatchLedger.Open(path, _time));
    }

    /// <summary>Runs the batch.</summary>
    /// <param name="options">The input, the output folder and how to run.</param>
    /// <param name="progress">Receives a snapshot after every change of a job's state, in order.</param>
    /// <param name="cancellationToken">Ctrl+C: no new create is sent, creates already on their way are carried to their answer (each within the client's <see cref="SeedreamClientOptions.RequestTimeout"/>) and recorded, waits stop; every job keeps a state the next run can resume from.</param>
    /// <returns>How the batch stands at the end of the run.</returns>
    /// <exception cref="BatchInputException">Invalid lines, a changed input, a folder in use, an output folder that cannot be written, or a folder whose ledger is unreadable or gone; nothing was sent.</exception>
    /// <exception cref="ArgumentException">The options are out of range, or the client's settings are incomplete or unsafe (no API key, …); nothing was sent.</exception>
    public Task<BatchRunSummary> RunAsync(BatchRunOptions options, IProgress<BatchProgress>? progress = null, CancellationToken cancellationToken = default) =>
        RunAsync(options, progress, cancellationToken, CancellationToken.None);

    /// <summary>Runs the batch, and can be told to give up the creates still unanswered (a second Ctrl+C).</summary>
    /// <param name="options">The input, the output folder and how to run.</param>
    /// <param name="progress">Receives a snapshot after every change of a job's state, in order; <see cref="BatchProgress.Creating"/> counts the creates on their way.</param>
    /// <param name="cancellationToken">Stops the run as <see cref="RunAsync(BatchRunOptions, IProgress{BatchProgress}?, CancellationToken)"/> does: creates on their way are carried to their answer.</param>
    /// <param name="abandonCreates">Stops the run and gives up the creates still unanswered: each such job is recorded as ambiguous with <see cref="CreateUnansweredAtForcedExit"/> (its task may exist, and be billed), and the run returns.</param>
    /// <returns>How the batch stands at the end of the run.</returns>
    /// <exception cref="BatchInputException">As above; nothing was sent.</exception>
    /// <exception cref="ArgumentException">As above; nothing was sent.</exception>
    public async Task<BatchRunSummary> RunAsync(BatchRunOptions options, IProgress<BatchProgress>? progress, CancellationToken cancellationToken, CancellationToken abandonCreates)
    {
        (options ?? throw new ArgumentNullException(nameof(options))).Validate();
        var limiter = new BatchRateLimiter(_time);
        using var handler = new RateLimitingHandler(limiter, _time, new SocketsHttpHandler { UseProxy = false });
        using var client = new BatchClientAdapter(_clientOptions, handler);
        var input = BatchFileReader.Read(options.InputPath, client.Catalog);
        if (input.Problems.Count > 0 && !options.SkipInvalidLines)
        {
            throw new BatchInputException(
                $"{input.Problems.Count} line(s) of {input.Path} cannot be sent, so nothing was: " + Environment.NewLine +
                string.Join(Environment.NewLine, input.Problems.Select(p => "  " + p)) + Environment.NewLine +
                "Fix them, or leave them out with the skip option (--skip-invalid).",
                input.Problems);
        }

        var output = Path.GetFullPath(options.OutputDirectory);
        using var folder = BatchFolder.Lock(output);
        var ledgerPath = Path.Combine(output, SqliteBatchLedger.FileName);
        if (!File.Exists(ledgerPath))
        {
            folder.RefuseIfLedgerLost(ledgerPath);
        }

        using var ledger = OpenLedger(ledgerPath);
        folder.MarkInUse();
        try
        {
            CheckInput(ledger, input, options);
            ledger.AddJobs(NewJobs(ledger, input));
            PrepareResume(ledger, output, options);
        }
        catch (Exception exception) when (StorageError.IsStorage(exception))
        {
            throw new BatchInputException($"The ledger cannot be written: {StorageError.Describe(exception, ledgerPath)}. Nothing was sent.");
        }

        var run = new BatchRun(ledger, client, output, options, _time, progress);
        await run.ExecuteAsync(cancellationToken, abandonCreates).ConfigureAwait(false);
        ImageFileCommitter.RemoveEmptyStaging(output);
        return new BatchRunSummary(ledger.ReadJobs(), input.Problems, run.Interrupted, run.StopReason, limiter.Throttles, run.StorageProblem, run.UnrecordedTasks);
    }

    private IBatchLedger OpenLedger(string path)
    {
        try
        {
            return _openLedger(path);
        }
        catch (InvalidDataException exception)
        {
            throw new BatchInputException(
                exception.Message + " Nothing was sent. If you have a copy of the ledger, put it back " +
                $"({SqliteBatchLedger.FileName}, with {SqliteBatchLedger.FileName}{SqliteBatchLedger.JournalSuffix} beside it if it has one); otherwise choose a new output folder (--out), " +
                "after looking among your provider's tasks for those this batch created.");
        }
        catch (Exception exception) when (StorageError.IsStorage(exception))
        {
            throw new BatchInputException($"The ledger cannot be opened: {StorageError.Describe(exception, path)}. Nothing was sent.");
        }
    }

    private static void CheckInput(IBatchLedger ledger, BatchInput input, BatchRunOptions options)
    {
        var recorded = ledger.InputSha256;
        if (recorded is not null && recorded != input.Sha256 && !options.AcceptChangedInput)
        {
            throw new BatchInputException(
                $"{input.Path} changed since the batch in this folder was started from it (SHA-256 {Short(recorded)} then, {Short(input.Sha256)} now). " +
                "Nothing was sent. Restore the file, choose another output folder, or go on with the changed input (--accept-changed-input): " +
                "new lines become new jobs, recorded jobs carry on as they are.");
        }

        if (recorded != input.Sha256)
        {
            ledger.RecordInput(input.Sha256);
        }
    }

    private static List<NewBatchJob> NewJobs(IBatchLedger ledger, BatchInput input)
    {
        var recorded = ledger.ReadJobs();
        var keys = recorded.Select(j => j.Key).ToHashSet(StringComparer.Ordinal);
        var names = OutputNames.NewSet();
        foreach (var job in recorded)
        {
            names.UnionWith(OutputNames.Reserved(job));
        }

        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        var jobs = new List<NewBatchJob>();
        foreach (var line in input.Lines)
        {
            var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(line.Text))).ToLowerInvariant();
            occurrences[hash] = occurrences.TryGetValue(hash, out var seen) ? seen + 1 : 1;
            var key = hash + "#" + occurrences[hash];
            if (!keys.Contains(key))
            {
                jobs.Add(new NewBatchJob(key, line.LineNumber, OutputNames.Assign(line.Name, line.LineNumber, line.ImageCount ?? 1, names), line.Text));
            }
        }

        return jobs;
    }

    private static void PrepareResume(IBatchLedger ledger, string output, BatchRunOptions options)
    {
        foreach (var job in ledger.ReadJobs())
        {
            switch (job.State)
            {
                case BatchJobState.Submitting:
                    ledger.Mark(job.Id, BatchJobState.Ambiguous, errorMessage: BatchRun.AmbiguousAfterStop);
                    break;
                case BatchJobState.Ambiguous when TaskIds.IsAddressable(job.TaskId):
                    // The create's answer was cut short but named its task: it is followed like any submitted job.
                    ledger.Mark(job.Id, BatchJobState.Submitted, errorMessage: BatchRun.FollowingNamedTask(job.TaskId!));
                    break;
                case BatchJobState.Ambiguous when options.ResendAmbiguous:
                    ledger.Mark(job.Id, BatchJobState.Pending, errorMessage: "Ambiguous; sent again at the user's request (--resend-ambiguous).");
                    break;
                case BatchJobState.Saved when job.Files.Any(f => !File.Exists(Path.Combine(output, f.Path))):
                    // A saved file went missing (deleted, or its rename lost in a power cut): fetch it again from the
                    // task while its links last; the task is not created again.
                    ledger.Mark(job.Id, BatchJobState.Submitted, errorMessage: "A saved file is missing; downloading it again.");
                    break;
            }
        }
    }

    private static string Short(string sha256) => sha256.Substring(0, 12);
}
