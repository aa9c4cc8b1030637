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

namespace Seedream.Batch.Running;

/// <summary>
/// Runs a batch file to the end, or as far as it can, and can be run again on the same output folder after
/// anything (a crash, <c>kill -9</c>, a reboot, Ctrl+C) to carry on where the ledger says: pending jobs are
/// submitted, submitted ones waited for and saved, saved ones skipped. A job caught while its create request
/// was being sent may have created a task: it becomes ambiguous and is sent again only with
/// <see cref="BatchRunOptions.ResendAmbiguous"/>. Every HTTP request of the run goes through one shared
/// <see cref="BatchRateLimiter"/>.
/// </summary>
public sealed class BatchRunner
{
    /// <summary>The lock file that keeps two runs out of one output folder.</summary>
    public const string LockFileName = "batch.lock";

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
    /// <param name="progress">Receives a snapshot after every change of a job's state.</param>
    /// <param name="cancellationToken">Ctrl+C: no new create is sent, creates already on their way are finished and recorded, waits stop; every job keeps a state the next run can resume from.</param>
    /// <returns>How the batch stands at the end of the run.</returns>
    /// <exception cref="BatchInputException">Invalid lines, a changed input, or a folder in use; nothing was sent.</exception>
    /// <exception cref="ArgumentException">The options are out of range, or the client's settings are incomplete or unsafe (no API key, …); nothing was sent.</exception>
    public async Task<BatchRunSummary> RunAsync(BatchRunOptions options, IProgress<BatchProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        (options ?? throw new ArgumentNullException(nameof(options))).Validate();
        var limiter = new BatchRateLimiter(_time);
        using var handler = new RateLimitingHandler(limiter, new SocketsHttpHandler { UseProxy = false }, _time);
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
        Directory.CreateDirectory(output);
        using var folderLock = LockFolder(output);
        using var ledger = _openLedger(Path.Combine(output, SqliteBatchLedger.FileName));
        CheckInput(ledger, input, options);
        ledger.AddJobs(NewJobs(ledger, input));
        PrepareResume(ledger, output, options);

        var run = new BatchRun(ledger, client, output, options, _time, progress);
        await run.ExecuteAsync(cancellationToken).ConfigureAwait(false);
        ImageFileCommitter.RemoveEmptyStaging(output);
        return new BatchRunSummary(ledger.ReadJobs(), input.Problems, run.Interrupted, run.StopReason, limiter.Throttles);
    }

    private static FileStream LockFolder(string output)
    {
        try
        {
            return new FileStream(Path.Combine(output, LockFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException exception)
        {
            throw new BatchInputException($"Another batch run is using {output} ({exception.Message}); wait for it to end, or choose another output folder.");
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
        names.UnionWith(recorded.Select(j => j.Name));
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        var jobs = new List<NewBatchJob>();
        foreach (var line in input.Lines)
        {
            var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(line.Text))).ToLowerInvariant();
            occurrences[hash] = occurrences.TryGetValue(hash, out var seen) ? seen + 1 : 1;
            var key = hash + "#" + occurrences[hash];
            if (!keys.Contains(key))
            {
                jobs.Add(new NewBatchJob(key, line.LineNumber, OutputNames.Assign(line.Name, line.LineNumber, names), line.Text));
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
