using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.Data.Sqlite;

namespace Seedream.Batch.Ledger;

/// <summary>
/// The embedded ledger: one SQLite file (WAL journal, <c>synchronous=FULL</c>, so every committed change survives
/// a crash or power loss) with the jobs, their files, the input's hash, and a log of every state change.
/// One connection, used under a lock; every change is one transaction.
/// <para>
/// Where the committed state lives: while a run has the ledger open, and after a run that did not end (a crash, a
/// kill), in <c>batch.sqlite</c> together with <c>batch.sqlite-wal</c>; once a run has closed it, in
/// <c>batch.sqlite</c> alone (closing checkpoints the journal into the file). The file records which of the two holds
/// (written into the file itself when a run opens it), so a <c>batch.sqlite</c> copied or left without the
/// journal it needs is refused rather than read as an older state. A new ledger is made under a temporary name and
/// renamed into place complete, so an existing <c>batch.sqlite</c> is never a half-made one.
/// </para>
/// </summary>
public sealed class SqliteBatchLedger : IBatchLedger
{
    /// <summary>The ledger's file name inside a batch's output folder.</summary>
    public const string FileName = "batch.sqlite";

    /// <summary>The suffix of the journal SQLite keeps beside the ledger while it is open (<c>batch.sqlite-wal</c>).</summary>
    public const string JournalSuffix = "-wal";

    private const string InputKey = "input_sha256";

    /// <summary>The meta key that says where the committed state lives: <see cref="InFile"/> or <see cref="InFileAndJournal"/>.</summary>
    private const string StateKey = "committed_state";

    /// <summary>Closed by a run: the file alone holds every committed change.</summary>
    private const string InFile = "file";

    /// <summary>Opened by a run: changes since are in the journal until a run closes the ledger.</summary>
    private const string InFileAndJournal = "file_and_journal";

    /// <summary>The suffix of the name a new ledger is made under before it is renamed into place.</summary>
    private const string MakingSuffix = ".making";

    private const int SqliteNoCheckpointOnClose = 1010;
    private const int SqliteCorrupt = 11;
    private const int SqliteNotADatabase = 26;

    private static readonly string[] Tables = { "meta", "jobs", "files", "transitions" };

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
    private readonly bool _readOnly;
    private readonly object _gate = new();

    private SqliteBatchLedger(SqliteConnection connection, TimeProvider time, bool readOnly)
    {
        _connection = connection;
        _time = time;
        _readOnly = readOnly;
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
                return Meta(InputKey);
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

    /// <summary>
    /// Opens the ledger at <paramref name="path"/> to run a batch, making it when missing (under a temporary name, renamed
    /// into place complete). From here until <see cref="Dispose"/>, the committed state is the file with its journal.
    /// </summary>
    /// <param name="path">The SQLite file.</param>
    /// <param name="timeProvider">The clock for the recorded times; <see cref="TimeProvider.System"/> when omitted.</param>
    /// <exception cref="InvalidDataException">The file exists but is not a readable ledger: empty, not a SQLite database, damaged, without the batch's tables, or left by a run that did not end with its journal (<c>batch.sqlite-wal</c>) missing. Its message says which.</exception>
    /// <exception cref="SqliteException">The file cannot be opened or written (read-only, disk full, no permission).</exception>
    /// <exception cref="IOException">A new ledger could not be made or renamed into place.</exception>
    public static SqliteBatchLedger Open(string path, TimeProvider? timeProvider = null)
    {
        var fullPath = System.IO.Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            Make(fullPath);
        }

        var ledger = OpenExisting(fullPath, SqliteOpenMode.ReadWrite, timeProvider ?? TimeProvider.System);
        try
        {
            ledger.Execute("PRAGMA journal_mode = WAL");
            ledger.Execute("PRAGMA synchronous = FULL");

            // Checkpointed at once, so the file itself says that it needs its journal from now on.
            ledger.SetMeta(StateKey, InFileAndJournal);
            ledger.Execute("PRAGMA wal_checkpoint(FULL)");
            return ledger;
        }
        catch
        {
            ledger._connection.Dispose();
            throw;
        }
    }

    /// <summary>Opens an existing ledger to read it (a report), leaving it exactly as it is.</summary>
    /// <param name="path">The SQLite file.</param>
    /// <exception cref="FileNotFoundException">There is no file at <paramref name="path"/>.</exception>
    /// <exception cref="InvalidDataException">The file is not a readable ledger (see <see cref="Open"/>).</exception>
    public static SqliteBatchLedger OpenForReading(string path)
    {
        var fullPath = System.IO.Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw new FileNotFoundException($"There is no batch ledger at {fullPath}.", fullPath);
        }

        return OpenExisting(fullPath, SqliteOpenMode.ReadOnly, TimeProvider.System);
    }

    /// <inheritdoc />
    public void RecordInput(string sha256)
    {
        lock (_gate)
        {
            SetMeta(InputKey, sha256);
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

    /// <summary>
    /// Closes the ledger; every recorded change is already durable. A ledger opened to run a batch is checkpointed
    /// first, so the file alone holds every change; when that cannot be written (a full or read-only disk), the journal
    /// stays beside the file and the file still says it needs it.
    /// </summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (!_readOnly)
            {
                try
                {
                    SetMeta(StateKey, InFile);
                    Execute("PRAGMA wal_checkpoint(TRUNCATE)");
                }
                catch (SqliteException)
                {
                    // Nothing is lost: the file says it needs its journal, which must then stay beside it (SQLite would
                    // otherwise fold it into the file on closing, and delete it, when that needs no new space).
                    SQLitePCL.raw.sqlite3_db_config(_connection.Handle, SqliteNoCheckpointOnClose, 1, out _);
                }
            }

            _connection.Dispose();
        }
    }

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

    /// <summary>Makes a new, empty ledger at <paramref name="path"/>: under a temporary name, then renamed into place complete.</summary>
    private static void Make(string path)
    {
        var making = path + MakingSuffix;
        DeleteWithJournals(making);
        using (var connection = Connect(making, SqliteOpenMode.ReadWriteCreate))
        {
            connection.Open();
            var ledger = new SqliteBatchLedger(connection, TimeProvider.System, readOnly: true);
            ledger.Execute("PRAGMA synchronous = FULL");
            using var transaction = connection.BeginTransaction();
            foreach (var statement in Schema)
            {
                ledger.Execute(statement, transaction);
            }

            using (var state = ledger.Command("INSERT INTO meta (key, value) VALUES ($key, $value)", ("$key", StateKey), ("$value", InFile)))
            {
                state.Transaction = transaction;
                state.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        try
        {
            File.Move(making, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another run made it first: that one is used.
            DeleteWithJournals(making);
        }
    }

    private static void DeleteWithJournals(string path)
    {
        foreach (var suffix in new[] { string.Empty, "-journal", JournalSuffix, "-shm" })
        {
            File.Delete(path + suffix);
        }
    }

    private static SqliteConnection Connect(string path, SqliteOpenMode mode) =>
        new(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());

    /// <summary>Opens a ledger that exists and checks that it is one, with the state it needs.</summary>
    private static SqliteBatchLedger OpenExisting(string path, SqliteOpenMode mode, TimeProvider time)
    {
        if (new FileInfo(path).Length == 0)
        {
            throw Unreadable(path, "it is empty (0 bytes)");
        }

        var journalFound = File.Exists(path + JournalSuffix);
        var connection = Connect(path, mode);
        try
        {
            connection.Open();
            var ledger = new SqliteBatchLedger(connection, time, readOnly: mode == SqliteOpenMode.ReadOnly);
            ledger.Execute("PRAGMA busy_timeout = 5000");
            var missing = Tables.Where(table => !ledger.HasTable(table)).ToList();
            if (missing.Count > 0)
            {
                throw Unreadable(path, $"it has no {string.Join(", ", missing)} table{(missing.Count > 1 ? "s" : string.Empty)}: it is not a batch ledger, or its tables were only in a journal that is not beside it");
            }

            if (ledger.Meta(StateKey) == InFileAndJournal && !journalFound)
            {
                throw Unreadable(
                    path,
                    $"the run that last had it open did not end (a crash or a kill), so the changes it recorded since are in its journal {FileName}{JournalSuffix}, which is not beside it (a copy without the journal?)");
            }

            return ledger;
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode is SqliteCorrupt or SqliteNotADatabase)
        {
            connection.Dispose();
            throw Unreadable(path, $"it is not a SQLite database, or it is damaged ({exception.Message})");
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static InvalidDataException Unreadable(string path, string why) =>
        new($"{path} is not a readable batch ledger: {why}.");

    private bool HasTable(string name)
    {
        using var command = Command("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = $name", ("$name", name));
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) == 1;
    }

    private string? Meta(string key)
    {
        using var command = Command("SELECT value FROM meta WHERE key = $key", ("$key", key));
        return command.ExecuteScalar() as string;
    }

    private void SetMeta(string key, string value)
    {
        using var command = Command("INSERT INTO meta (key, value) VALUES ($key, $value) ON CONFLICT (key) DO UPDATE SET value = excluded.value", ("$key", key), ("$value", value));
        command.ExecuteNonQuery();
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
