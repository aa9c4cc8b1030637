using System;
using System.IO;
using System.Linq;
using Seedream.Batch.Ledger;
using Seedream.Batch.Tests.Infrastructure;
using Xunit;

namespace Seedream.Batch.Tests;

public sealed class SqliteBatchLedgerTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

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
    public void AFileThatIsNotALedger_IsRefused()
    {
        var path = _folder.Combine("not-a-ledger.sqlite");
        File.WriteAllText(path, "these are not the bytes of a SQLite database, just text long enough to be read as a header.");

        Assert.ThrowsAny<Microsoft.Data.Sqlite.SqliteException>(() => SqliteBatchLedger.Open(path).Dispose());
    }

    public void Dispose() => _folder.Dispose();
}
