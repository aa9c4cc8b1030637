using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Seedream.Batch.Ledger;
using Seedream.Batch.Report;
using Seedream.Batch.Running;
using Seedream.Batch.Tests.Infrastructure;
using Seedream.Testing;
using Seedream.Testing.Sockets;
using Xunit;

namespace Seedream.Batch.Tests;

/// <summary>
/// The runner against a loopback server that answers as a hostile or broken API would: a create answer cut short that
/// names its task, tasks with more images than asked for, a key echoed into task ids. Each promise at its boundary:
/// the socket, and the files the batch leaves on disk.
/// </summary>
public sealed class HostileApiTests : IDisposable
{
    private const string Key = "sk-live+AB<C>&'D";
    private readonly TemporaryDirectory _folder = new();

    private string Output => _folder.Combine("out");

    [Fact]
    public async Task CreateAnswerCutShortThatNamesItsTask_IsFollowedAndSaved_AndNeverSentAgain_EvenWithResendAmbiguous()
    {
        var image = TinyPng.Make(200, 40, 40);
        await using var server = new HostileServer(request => request switch
        {
            { IsCreate: true } => Answer.Stall(200, "{\"task_id\":\"task-cut\",\"status\":\"queued\""),
            { Path: "/files/cut.png" } => Answer.Bytes(200, image, "image/png"),
            _ => Answer.Json(200, Completed("task-cut", Url(request, "/files/cut.png"))),
        });
        var input = _folder.WriteBatch("jobs.jsonl", "{\"model\": \"seedream-5.0\", \"prompt\": \"cut short\", \"name\": \"cut\"}");

        var summary = await Runner(server, requestTimeout: TimeSpan.FromSeconds(2)).RunAsync(Options(input));

        var job = Assert.Single(summary.Jobs);
        Assert.Equal((BatchJobState.Saved, "task-cut"), (job.State, job.TaskId));
        Assert.Equal(image, await File.ReadAllBytesAsync(Path.Combine(Output, Assert.Single(job.Files).Path)));
        Assert.Equal(1, server.Creates);

        var options = Options(input);
        options.ResendAmbiguous = true;
        await Runner(server).RunAsync(options);
        Assert.Equal(1, server.Creates);
    }

    [Fact]
    public async Task AmbiguousJobWhoseTaskIdIsRecorded_IsFollowedOnTheNextRun_NotSentAgain_EvenWithResendAmbiguous()
    {
        var image = TinyPng.Make(40, 200, 40);
        await using var server = new HostileServer(request => request switch
        {
            { IsCreate: true } => Answer.Json(500, "{\"error\":{\"code\":\"internal_error\",\"message\":\"never sent\"}}"),
            { Path: "/files/known.png" } => Answer.Bytes(200, image, "image/png"),
            _ => Answer.Json(200, Completed("task-known", Url(request, "/files/known.png"))),
        });
        var input = _folder.WriteBatch("jobs.jsonl", "{\"model\": \"seedream-5.0\", \"prompt\": \"recorded before\"}");
        using (var stopped = new CancellationTokenSource())
        {
            stopped.Cancel();
            await Runner(server).RunAsync(Options(input), null, stopped.Token);
        }

        using (var ledger = SqliteBatchLedger.Open(Path.Combine(Output, SqliteBatchLedger.FileName)))
        {
            ledger.Mark(ledger.ReadJobs()[0].Id, BatchJobState.Ambiguous, taskId: "task-known", errorMessage: "An earlier version left the id of a cut-short create here.");
        }

        var options = Options(input);
        options.ResendAmbiguous = true;
        var summary = await Runner(server).RunAsync(options);

        Assert.Equal(BatchJobState.Saved, Assert.Single(summary.Jobs).State);
        Assert.Equal(0, server.Creates);
    }

    [Fact]
    public async Task NoImageOverwritesAnother_AcrossJobsNamedLikeASetsImages_AndATaskReturningMoreImagesThanAsked()
    {
        var served = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var images = new Dictionary<string, int> { ["task-a"] = 2, ["task-a1"] = 1, ["task-b"] = 2, ["task-b1"] = 1 };
        var colour = 0;
        foreach (var (task, count) in images)
        {
            for (var index = 0; index < count; index++)
            {
                colour += 40;
                served[$"/files/{task}-{index}.png"] = TinyPng.Make((byte)colour, 0, (byte)(255 - colour));
            }
        }

        await using var server = new HostileServer(request =>
        {
            if (request.IsCreate)
            {
                var task = "task-" + JsonDocument.Parse(request.Body).RootElement.GetProperty("prompt").GetString();
                return Answer.Json(200, Task(task, "queued"));
            }

            if (served.TryGetValue(request.Path, out var bytes))
            {
                return Answer.Bytes(200, bytes, "image/png");
            }

            var id = request.Path.Split('/').Last();
            return Answer.Json(200, Completed(id, Enumerable.Range(0, images[id]).Select(i => Url(request, $"/files/{id}-{i}.png")).ToArray()));
        });
        var input = _folder.WriteBatch(
            "jobs.jsonl",
            "{\"model\": \"seedream-5.0\", \"prompt\": \"a\", \"n\": 2, \"name\": \"a\"}",
            "{\"model\": \"seedream-5.0\", \"prompt\": \"a1\", \"name\": \"a-1\"}",
            "{\"model\": \"seedream-5.0\", \"prompt\": \"b\", \"name\": \"b\"}",
            "{\"model\": \"seedream-5.0\", \"prompt\": \"b1\", \"name\": \"b-1\"}");

        var summary = await Runner(server).RunAsync(Options(input));

        Assert.True(summary.Finished);
        Assert.Equal(
            new[] { "a: a-0.png a-1.png", "a-1-2: a-1-2.png", "b: b-0.png b-1~2.png", "b-1: b-1.png" },
            summary.Jobs.Select(j => j.Name + ": " + string.Join(" ", j.Files.Select(f => Path.GetFileName(f.Path)))));
        var onDisk = Directory.GetFiles(Path.Combine(Output, "images")).Select(File.ReadAllBytes).Select(Hash).ToHashSet();
        Assert.Equal(served.Values.Select(Hash).ToHashSet(), onDisk);
        Assert.All(summary.Jobs.SelectMany(j => j.Files), file => Assert.Equal(file.Sha256, Hash(File.ReadAllBytes(Path.Combine(Output, file.Path)))));
    }

    [Fact]
    public async Task KeyEchoedInTaskIdsAndMessages_IsInNoFileUnderTheOutputFolder_InAnyEncoding_AndTheImagesAreStillSaved()
    {
        var image = TinyPng.Make(10, 20, 30);
        var echoed = "task-" + Key + "-1";
        await using var server = new HostileServer(request => request switch
        {
            { IsCreate: true } => Answer.Json(200, Task(echoed, "queued")),
            { Path: "/files/echo.png" } => Answer.Bytes(200, image, "image/png"),
            _ => Answer.Json(200, Completed(echoed, Url(request, "/files/echo.png"))),
        });
        var input = _folder.WriteBatch("jobs.jsonl", "{\"model\": \"seedream-5.0\", \"prompt\": \"echo\", \"name\": \"echo\"}");

        var summary = await Runner(server).RunAsync(Options(input));
        BatchReport.Write(Output, DateTimeOffset.UtcNow, Key);

        var job = Assert.Single(summary.Jobs);
        Assert.Equal(BatchJobState.Saved, job.State);
        Assert.Equal(image, await File.ReadAllBytesAsync(Path.Combine(Output, Assert.Single(job.Files).Path)));
        Assert.Equal("task-[redacted]-1", job.TaskId);
        KeyInFiles.AssertNone(Key, Output);
    }

    [Fact]
    public void Report_OfALedgerThatHoldsTheKey_HasItInNeitherFile_InAnyEncoding()
    {
        Directory.CreateDirectory(Output);
        using (var ledger = SqliteBatchLedger.Open(Path.Combine(Output, SqliteBatchLedger.FileName)))
        {
            ledger.AddJobs(new[] { new NewBatchJob("k#1", 1, "one", "{\"model\": \"seedream-5.0\", \"prompt\": \"x\"}") });
            ledger.Mark(ledger.ReadJobs()[0].Id, BatchJobState.Failed, taskId: "task-" + Key, errorCode: "bad", errorMessage: "the key " + Key.ToUpperInvariant() + " was refused");
        }

        var (html, json) = BatchReport.Write(Output, DateTimeOffset.UtcNow, Key);

        foreach (var file in new[] { html, json })
        {
            var text = File.ReadAllText(file);
            Assert.Contains("[redacted]", text, StringComparison.Ordinal);
            Assert.Empty(KeySearch.SpellingsIn(Key, text));
        }
    }

    [Fact]
    public async Task LedgerThatCannotRecordACreatedTask_StopsTheRun_AndTheTaskIdIsInTheSummary()
    {
        await using var emulator = await InProcessEmulator.StartAsync();
        var input = _folder.WriteBatch("jobs.jsonl", Enumerable.Range(1, 3).Select(i => $"{{\"model\": \"seedream-5.0\", \"prompt\": \"full {i}\"}}").ToArray());
        var options = InProcessEmulator.Options(input, Output);
        options.MaxConcurrency = 1;
        var runner = new BatchRunner(InProcessEmulator.ClientOptions(emulator), path => new LedgerThatFillsUp(SqliteBatchLedger.Open(path)));

        var summary = await runner.RunAsync(options);

        var lost = Assert.Single(summary.UnrecordedTasks);
        Assert.Equal(1, emulator.Counters.TasksCreated);
        Assert.StartsWith("task-", lost.TaskId, StringComparison.Ordinal);
        Assert.Equal(1, lost.LineNumber);
        Assert.Contains("the disk is full", summary.StorageProblem, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(Output, SqliteBatchLedger.FileName), summary.StorageProblem, StringComparison.Ordinal);
        Assert.DoesNotContain(summary.Jobs, j => j.State == BatchJobState.Submitted);
    }

    public void Dispose() => _folder.Dispose();

    private static string Hash(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();

    private static string Url(SeenRequest request, string path) => "http://" + request.Header("host") + path;

    private static string Task(string id, string status, string more = "") =>
        $"{{\"task_id\":{JsonSerializer.Serialize(id)},\"model\":\"seedream-5.0\",\"status\":\"{status}\",\"progress\":0,\"created_at\":1795971535305{more}}}";

    private static string Completed(string id, params string[] urls) =>
        Task(id, "completed", ",\"result\":{\"images\":[" + string.Join(",", urls.Select(url => $"{{\"url\":\"{url}\"}}")) + "]}").Replace("\"progress\":0", "\"progress\":100", StringComparison.Ordinal);

    /// <summary>A runner whose client talks to <paramref name="server"/>, polling every 50–100 ms; a create stalls for at most <paramref name="requestTimeout"/>.</summary>
    private static BatchRunner Runner(HostileServer server, TimeSpan? requestTimeout = null) => new(new SeedreamClientOptions
    {
        ApiKey = Key,
        BaseUrl = server.BaseUrl,
        RequestTimeout = requestTimeout ?? new SeedreamClientOptions().RequestTimeout,
        Polling = { InitialDelay = TimeSpan.FromMilliseconds(50), MaxDelay = TimeSpan.FromMilliseconds(100) },
    });

    private BatchRunOptions Options(string input) => new() { InputPath = input, OutputDirectory = Output, RetryPause = TimeSpan.FromMilliseconds(50) };

    /// <summary>A ledger whose disk fills up as the first task's id is to be recorded, as SQLite reports it.</summary>
    private sealed class LedgerThatFillsUp : IBatchLedger
    {
        private readonly IBatchLedger _inner;

        public LedgerThatFillsUp(IBatchLedger inner)
        {
            _inner = inner;
        }

        public string? InputSha256 => _inner.InputSha256;

        public long TransitionCount => _inner.TransitionCount;

        public void RecordInput(string sha256) => _inner.RecordInput(sha256);

        public int AddJobs(IReadOnlyCollection<NewBatchJob> jobs) => _inner.AddJobs(jobs);

        public IReadOnlyList<BatchJob> ReadJobs() => _inner.ReadJobs();

        public void Mark(long jobId, BatchJobState state, string? taskId = null, string? errorCode = null, string? errorMessage = null)
        {
            if (state == BatchJobState.Submitted)
            {
                throw new Microsoft.Data.Sqlite.SqliteException("SQLite Error 13: 'database or disk is full'.", 13);
            }

            _inner.Mark(jobId, state, taskId, errorCode, errorMessage);
        }

        public void MarkSaved(long jobId, IReadOnlyList<BatchSavedFile> files, string? note) => _inner.MarkSaved(jobId, files, note);

        public void Dispose() => _inner.Dispose();
    }
}
