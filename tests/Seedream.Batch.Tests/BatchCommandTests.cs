using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Seedream.Batch.Report;
using Seedream.Batch.Tests.Infrastructure;
using Xunit;

namespace Seedream.Batch.Tests;

/// <summary><c>seedream batch run|report</c> as a process, as a user at a shell runs it.</summary>
public sealed class BatchCommandTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private readonly TemporaryFolder _folder = new();

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

    public void Dispose() => _folder.Dispose();
}
