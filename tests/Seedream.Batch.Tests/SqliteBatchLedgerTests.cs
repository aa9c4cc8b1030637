using System;
using System.IO;
using System.Linq;
using Seedream.Batch.Ledger;
using Seedream.Batch.Tests.Infrastructure;
using Seedream.Testing;
using Xunit;

namespace Seedream.Batch.Tests;

public sealed class SqliteBatchLedgerTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    [Fact]
    public void Ledger_IsAWalFile_AndEveryChangeIsThereAfterReopening_WithItsLog()
    {
        var path = _folder.Combine(SqliteBatchLedger.FileName);
        using (var ledger = SqliteBatchLedger.Open(path))
        {
            ledger.RecordInput("abc123");
            Assert.Equal(2, ledger.AddJobs(new[] { new NewBatchJob("k1#1", 1, "one", "{}"), new NewBatchJob("k2#1", 2, "two", "{}") }));
            Assert.Equal(0, ledger.AddJobs(new[] { new NewBatchJob("k1#1", 1, "one", "{}") }));
            var first = ledger.ReadJobs()[0].Id;
            ledger.Mark(first, BatchJobState.Submitting);
            ledger.Mark(first, BatchJobState.Submitted, taskId: "task-1");
            ledger.MarkSaved(first, new[] { new BatchSavedFile(0, "images/one.png", 42, new string('a', 64)) }, null);
        }

        Assert.Equal("wal", LedgerProbe.JournalMode(path));
        Assert.Equal("ok", LedgerProbe.IntegrityCheck(path));
        using var reopened = SqliteBatchLedger.Open(path);
        Assert.Equal("abc123", reopened.InputSha256);
        var jobs = reopened.ReadJobs();
        Assert.Equal(new[] { BatchJobState.Saved, BatchJobState.Pending }, jobs.Select(j => j.State));
        Assert.Equal("task-1", jobs[0].TaskId);
        Assert.Equal(new BatchSavedFile(0, "images/one.png", 42, new string('a', 64)), Assert.Single(jobs[0].Files));
        Assert.Equal(5, reopened.TransitionCount);
    }

    [Fact]
    public void Saved_CannotBeMarkedWithoutFiles()
    {
        using var ledger = SqliteBatchLedger.Open(_folder.Combine(SqliteBatchLedger.FileName));
        ledger.AddJobs(new[] { new NewBatchJob("k#1", 1, "one", "{}") });

        Assert.Throws<ArgumentException>(() => ledger.Mark(ledger.ReadJobs()[0].Id, BatchJobState.Saved));
    }

    [Fact]
    public void AFileThatIsNotALedger_OrIsEmpty_IsRefusedSayingWhich_AndLeftAsItIs()
    {
        var garbage = _folder.Combine("not-a-ledger.sqlite");
        File.WriteAllText(garbage, "these are not the bytes of a SQLite database, just text long enough to be read as a header.");
        var empty = _folder.Combine("empty.sqlite");
        File.WriteAllBytes(empty, Array.Empty<byte>());

        Assert.Contains("it is not a SQLite database, or it is damaged", Assert.Throws<InvalidDataException>(() => SqliteBatchLedger.Open(garbage).Dispose()).Message, StringComparison.Ordinal);
        Assert.Contains("it is empty (0 bytes)", Assert.Throws<InvalidDataException>(() => SqliteBatchLedger.Open(empty).Dispose()).Message, StringComparison.Ordinal);
        Assert.Equal(0, new FileInfo(empty).Length);
    }

    [Fact]
    public void ALedgerItsRunClosed_IsWholeInItsFile_AndOneCopiedWithoutItsJournalWhileOpen_IsRefused()
    {
        var path = _folder.Combine("run", SqliteBatchLedger.FileName);
        var copy = _folder.Combine("copy", SqliteBatchLedger.FileName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        using (var ledger = SqliteBatchLedger.Open(path))
        {
            ledger.AddJobs(new[] { new NewBatchJob("k#1", 1, "one", "{}") });
            ledger.Mark(ledger.ReadJobs()[0].Id, BatchJobState.Submitted, taskId: "task-paid-for");
            Assert.True(File.Exists(path + SqliteBatchLedger.JournalSuffix));
            File.Copy(path, copy);
        }

        Assert.False(File.Exists(path + SqliteBatchLedger.JournalSuffix));
        var refused = Assert.Throws<InvalidDataException>(() => SqliteBatchLedger.Open(copy).Dispose());
        Assert.Contains("batch.sqlite-wal, which is not beside it", refused.Message, StringComparison.Ordinal);

        File.Copy(path, copy, overwrite: true);
        using var whole = SqliteBatchLedger.OpenForReading(copy);
        Assert.Equal("task-paid-for", Assert.Single(whole.ReadJobs()).TaskId);
    }

    public void Dispose() => _folder.Dispose();
}
