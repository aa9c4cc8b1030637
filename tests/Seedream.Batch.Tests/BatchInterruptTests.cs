using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Seedream.Batch.Ledger;
using Seedream.Batch.Running;
using Seedream.Batch.Tests.Infrastructure;
using Seedream.Emulator;
using Seedream.Testing;
using Seedream.Testing.Cli;
using Xunit;
using Xunit.Abstractions;

namespace Seedream.Batch.Tests;

/// <summary>
/// Ctrl+C and SIGTERM during <c>seedream batch run</c>, the CLI as a process, while creates the emulator has answered are
/// held on their way back (a proxy between them keeps the answers): the first signal waits for them and records their
/// tasks; a second gives them up and records each as unanswered; nothing is ever said to be left running unless known.
/// </summary>
public sealed class BatchInterruptTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly TemporaryDirectory _folder = new();
    private readonly ITestOutputHelper _log;

    public BatchInterruptTests(ITestOutputHelper log)
    {
        _log = log;
    }

    private string Output => _folder.Combine("out");

    private string LedgerPath => Path.Combine(Output, SqliteBatchLedger.FileName);

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public async Task FirstSignal_WhileCreatesAreUnanswered_WaitsForTheirAnswers_RecordsTheirTasks_AndStartsNoOtherJob(string signal)
    {
        await using var emulator = await InProcessEmulator.StartAsync();
        await using var proxy = await RecordingProxy.StartAsync(emulator.BaseAddress);
        proxy.HoldCreateAnswers();
        var input = _folder.WriteBatch("jobs.jsonl", Enumerable.Range(1, 4).Select(Line).ToArray());
        using var cli = CliProcess.Start(_folder.Path, Environment(emulator, proxy), "batch", "run", input, "--out", Output, "--concurrency", "2");
        await proxy.CreateAnswersHeldAsync(2, Patience);

        cli.Signal(signal);
        await cli.ErrorLineAsync(line => line.StartsWith("Stopping: waiting for the API to answer 2 create requests already sent", StringComparison.Ordinal));
        var exit = cli.WaitForExitAsync();

        // Still waiting well past the 750 ms a command has to stop after Ctrl+C, for as long as the answers take.
        await Task.WhenAny(exit, Task.Delay(TimeSpan.FromSeconds(2)));
        Assert.False(exit.IsCompleted, "The CLI ended while creates it had sent were still unanswered.");
        proxy.ReleaseCreateAnswers();
        var run = await exit;

        Assert.True(run.ExitCode == 130, run.ToString());
        Assert.DoesNotContain("No task was left running", run.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, emulator.Counters.TasksCreated);
        using (var ledger = SqliteBatchLedger.OpenForReading(LedgerPath))
        {
            var jobs = ledger.ReadJobs();
            Assert.Equal(2, jobs.Count(j => j.State == BatchJobState.Submitted && j.TaskId is not null));
            Assert.Equal(2, jobs.Count(j => j.State == BatchJobState.Pending));
        }

        var resumed = await CliProcess.RunAsync(_folder.Path, Environment(emulator, proxy), "batch", "run", input, "--out", Output);

        Assert.True(resumed.ExitCode == 0, resumed.ToString());
        Assert.Equal(4, emulator.Counters.TasksCreated);
        Assert.All(proxy.TasksCreatedPerTag.Values, count => Assert.Equal(1, count));
    }

    [Fact]
    public async Task SecondCtrlC_GivesUpTheUnansweredCreates_RecordsAndPrintsEachAsUnanswered_AndNoLaterRunSendsThemAgain()
    {
        await using var emulator = await InProcessEmulator.StartAsync();
        await using var proxy = await RecordingProxy.StartAsync(emulator.BaseAddress);
        proxy.HoldCreateAnswers();
        var input = _folder.WriteBatch("jobs.jsonl", Enumerable.Range(1, 4).Select(Line).ToArray());
        using var cli = CliProcess.Start(_folder.Path, Environment(emulator, proxy), "batch", "run", input, "--out", Output, "--concurrency", "2");
        await proxy.CreateAnswersHeldAsync(2, Patience);
        cli.Signal("INT");
        await cli.ErrorLineAsync(line => line.StartsWith("Stopping: waiting for the API to answer", StringComparison.Ordinal));

        cli.Signal("INT");
        var run = await cli.WaitForExitAsync();
        proxy.ReleaseCreateAnswers();

        Assert.True(run.ExitCode == 130, run.ToString());
        Assert.Equal(2, run.Errors.Count(line => line.Contains(") ambiguous: create_unanswered: create unanswered at forced exit", StringComparison.Ordinal)));
        Assert.DoesNotContain("No task was left running", run.ToString(), StringComparison.Ordinal);
        using (var ledger = SqliteBatchLedger.OpenForReading(LedgerPath))
        {
            var unanswered = ledger.ReadJobs().Where(j => j.State == BatchJobState.Ambiguous).ToList();
            Assert.Equal(2, unanswered.Count);
            Assert.All(unanswered, job => Assert.Equal(("create_unanswered", BatchRunner.CreateUnansweredAtForcedExit), (job.ErrorCode, job.ErrorMessage)));
        }

        var resumed = await CliProcess.RunAsync(_folder.Path, Environment(emulator, proxy), "batch", "run", input, "--out", Output);

        Assert.True(resumed.ExitCode == 5, resumed.ToString());
        Assert.Equal(4, proxy.TasksCreatedPerTag.Count);
        Assert.All(proxy.TasksCreatedPerTag.Values, count => Assert.Equal(1, count));
    }

    /// <summary>
    /// The batch interrupted again and again (Ctrl+C or SIGTERM, sometimes twice) while creates answered a
    /// second late are on their way, against the emulator in its own process, then run to its end. Every job ends saved,
    /// failed with a reason, or recorded as "create unanswered at forced exit"; no job has two tasks; no file holds the key.
    /// </summary>
    [Fact]
    public async Task InterruptedAgainAndAgain_WithSlowCreates_EveryJobEndsSavedFailedOrRecordedUnanswered_AndNoJobHasTwoTasks()
    {
        const int Seed = 22;
        const int JobCount = 16;
        const int Rounds = 6;
        using var emulator = await EmulatorProcess.StartAsync(new Dictionary<string, string>
        {
            ["QueueDuration"] = "00:00:00.2",
            ["ProcessingDuration"] = "00:00:00.5",
            ["Seed"] = Seed.ToString(CultureInfo.InvariantCulture),
            ["TaskFailureRate"] = "0.1",
        });
        await using var proxy = await RecordingProxy.StartAsync(emulator.BaseAddress);
        proxy.CreateAnswerDelay = TimeSpan.FromSeconds(1);
        var input = _folder.WriteBatch("jobs.jsonl", Enumerable.Range(1, JobCount).Select(Line).ToArray());
        var environment = new Dictionary<string, string> { ["SEEDREAM_API_KEY"] = EmulatorProcess.ApiKey, ["SEEDREAM_BASE_URL"] = proxy.BaseAddress.ToString() };
        var random = new Random(Seed);

        for (var round = 1; round <= Rounds; round++)
        {
            using var cli = CliProcess.Start(_folder.Path, environment, "batch", "run", input, "--out", Output, "--concurrency", "4");
            var exit = cli.WaitForExitAsync();
            await Task.WhenAny(proxy.CreateAnswersHeldAsync(random.Next(1, 4), Patience), exit);
            var twice = round % 3 == 0;
            Signal(cli, round % 2 == 0 ? "TERM" : "INT", exit);
            if (twice)
            {
                await Task.WhenAny(cli.ErrorLineAsync(line => line.StartsWith("Stopping: waiting for the API to answer", StringComparison.Ordinal)), exit);
                Signal(cli, "INT", exit);
            }

            var run = await exit;
            _log.WriteLine($"round {round} ({(twice ? "twice" : "once")}): exit {run.ExitCode}; {States()}");
            Assert.True(run.ExitCode is 0 or 5 or 130, run.ToString());
            Assert.DoesNotContain("No task was left running", run.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("Unexpected error", run.ErrorText, StringComparison.Ordinal);
            AssertEveryCreatedTaskIsRecorded(proxy);
        }

        for (var finish = 1; ; finish++)
        {
            Assert.True(finish <= 3, "The batch did not finish in three uninterrupted runs: " + States());
            var run = await CliProcess.RunAsync(_folder.Path, environment, "batch", "run", input, "--out", Output, "--concurrency", "4");
            Assert.True(run.ExitCode is 0 or 5, run.ToString());
            using var ledger = SqliteBatchLedger.OpenForReading(LedgerPath);
            if (!ledger.ReadJobs().Any(j => j.State is BatchJobState.Pending or BatchJobState.Submitting or BatchJobState.Submitted))
            {
                break;
            }
        }

        _log.WriteLine("final: " + States());
        using (var ledger = SqliteBatchLedger.OpenForReading(LedgerPath))
        {
            foreach (var job in ledger.ReadJobs())
            {
                switch (job.State)
                {
                    case BatchJobState.Saved:
                        Assert.Equal(1, proxy.TasksCreatedPerTag.GetValueOrDefault(Tag(job.LineNumber)));
                        break;
                    case BatchJobState.Failed:
                        Assert.False(string.IsNullOrWhiteSpace(job.ErrorMessage), $"line {job.LineNumber} failed without a reason");
                        break;
                    case BatchJobState.Ambiguous:
                        Assert.Equal(BatchRunner.CreateUnansweredAtForcedExit, job.ErrorMessage);
                        break;
                    default:
                        Assert.Fail($"line {job.LineNumber} ended {job.State}");
                        break;
                }
            }
        }

        var doubled = proxy.TasksCreatedPerTag.Where(t => t.Value > 1).ToList();
        Assert.True(doubled.Count == 0, "Jobs with more than one task: " + string.Join(", ", doubled.Select(d => $"{d.Key} ({d.Value})")));
        KeyInFiles.AssertNone(EmulatorProcess.ApiKey, Output);
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>Signals the CLI unless it has already ended (the batch may finish before a round's signal).</summary>
    private static void Signal(CliProcess cli, string signal, Task exit)
    {
        try
        {
            if (!exit.IsCompleted)
            {
                cli.Signal(signal);
            }
        }
        catch (InvalidOperationException) when (exit.Wait(Patience))
        {
            // It ended between the check and the signal.
        }
    }

    /// <summary>After a run: no job is left submitting, and every task the emulator created has its id in the ledger or its job recorded as unanswered.</summary>
    private void AssertEveryCreatedTaskIsRecorded(RecordingProxy proxy)
    {
        using var ledger = SqliteBatchLedger.OpenForReading(LedgerPath);
        var jobs = ledger.ReadJobs();
        Assert.DoesNotContain(jobs, j => j.State == BatchJobState.Submitting);
        foreach (var tag in proxy.TasksCreatedPerTag.Keys)
        {
            var job = Assert.Single(jobs, j => Tag(j.LineNumber) == tag);
            Assert.True(
                job.TaskId is not null || job.ErrorMessage == BatchRunner.CreateUnansweredAtForcedExit,
                $"{tag} has a task at the emulator, but the ledger has neither its id nor an unanswered create: {job.State} {job.ErrorMessage}");
        }
    }

    private string States()
    {
        using var ledger = SqliteBatchLedger.OpenForReading(LedgerPath);
        return string.Join(", ", ledger.ReadJobs().GroupBy(j => j.State).Select(g => $"{g.Count()} {g.Key}"));
    }

    private static IReadOnlyDictionary<string, string> Environment(SeedreamEmulator emulator, RecordingProxy proxy) =>
        new Dictionary<string, string> { ["SEEDREAM_API_KEY"] = emulator.ApiKey, ["SEEDREAM_BASE_URL"] = proxy.BaseAddress.ToString() };

    private static string Tag(int lineNumber) => "job-" + lineNumber.ToString("D4", CultureInfo.InvariantCulture);

    private static string Line(int lineNumber) =>
        $"{{\"model\": \"seedream-5.0\", \"prompt\": \"{Tag(lineNumber)}: a harbour at dawn\", \"size\": \"1:1\", \"resolution\": \"2K\"}}";
}
