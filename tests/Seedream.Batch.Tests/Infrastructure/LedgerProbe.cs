using System;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Seedream.Batch.Tests.Infrastructure;

/// <summary>Reads a ledger from outside the process that writes it, as an auditor would: read-only, no locks held.</summary>
internal static class LedgerProbe
{
    /// <summary>How many state changes the ledger has recorded, or 0 while it does not exist yet.</summary>
    public static long Transitions(string path)
    {
        if (!System.IO.File.Exists(path))
        {
            return 0;
        }

        try
        {
            return Convert.ToInt64(Scalar(path, "SELECT COUNT(*) FROM transitions"), CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            // Created but its tables not committed yet.
            return 0;
        }
    }

    /// <summary>SQLite's own check of the whole file: <c>ok</c> when it is sound.</summary>
    public static string IntegrityCheck(string path) => (string)Scalar(path, "PRAGMA integrity_check")!;

    /// <summary>The file's journal mode, e.g. <c>wal</c>.</summary>
    public static string JournalMode(string path) => (string)Scalar(path, "PRAGMA journal_mode")!;

    /// <summary>How many times the ledger recorded <paramref name="jobId"/> entering <paramref name="state"/>.</summary>
    public static long TimesEntered(string path, long jobId, string state) =>
        Convert.ToInt64(Scalar(path, $"SELECT COUNT(*) FROM transitions WHERE job_id = {jobId} AND state = '{state}'"), CultureInfo.InvariantCulture);

    private static object? Scalar(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
