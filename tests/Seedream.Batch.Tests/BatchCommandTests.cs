using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Seedream.Batch.Ledger;
using Seedream.Batch.Report;
using Seedream.Batch.Tests.Infrastructure;
using Seedream.Testing;
using Seedream.Testing.Sockets;
using Xunit;

namespace Seedream.Batch.Tests;

/// <summary><c>seedream batch run|report</c> as a process, as a user at a shell runs it.</summary>
public sealed class BatchCommandTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private readonly TemporaryDirectory _folder = new();

    [Fact]
    public async Task BatchRun_ThenReport_ShowsProgressAndResult_AndWritesTheContactSheet()
    {
        await using var emulator = await InProcessEmulator.StartAsync();
        var input = _folder.WriteBatch("jobs.jsonl", "{\"model\": \"seedream-5.0\", \"prompt\": \"one\"}", "{\"model\": \"seedream-4.0\", \"prompt\": \"two\", \"n\": 2}");
        var output = _folder.Combine("out");
        var environment = new Dictionary<string, string> { ["SEEDREAM_API_KEY"] = emulator.ApiKey, ["SEEDREAM_BASE_URL"] = emulator.BaseAddress.ToString() };

        using (var run = ChildProcess.Start("seedream.dll", environment, "batch", "run", input, "--out", output))
        {
            await run.WaitForExitAsync(Patience);
            Assert.True(run.ExitCode == 0, run.Output);
            Assert.Contains("batch: 2/2 done (2 saved, 0 failed), 0 running, 0 ambiguous", run.Output, StringComparison.Ordinal);
            Assert.Contains("saved 2 of 2 jobs (3 images)", run.Output, StringComparison.Ordinal);
        }

        using var report = ChildProcess.Start("seedream.dll", new Dictionary<string, string>(), "batch", "report", "--out", output);
        await report.WaitForExitAsync(Patience);

        Assert.True(report.ExitCode == 0, report.Output);
        Assert.Contains(Path.Combine(output, BatchReport.HtmlFileName), report.Output, StringComparison.Ordinal);
        Assert.Contains("images/line-2-1.jpg", await File.ReadAllTextAsync(Path.Combine(output, BatchReport.HtmlFileName)));
        Assert.Contains("\"saved\": 2", await File.ReadAllTextAsync(Path.Combine(output, BatchReport.JsonFileName)));
    }

    [Fact]
    public async Task BatchRun_WithInvalidLines_ExitsWithBadInput_NamesEachLine_AndCreatesNothing()
    {
        var input = _folder.WriteBatch("jobs.jsonl", "{\"model\": \"seedream-5.0\", \"prompt\": \"fine\"}", "{\"model\": \"seedream-4.5\", \"prompt\": \"x\", \"extra\": {\"output_format\": \"png\"}}");
        var output = _folder.Combine("out");
        var environment = new Dictionary<string, string> { ["SEEDREAM_API_KEY"] = "sk-unused", ["SEEDREAM_BASE_URL"] = "http://127.0.0.1:9/" };

        using var run = ChildProcess.Start("seedream.dll", environment, "batch", "run", input, "--out", output);
        await run.WaitForExitAsync(Patience);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("line 2:", run.Output, StringComparison.Ordinal);
        Assert.Contains("--skip-invalid", run.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public async Task BatchRun_WithoutAnApiKey_ExitsWithBadInput_AndSaysHowToUseTheEmulator()
    {
        var input = _folder.WriteBatch("jobs.jsonl", "{\"model\": \"seedream-5.0\", \"prompt\": \"fine\"}");

        using var run = ChildProcess.Start("seedream.dll", new Dictionary<string, string>(), "batch", "run", input, "--out", _folder.Combine("out"));
        await run.WaitForExitAsync(Patience);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("seedream emulator", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BatchReport_WhereNoBatchRan_ExitsWithBadInput()
    {
        using var report = ChildProcess.Start("seedream.dll", new Dictionary<string, string>(), "batch", "report", "--out", _folder.Combine("nothing-here"));
        await report.WaitForExitAsync(Patience);

        Assert.Equal(2, report.ExitCode);
        Assert.Contains("holds no batch ledger", report.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BatchRun_WhereTheLedgerIsEmpty_CopiedWithoutItsJournal_OrGone_IsRefused_SayingWhatWasFound_AndCreatesNothing()
    {
        await using var emulator = await InProcessEmulator.StartAsync();
        var input = _folder.WriteBatch("jobs.jsonl", "{\"model\": \"seedream-5.0\", \"prompt\": \"one\"}", "{\"model\": \"seedream-5.0\", \"prompt\": \"two\"}");
        var environment = new Dictionary<string, string> { ["SEEDREAM_API_KEY"] = emulator.ApiKey, ["SEEDREAM_BASE_URL"] = emulator.BaseAddress.ToString() };
        var done = _folder.Combine("done");
        using (var run = ChildProcess.Start("seedream.dll", environment, "batch", "run", input, "--out", done))
        {
            await run.WaitForExitAsync(Patience);
            Assert.True(run.ExitCode == 0, run.Output);
        }

        var empty = Copy(done, "empty");
        File.WriteAllBytes(Path.Combine(empty, SqliteBatchLedger.FileName), Array.Empty<byte>());
        var gone = Copy(done, "gone");
        File.Delete(Path.Combine(gone, SqliteBatchLedger.FileName));
        var crashed = _folder.Combine("crashed");
        var copied = _folder.Combine("copied");
        Directory.CreateDirectory(crashed);
        Directory.CreateDirectory(copied);
        using (var ledger = SqliteBatchLedger.Open(Path.Combine(crashed, SqliteBatchLedger.FileName)))
        {
            // Copied while its run still has it open, as after a crash: the jobs are in the journal, which is left behind.
            ledger.AddJobs(new[] { new NewBatchJob("k#1", 1, "one", "{\"model\": \"seedream-5.0\", \"prompt\": \"one\"}") });
            ledger.Mark(ledger.ReadJobs()[0].Id, BatchJobState.Submitted, taskId: "task-paid-for");
            File.Copy(Path.Combine(crashed, SqliteBatchLedger.FileName), Path.Combine(copied, SqliteBatchLedger.FileName));
        }

        var expected = new Dictionary<string, string>
        {
            [empty] = "is not a readable batch ledger: it is empty (0 bytes)",
            [gone] = "holds traces of a batch (batch.lock, written by a run that had a ledger here; images/ with 2 file(s)) but no ledger (batch.sqlite)",
            [copied] = "the run that last had it open did not end (a crash or a kill), so the changes it recorded since are in its journal batch.sqlite-wal, which is not beside it",
        };
        foreach (var (folder, message) in expected)
        {
            using var run = ChildProcess.Start("seedream.dll", environment, "batch", "run", input, "--out", folder);
            await run.WaitForExitAsync(Patience);

            Assert.True(run.ExitCode == 2, run.Output);
            Assert.Contains(message, run.Output, StringComparison.Ordinal);
            Assert.Contains("Nothing was sent.", run.Output, StringComparison.Ordinal);
        }

        Assert.Equal(2, emulator.Counters.TasksCreated);
    }

    [Fact]
    public async Task BatchRun_WithALineThatIsNotUtf8_IsRefusedNamingTheLine_AndCreatesNothing()
    {
        var input = _folder.Combine("latin1.jsonl");
        File.WriteAllBytes(input, Encoding.UTF8.GetBytes("{\"model\": \"seedream-5.0\", \"prompt\": \"fine\"}\n{\"model\": \"seedream-5.0\", \"prompt\": \"caf")
            .Concat(new byte[] { 0xE9 }).Concat(Encoding.UTF8.GetBytes("\"}\n")).ToArray());
        var output = _folder.Combine("out");
        var environment = new Dictionary<string, string> { ["SEEDREAM_API_KEY"] = "sk-unused", ["SEEDREAM_BASE_URL"] = "http://127.0.0.1:9/" };

        using var run = ChildProcess.Start("seedream.dll", environment, "batch", "run", input, "--out", output);
        await run.WaitForExitAsync(Patience);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("line 2: not UTF-8 text: byte 41 of the line (0xE9)", run.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public async Task BatchRun_ShowsControlCharactersFromTheInputAndTheServer_EscapedInItsErrorList()
    {
        await using var server = new HostileServer(_ => Answer.Json(400, "{\"error\":{\"code\":\"invalid_parameter\",\"message\":\"refused \\u001b[31mred\\u0007\"}}"));
        var input = _folder.WriteBatch(
            "jobs.jsonl",
            "{\"model\": \"seedream-5.0\", \"prompt\": \"fine\"}",
            "{\"model\": \"seedream-5.0\", \"prompt\": \"x\", \"resolution\": \"4K\\u001b[2J\"}");
        var environment = new Dictionary<string, string> { ["SEEDREAM_API_KEY"] = "sk-scripted", ["SEEDREAM_BASE_URL"] = server.BaseUrl.ToString() };

        using var run = ChildProcess.Start("seedream.dll", environment, "batch", "run", input, "--out", _folder.Combine("out"), "--skip-invalid");
        await run.WaitForExitAsync(Patience);

        Assert.Equal(5, run.ExitCode);
        Assert.Contains(run.Output.Split('\n'), line => line.StartsWith("skipped line 2: ", StringComparison.Ordinal) && line.Contains("4K\\x1B[2J", StringComparison.Ordinal));
        Assert.Contains(run.Output.Split('\n'), line => line.StartsWith("line 1 (line-1) failed", StringComparison.Ordinal) && line.Contains("refused \\x1B[31mred\\x07", StringComparison.Ordinal));
        Assert.DoesNotContain(run.Output.Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal), char.IsControl);
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>Copies a batch's folder (ledger, lock, images) to a new folder beside it.</summary>
    private string Copy(string folder, string name)
    {
        var copy = _folder.Combine(name);
        foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return copy;
    }
}
