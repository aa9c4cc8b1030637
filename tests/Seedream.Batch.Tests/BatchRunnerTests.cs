using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using Seedream.Batch.Ledger;
using Seedream.Batch.Running;
using Seedream.Batch.Tests.Infrastructure;
using Seedream.Testing;
using Xunit;

namespace Seedream.Batch.Tests;

/// <summary>The runner against the emulator over loopback, one promise of the runner per test.</summary>
public sealed class BatchRunnerTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    private string Output => _folder.Combine("out");

    private string LedgerPath => Path.Combine(Output, SqliteBatchLedger.FileName);

    [Fact]
    public async Task Run_SavesEveryImageWithItsSizeAndHash_ReportsProgress_AndASecondRunCreatesNoTask()
    {
        await using var emulator = await InProcessEmulator.StartAsync();
        var input = _folder.WriteBatch("jobs.jsonl", Enumerable.Range(1, 6).Select(i => $"{{\"model\": \"seedream-5.0\", \"prompt\": \"job {i}\", \"name\": \"same\"{(i == 6 ? ", \"n\": 3" : string.Empty)}}}").ToArray());
        var reports = new ConcurrentQueue<BatchProgress>();

        var summary = await InProcessEmulator.Runner(emulator).RunAsync(InProcessEmulator.Options(input, Output), new Reports(reports));

        Assert.True(summary.Finished);
        Assert.All(summary.Jobs, job => Assert.Equal(BatchJobState.Saved, job.State));
        Assert.Equal(new[] { "same", "same-2", "same-3", "same-4", "same-5", "same-6" }, summary.Jobs.Select(j => j.Name));
        Assert.Equal(new[] { "images/same-6-0.jpg", "images/same-6-1.jpg", "images/same-6-2.jpg" }, summary.Jobs[5].Files.Select(f => f.Path));
        foreach (var file in summary.Jobs.SelectMany(j => j.Files))
        {
            var bytes = await File.ReadAllBytesAsync(Path.Combine(Output, file.Path));
            Assert.Equal((file.Size, file.Sha256), (bytes.LongLength, Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant()));
        }

        var last = reports.Last();
        Assert.Equal((6, 6, 0, 0, 0), (last.Total, last.Saved, last.Failed, last.Remaining, last.Running));
        Assert.Contains(reports, r => r.Running > 0);
        Assert.Contains(reports, r => r.EstimatedRemaining is not null);
        Assert.Equal(6, emulator.Counters.TasksCreated);

        var again = await InProcessEmulator.Runner(emulator).RunAsync(InProcessEmulator.Options(input, Output));

        Assert.True(again.Finished);
        Assert.Equal(6, emulator.Counters.TasksCreated);
        Assert.False(Directory.Exists(Path.Combine(Output, ".staging")));
    }

    [Fact]
    public async Task InvalidLines_SendNothing_UnlessTheUserSaysToSkipThem()
    {
        await using var emulator = await InProcessEmulator.StartAsync();
        var input = _folder.WriteBatch("jobs.jsonl", "{\"model\": \"seedream-5.0\", \"prompt\": \"fine\"}", "{\"model\": \"seedream-5.0\", \"prompt\": \"x\", \"resolution\": \"4K\"}");

        var refused = await Assert.ThrowsAsync<BatchInputException>(() => InProcessEmulator.Runner(emulator).RunAsync(InProcessEmulator.Options(input, Output)));

        Assert.Equal(2, Assert.Single(refused.Problems).LineNumber);
        Assert.Contains("line 2: resolution '4K'", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, emulator.Counters.TasksCreated);
        Assert.False(Directory.Exists(Output));

        var options = InProcessEmulator.Options(input, Output);
        options.SkipInvalidLines = true;
        var summary = await InProcessEmulator.Runner(emulator).RunAsync(options);

        Assert.Equal(BatchJobState.Saved, Assert.Single(summary.Jobs).State);
        Assert.Equal(2, Assert.Single(summary.SkippedLines).LineNumber);
        Assert.Equal(1, emulator.Counters.TasksCreated);
    }

    [Fact]
    public async Task AProjectTableInTheClientOptions_LetsItsLinesRun_AndItsRulesAreCheckedBeforeAnythingIsSent()
    {
        var emulatorOptions = InProcessEmulator.QuickOptions();
        emulatorOptions.ModelTables.Add(ProjectTables.Table);
        await using var emulator = await InProcessEmulator.StartAsync(emulatorOptions);
        var input = _folder.WriteBatch(
            "jobs.jsonl",
            $"{{\"model\": \"{ProjectTables.ModelId}\", \"prompt\": \"fine\", \"size\": \"7:3\", \"extra\": {{\"strength\": 0.5}}}}",
            $"{{\"model\": \"{ProjectTables.ModelId}\", \"prompt\": \"x\", \"extra\": {{\"strength\": 2}}}}");
        var clientOptions = InProcessEmulator.ClientOptions(emulator);
        clientOptions.ModelTables.Add(ProjectTables.Table);

        var refused = await Assert.ThrowsAsync<BatchInputException>(() => new BatchRunner(clientOptions).RunAsync(InProcessEmulator.Options(input, Output)));

        Assert.Equal(2, Assert.Single(refused.Problems).LineNumber);
        Assert.Equal(0, emulator.Counters.TasksCreated);

        var options = InProcessEmulator.Options(input, Output);
        options.SkipInvalidLines = true;
        var summary = await new BatchRunner(clientOptions).RunAsync(options);

        Assert.Equal(BatchJobState.Saved, Assert.Single(summary.Jobs).State);
        Assert.Equal(1, emulator.Counters.TasksCreated);
    }

    [Fact]
    public async Task ChangedInput_IsRefused_UnlessAccepted_ThenOnlyTheNewLineIsSubmitted()
    {
        await using var emulator = await InProcessEmulator.StartAsync();
        var input = _folder.WriteBatch("jobs.jsonl", "{\"model\": \"seedream-5.0\", \"prompt\": \"first\"}");
        await InProcessEmulator.Runner(emulator).RunAsync(InProcessEmulator.Options(input, Output));
        File.AppendAllText(input, "{\"model\": \"seedream-5.0\", \"prompt\": \"second\"}\n");

        var refused = await Assert.ThrowsAsync<BatchInputException>(() => InProcessEmulator.Runner(emulator).RunAsync(InProcessEmulator.Options(input, Output)));

        Assert.Contains("changed since the batch", refused.Message, StringComparison.Ordinal);
        Assert.Contains("--accept-changed-input", refused.Message, StringComparison.Ordinal);
        Assert.Equal(1, emulator.Counters.TasksCreated);

        var options = InProcessEmulator.Options(input, Output);
        options.AcceptChangedInput = true;
        var summary = await InProcessEmulator.Runner(emulator).RunAsync(options);

        Assert.Equal(2, summary.Jobs.Count(j => j.State == BatchJobState.Saved));
        Assert.Equal(2, emulator.Counters.TasksCreated);
    }

    [Fact]
    public async Task JobLeftSubmitting_IsReportedAmbiguous_AndIsSentAgainOnlyWithTheFlag()
    {
        await using var emulator = await InProcessEmulator.StartAsync();
        var input = _folder.WriteBatch("jobs.jsonl", "{\"model\": \"seedream-5.0\", \"prompt\": \"caught mid-create\"}");
        using (var stopped = new CancellationTokenSource())
        {
            stopped.Cancel();
            var interrupted = await InProcessEmulator.Runner(emulator).RunAsync(InProcessEmulator.Options(input, Output), null, stopped.Token);
            Assert.True(interrupted.Interrupted);
        }

        using (var ledger = SqliteBatchLedger.Open(LedgerPath))
        {
            ledger.Mark(ledger.ReadJobs()[0].Id, BatchJobState.Submitting);
        }

        var resumed = await InProcessEmulator.Runner(emulator).RunAsync(InProcessEmulator.Options(input, Output));

        var job = Assert.Single(resumed.Jobs);
        Assert.Equal(BatchJobState.Ambiguous, job.State);
        Assert.Contains("--resend-ambiguous", job.ErrorMessage, StringComparison.Ordinal);
        Assert.False(resumed.Finished);
        Assert.Equal(0, emulator.Counters.TasksCreated);

        await InProcessEmulator.Runner(emulator).RunAsync(InProcessEmulator.Options(input, Output));
        Assert.Equal(0, emulator.Counters.TasksCreated);

        var options = InProcessEmulator.Options(input, Output);
        options.ResendAmbiguous = true;
        var resent = await InProcessEmulator.Runner(emulator).RunAsync(options);

        Assert.Equal(BatchJobState.Saved, Assert.Single(resent.Jobs).State);
        Assert.Equal(1, emulator.Counters.TasksCreated);
    }

    [Fact]
    public async Task CompletedTaskWhoseLinksExpired_IsRecordedAsLost()
    {
        var options = InProcessEmulator.QuickOptions();
        options.LinkLifetime = TimeSpan.Zero;
        await using var emulator = await InProcessEmulator.StartAsync(options);
        var input = _folder.WriteBatch("jobs.jsonl", "{\"model\": \"seedream-5.0\", \"prompt\": \"too late\"}");

        var summary = await InProcessEmulator.Runner(emulator).RunAsync(InProcessEmulator.Options(input, Output));

        var job = Assert.Single(summary.Jobs);
        Assert.Equal(BatchJobState.Expired, job.State);
        Assert.Equal("link_expired", job.ErrorCode);
        Assert.Contains("lost", job.ErrorMessage, StringComparison.Ordinal);
        Assert.NotNull(job.TaskId);
    }

    [Fact]
    public async Task FailedTask_IsRecordedWithTheApiCodeAndMessage_AndNotSentAgain()
    {
        var options = InProcessEmulator.QuickOptions();
        options.TaskFailureRate = 1;
        await using var emulator = await InProcessEmulator.StartAsync(options);
        var input = _folder.WriteBatch("jobs.jsonl", "{\"model\": \"seedream-5.0\", \"prompt\": \"doomed\"}");

        var summary = await InProcessEmulator.Runner(emulator).RunAsync(InProcessEmulator.Options(input, Output));
        await InProcessEmulator.Runner(emulator).RunAsync(InProcessEmulator.Options(input, Output));

        var job = Assert.Single(summary.Jobs);
        Assert.Equal((BatchJobState.Failed, "task_failed"), (job.State, job.ErrorCode));
        Assert.Contains("on purpose", job.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(1, emulator.Counters.TasksCreated);
    }

    [Fact]
    public async Task RateLimitedApi_SlowsTheWholeBatch_AndEveryJobIsSavedWithOneTask()
    {
        var options = InProcessEmulator.QuickOptions();
        options.Faults.RateLimitRate = 0.15;
        options.Faults.Seed = 7;
        await using var emulator = await InProcessEmulator.StartAsync(options);
        var input = _folder.WriteBatch("jobs.jsonl", Enumerable.Range(1, 8).Select(i => $"{{\"model\": \"seedream-5.0\", \"prompt\": \"busy {i}\"}}").ToArray());
        var run = InProcessEmulator.Options(input, Output);
        run.MaxConcurrency = 8;

        var summary = await InProcessEmulator.Runner(emulator).RunAsync(run);

        Assert.True(summary.Finished, string.Join("; ", summary.Jobs.Select(j => $"{j.State} {j.ErrorMessage}")));
        Assert.True(summary.Throttles > 0);
        Assert.Equal(8, emulator.Counters.TasksCreated);
    }

    [Fact]
    public async Task Interrupted_LeavesNoJobSubmitting_AndTheNextRunFinishesWithoutNewTasksForSubmittedJobs()
    {
        var options = InProcessEmulator.QuickOptions();
        options.ProcessingDuration = TimeSpan.FromSeconds(1);
        await using var emulator = await InProcessEmulator.StartAsync(options);
        var input = _folder.WriteBatch("jobs.jsonl", Enumerable.Range(1, 10).Select(i => $"{{\"model\": \"seedream-5.0\", \"prompt\": \"stop {i}\"}}").ToArray());
        var run = InProcessEmulator.Options(input, Output);
        run.MaxConcurrency = 4;
        using var stop = new CancellationTokenSource();
        var reports = new Reports(new ConcurrentQueue<BatchProgress>(), r =>
        {
            if (r.Saved >= 2)
            {
                stop.Cancel();
            }
        });

        var interrupted = await InProcessEmulator.Runner(emulator).RunAsync(run, reports, stop.Token);

        Assert.True(interrupted.Interrupted);
        Assert.DoesNotContain(interrupted.Jobs, j => j.State is BatchJobState.Submitting or BatchJobState.Ambiguous);
        Assert.Contains(interrupted.Jobs, j => j.State == BatchJobState.Pending);
        var created = emulator.Counters.TasksCreated;
        Assert.Equal(interrupted.Jobs.Count(j => j.TaskId is not null), created);

        var finished = await InProcessEmulator.Runner(emulator).RunAsync(run);

        Assert.True(finished.Finished);
        Assert.Equal(10, emulator.Counters.TasksCreated);
    }

    [Fact]
    public async Task SavedFileThatWentMissing_IsDownloadedAgain_WithoutANewTask()
    {
        await using var emulator = await InProcessEmulator.StartAsync();
        var input = _folder.WriteBatch("jobs.jsonl", "{\"model\": \"seedream-5.0\", \"prompt\": \"keep me\", \"name\": \"keeper\"}");
        var first = await InProcessEmulator.Runner(emulator).RunAsync(InProcessEmulator.Options(input, Output));
        var file = Path.Combine(Output, Assert.Single(Assert.Single(first.Jobs).Files).Path);
        File.Delete(file);

        var second = await InProcessEmulator.Runner(emulator).RunAsync(InProcessEmulator.Options(input, Output));

        Assert.True(File.Exists(file));
        Assert.Equal(first.Jobs[0].Files, second.Jobs[0].Files);
        Assert.Equal(1, emulator.Counters.TasksCreated);
    }

    [Fact]
    public async Task TwoRunsOnOneFolder_TheSecondIsRefused()
    {
        await using var emulator = await InProcessEmulator.StartAsync();
        var input = _folder.WriteBatch("jobs.jsonl", "{\"model\": \"seedream-5.0\", \"prompt\": \"one at a time\"}");
        Directory.CreateDirectory(Output);
        using var held = new FileStream(Path.Combine(Output, BatchRunner.LockFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);

        var refused = await Assert.ThrowsAsync<BatchInputException>(() => InProcessEmulator.Runner(emulator).RunAsync(InProcessEmulator.Options(input, Output)));

        Assert.Contains("Another batch run", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, emulator.Counters.TasksCreated);
    }

    public void Dispose() => _folder.Dispose();

    private sealed class Reports : IProgress<BatchProgress>
    {
        private readonly ConcurrentQueue<BatchProgress> _reports;
        private readonly Action<BatchProgress>? _then;

        public Reports(ConcurrentQueue<BatchProgress> reports, Action<BatchProgress>? then = null)
        {
            _reports = reports;
            _then = then;
        }

        public void Report(BatchProgress value)
        {
            _reports.Enqueue(value);
            _then?.Invoke(value);
        }
    }
}
