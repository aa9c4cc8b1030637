using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Data.Sqlite;

namespace Seedream.Batch.Ledger;

/// <summary>
/// The embedded ledger: one SQLite file (WAL journal, <c>synchronous=FULL</c>, so every committed change survives
/// a crash or power loss) with the jobs, their files, the input's hash, and a log of every state change.
/// One connection, used under a lock; every change is one transaction.
/// </summary>
public sealed class SqliteBatchLedger : IBatchLedger
{
    /// <summary>The ledger's file name inside a batch's output folder.</summary>
    public const string FileName = "batch.sqlite";

    private const string InputKey = "input_sha256";

    private static readonly string[] Schema =
    {
        "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS jobs (id INTEGER PRIMARY KEY, job_key TEXT NOT NULL UNIQUE, line INTEGER NOT NULL, " +
        "name TEXT NOT NULL UNIQUE COLLATE NOCASE, request TEXT NOT NULL, state TEXT NOT NULL, task_id TEXT, error_code TEXT, " +
        "error_message TEXT, updated_at TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS files (job_id INTEGER NOT NULL REFERENCES jobs(id), image_index INTEGER NOT NULL, " +
        "path TEXT NOT NULL, size INTEGER NOT NULL, sha256 TEXT NOT NULL, PRIMARY KEY (job_id, image_index))",
        "CREATE TABLE IF NOT EXISTS transitions (seq INTEGER PRIMARY KEY AUTOINCREMENT, job_id INTEGER NOT NULL, " +
        "state TEXT NOT NULL, task_id TEXT, note TEXT, at TEXT NOT NULL)",
    };

    private readonly SqliteConnection _connection;
    private readonly TimeProvider _time;
    private readonly object _gate = new();

    private SqliteBatchLedger(SqliteConnection connection, TimeProvider time)
    {
        _connection = connection;
        _time = time;
    }

    /// <summary>The ledger file's path.</summary>
    public string Path => _connection.DataSource;

    /// <inheritdoc />
    public string? InputSha256
    {
        get
        {
            lock (_gate)
            {
                using var command = Command("SELECT value FROM meta WHERE key = $key", ("$key", InputKey));
                return command.ExecuteScalar() as string;
            }
        }
    }

    /// <inheritdoc />
    public long TransitionCount
    {
        get
        {
            lock (_gate)
            {
                using var command = Command("SELECT COUNT(*) FROM transitions");
                return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
            }
        }
    }

    /// <summary>Opens the ledger at <paramref name="path"/>, creating it when missing.</summary>
    /// <param name="path">The SQLite file.</param>
    /// <param name="timeProvider">The clock for the recorded times; <see cref="TimeProvider.System"/> when omitted.</param>
    /// <exception cref="SqliteException">The file is not a SQLite database, or cannot be opened.</exception>
    public static SqliteBatchLedger Open(string path, TimeProvider? timeProvider = null)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = System.IO.Path.GetFullPath(path), Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            var ledger = new SqliteBatchLedger(connection, timeProvider ?? TimeProvider.System);
            ledger.Execute("PRAGMA journal_mode = WAL");
            ledger.Execute("PRAGMA synchronous = FULL");
            ledger.Execute("PRAGMA busy_timeout = 5000");
            using (var transaction = connection.BeginTransaction())
            {
                foreach (var statement in Schema)
                {
                    ledger.Execute(statement, transaction);
                }

                transaction.Commit();
            }

            return ledger;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public void RecordInput(string sha256)
    {
        lock (_gate)
        {
            using var command = Command("INSERT INTO meta (key, value) VALUES ($key, $value) ON CONFLICT (key) DO UPDATE SET value = excluded.value", ("$key", InputKey), ("$value", sha256));
            command.ExecuteNonQuery();
        }
    }

    /// <inheritdoc />
    public int AddJobs(IReadOnlyCollection<NewBatchJob> jobs)
    {
        lock (_gate)
        {
            using var transaction = _connection.BeginTransaction();
            var added = 0;
            var now = Now();
            foreach (var job in jobs)
            {
                using var insert = Command(
                    "INSERT INTO jobs (job_key, line, name, request, state, updated_at) VALUES ($key, $line, $name, $request, $state, $at) ON CONFLICT (job_key) DO NOTHING",
                    ("$key", job.Key), ("$line", job.LineNumber), ("$name", job.Name), ("$request", job.Request), ("$state", Text(BatchJobState.Pending)), ("$at", now));
                insert.Transaction = transaction;
                if (insert.ExecuteNonQuery() == 1)
                {
                    added++;
                    using var log = Command(
                        "INSERT INTO transitions (job_id, state, at) VALUES (last_insert_rowid(), $state, $at)",
                        ("$state", Text(BatchJobState.Pending)), ("$at", now));
                    log.Transaction = transaction;
                    log.ExecuteNonQuery();
                }
            }

            transaction.Commit();
            return added;
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<BatchJob> ReadJobs()
    {
        lock (_gate)
        {
            var files = new Dictionary<long, List<BatchSavedFile>>();
            using (var command = Command("SELECT job_id, image_index, path, size, sha256 FROM files ORDER BY job_id, image_index"))
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    var jobId = reader.GetInt64(0);
                    if (!files.TryGetValue(jobId, out var list))
                    {
                        files[jobId] = list = new List<BatchSavedFile>();
                    }

                    list.Add(new BatchSavedFile(reader.GetInt32(1), reader.GetString(2), reader.GetInt64(3), reader.GetString(4)));
                }
            }

            var jobs = new List<BatchJob>();
            using (var command = Command("SELECT id, job_key, line, name, request, state, task_id, error_code, error_message, updated_at FROM jobs ORDER BY line, id"))
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    var id = reader.GetInt64(0);
                    jobs.Add(new BatchJob(
                        id,
                        reader.GetString(1),
                        reader.GetInt32(2),
                        reader.GetString(3),
                        reader.GetString(4),
                        Enum.Parse<BatchJobState>(reader.GetString(5), ignoreCase: true),
                        reader.IsDBNull(6) ? null : reader.GetString(6),
                        reader.IsDBNull(7) ? null : reader.GetString(7),
                        reader.IsDBNull(8) ? null : reader.GetString(8),
                        DateTimeOffset.Parse(reader.GetString(9), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
                        files.TryGetValue(id, out var list) ? list : (IReadOnlyList<BatchSavedFile>)Array.Empty<BatchSavedFile>()));
                }
            }

            return jobs;
        }
    }

    /// <inheritdoc />
    public void Mark(long jobId, BatchJobState state, string? taskId = null, string? errorCode = null, string? errorMessage = null)
    {
        if (state == BatchJobState.Saved)
        {
            throw new ArgumentException("A job becomes saved only with its files: use MarkSaved.", nameof(state));
        }

        Change(jobId, state, taskId, errorCode, errorMessage, null);
    }

    /// <inheritdoc />
    public void MarkSaved(long jobId, IReadOnlyList<BatchSavedFile> files, string? note) =>
        Change(jobId, BatchJobState.Saved, null, note is null ? null : "image_failed", note, files ?? throw new ArgumentNullException(nameof(files)));

    /// <summary>Closes the ledger; every recorded change is already durable.</summary>
    public void Dispose() => _connection.Dispose();

    private void Change(long jobId, BatchJobState state, string? taskId, string? errorCode, string? errorMessage, IReadOnlyList<BatchSavedFile>? files)
    {
        lock (_gate)
        {
            using var transaction = _connection.BeginTransaction();
            var now = Now();
            using (var update = Command(
                "UPDATE jobs SET state = $state, task_id = COALESCE($task, task_id), error_code = $code, error_message = $message, updated_at = $at WHERE id = $id",
                ("$state", Text(state)), ("$task", taskId), ("$code", errorCode), ("$message", errorMessage), ("$at", now), ("$id", jobId)))
            {
                update.Transaction = transaction;
                if (update.ExecuteNonQuery() != 1)
                {
                    throw new ArgumentException($"The ledger has no job {jobId}.", nameof(jobId));
                }
            }

            foreach (var file in files ?? Array.Empty<BatchSavedFile>())
            {
                using var insert = Command(
                    "INSERT INTO files (job_id, image_index, path, size, sha256) VALUES ($id, $index, $path, $size, $sha) " +
                    "ON CONFLICT (job_id, image_index) DO UPDATE SET path = excluded.path, size = excluded.size, sha256 = excluded.sha256",
                    ("$id", jobId), ("$index", file.Index), ("$path", file.Path), ("$size", file.Size), ("$sha", file.Sha256));
                insert.Transaction = transaction;
                insert.ExecuteNonQuery();
            }

            using (var log = Command(
                "INSERT INTO transitions (job_id, state, task_id, note, at) VALUES ($id, $state, $task, $note, $at)",
                ("$id", jobId), ("$state", Text(state)), ("$task", taskId), ("$note", errorMessage), ("$at", now)))
            {
                log.Transaction = transaction;
                log.ExecuteNonQuery();
            }

            transaction.Commit();
        }
    }

    private void Execute(string sql, SqliteTransaction? transaction = null)
    {
        using var command = Command(sql);
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private string Now() => _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);

    private static string Text(BatchJobState state) => state.ToString().ToLowerInvariant();
}
