using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Seedream.Batch.Ledger;
using Seedream.Batch.Tests.Infrastructure;
using Seedream.Emulator;
using Seedream.Testing;
using Seedream.Testing.Cli;
using Seedream.Testing.FileSystems;
using Xunit;

namespace Seedream.Batch.Tests;

/// <summary>
/// <c>seedream batch run</c> as a process on a real file system that is full, read-only or not a folder (a small tmpfs,
/// mounted for the test): every task the API created has its id in the ledger or printed, no new task is created once
/// nothing can be written, and the error says what it is, with the path.
/// </summary>
public sealed class StorageTests : IDisposable
{
    private const int Concurrency = 2;
    private readonly TemporaryDirectory _folder = new();

    [MountFact]
    public async Task FullDisk_MidBatch_StopsCreating_NamesTheFullDisk_AndEveryCreatedTaskIsRecordedOrPrinted()
    {
        await using var emulator = await InProcessEmulator.StartAsync();
        using var disk = TemporaryMount.Tmpfs(kilobytes: 192);
        var output = disk.Combine("out");
        var input = _folder.WriteBatch("jobs.jsonl", Enumerable.Range(1, 24).Select(i => $"{{\"model\": \"seedream-5.0\", \"prompt\": \"a full disk, job {i}\", \"size\": \"1:1\", \"resolution\": \"3K\"}}").ToArray());

        var run = await CliProcess.RunAsync(_folder.Path, Environment(emulator), "batch", "run", input, "--out", output, "--concurrency", Concurrency.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.True(run.ExitCode == 5, run.ToString());
        Assert.Contains(run.Errors, line => line.StartsWith("Stopped: ", StringComparison.Ordinal) && line.Contains("the disk is full", StringComparison.Ordinal) && line.Contains(output, StringComparison.Ordinal));
        Assert.DoesNotContain("Unexpected error", run.ErrorText, StringComparison.Ordinal);
        var printed = run.Errors.Count(line => line.Contains("was created, but the ledger could not record it", StringComparison.Ordinal));
        var jobs = JobsIn(output);
        var saved = jobs.Count(j => j.State == BatchJobState.Saved);
        Assert.Equal(emulator.Counters.TasksCreated, jobs.Count(j => j.TaskId is not null) + printed);
        Assert.InRange(emulator.Counters.TasksCreated, 1, saved + Concurrency);
        Assert.Contains(jobs, j => j.State == BatchJobState.Pending);
    }

    [MountFact]
    public async Task ReadOnlyOutputFolder_IsNamedAsSuch_WithItsPath_NotTakenForAnotherRun_AndNothingIsSent()
    {
        await using var emulator = await InProcessEmulator.StartAsync();
        var input = _folder.WriteBatch("jobs.jsonl", "{\"model\": \"seedream-5.0\", \"prompt\": \"read-only\"}");
        using var readOnly = TemporaryMount.Tmpfs(kilobytes: 64, readOnly: true);
        using var remounted = TemporaryMount.Tmpfs(kilobytes: 1024);
        var done = await CliProcess.RunAsync(_folder.Path, Environment(emulator), "batch", "run", input, "--out", remounted.Combine("out"));
        Assert.True(done.ExitCode == 0, done.ToString());
        remounted.RemountReadOnly();

        foreach (var output in new[] { readOnly.Combine("out"), remounted.Combine("out") })
        {
            var run = await CliProcess.RunAsync(_folder.Path, Environment(emulator), "batch", "run", input, "--out", output);

            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.Contains("the file system is read-only", run.ErrorText, StringComparison.Ordinal);
            Assert.Contains(output, run.ErrorText, StringComparison.Ordinal);
            Assert.DoesNotContain("Another batch run", run.ErrorText, StringComparison.Ordinal);
        }

        Assert.Equal(1, emulator.Counters.TasksCreated);
    }

    [Fact]
    public async Task OutputThatIsAFile_IsNamedAsSuch_AndNothingIsSent()
    {
        var input = _folder.WriteBatch("jobs.jsonl", "{\"model\": \"seedream-5.0\", \"prompt\": \"not a folder\"}");
        var file = _folder.Combine("a-file");
        File.WriteAllText(file, "not a folder");
        var environment = new Dictionary<string, string> { ["SEEDREAM_API_KEY"] = "sk-unused", ["SEEDREAM_BASE_URL"] = "http://127.0.0.1:9/" };

        foreach (var output in new[] { file, Path.Combine(file, "out") })
        {
            var run = await CliProcess.RunAsync(_folder.Path, environment, "batch", "run", input, "--out", output);

            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.Contains($"{file} is a file, not a folder", run.ErrorText, StringComparison.Ordinal);
        }
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>The jobs of the ledger in <paramref name="output"/>, read from a copy (with its journal) on a disk with room, as a user would.</summary>
    private IReadOnlyList<BatchJob> JobsIn(string output)
    {
        var copy = _folder.Combine("ledger-copy");
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(output, SqliteBatchLedger.FileName + "*").Where(f => !f.EndsWith("-shm", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)), overwrite: true);
        }

        using var ledger = SqliteBatchLedger.OpenForReading(Path.Combine(copy, SqliteBatchLedger.FileName));
        return ledger.ReadJobs();
    }

    private static IReadOnlyDictionary<string, string> Environment(SeedreamEmulator emulator) =>
        new Dictionary<string, string> { ["SEEDREAM_API_KEY"] = emulator.ApiKey, ["SEEDREAM_BASE_URL"] = emulator.BaseAddress.ToString() };
}
