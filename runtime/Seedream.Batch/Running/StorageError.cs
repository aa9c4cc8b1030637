using System;
using System.IO;
using Microsoft.Data.Sqlite;

namespace Seedream.Batch.Running;

/// <summary>
/// Names a failure to write the output folder (the ledger, the lock, the images) as what it is: the disk is full, the
/// file system is read-only, a path is a file where a folder is needed, permission is denied; with the path.
/// </summary>
internal static class StorageError
{
    // errno values as .NET reports them in IOException.HResult on Unix, and the HRESULTs of the same errors on Windows.
    private const int NoSpace = 28;
    private const int QuotaExceeded = 122;
    private const int ReadOnlyFileSystem = 30;
    private const int NotADirectory = 20;
    private const int WindowsDiskFull = unchecked((int)0x80070070);
    private const int WindowsHandleDiskFull = unchecked((int)0x80070027);
    private const int WindowsWriteProtected = unchecked((int)0x80070013);

    // SQLite's primary result codes.
    private const int SqliteReadOnly = 8;
    private const int SqliteFull = 13;
    private const int SqliteCannotOpen = 14;

    /// <summary>Whether <paramref name="exception"/> is a failure of the file system or of the ledger's file, rather than a bug.</summary>
    /// <param name="exception">What a write threw.</param>
    public static bool IsStorage(Exception exception) => exception is IOException or UnauthorizedAccessException or SqliteException;

    /// <summary>What went wrong with <paramref name="path"/>, in one phrase: <c>/out/batch.sqlite: the disk is full (…)</c>.</summary>
    /// <param name="exception">What the write threw.</param>
    /// <param name="path">The file or folder being written.</param>
    public static string Describe(Exception exception, string path)
    {
        var detail = exception.Message;
        var what = exception switch
        {
            SqliteException { SqliteErrorCode: SqliteFull } => "the disk is full",
            SqliteException { SqliteErrorCode: SqliteReadOnly } => "it is read-only (a read-only file system or file)",
            SqliteException { SqliteErrorCode: SqliteCannotOpen } when FileInTheWay(Path.GetDirectoryName(path)) is string file => $"{file} is a file, not a folder",
            SqliteException { SqliteErrorCode: SqliteCannotOpen } => "it cannot be opened (a read-only file system, or no permission)",
            UnauthorizedAccessException => "permission denied",
            IOException { HResult: NoSpace or WindowsDiskFull or WindowsHandleDiskFull } => "the disk is full",
            IOException { HResult: QuotaExceeded } => "the disk quota is used up",
            IOException { HResult: ReadOnlyFileSystem or WindowsWriteProtected } => "the file system is read-only",
            IOException { HResult: NotADirectory } or DirectoryNotFoundException when FileInTheWay(Path.GetDirectoryName(path)) is string file => $"{file} is a file, not a folder",
            _ => null,
        };
        return what is null ? $"{path}: {detail}" : $"{path}: {what} ({detail})";
    }

    /// <summary>The first of <paramref name="folder"/> and the folders above it that is a file, which keeps it from being a folder; <see langword="null"/> when none is.</summary>
    /// <param name="folder">A folder's path.</param>
    public static string? FileInTheWay(string? folder)
    {
        for (var current = folder is null ? null : Path.GetFullPath(folder); current is not null; current = Path.GetDirectoryName(current))
        {
            if (File.Exists(current))
            {
                return current;
            }

            if (Directory.Exists(current))
            {
                return null;
            }
        }

        return null;
    }
}
