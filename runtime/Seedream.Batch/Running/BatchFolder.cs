using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Seedream.Batch.Ledger;

namespace Seedream.Batch.Running;

/// <summary>
/// The output folder as a run holds it: created, locked against a second run (<see cref="BatchRunner.LockFileName"/>),
/// and, when it has no ledger, searched for the traces a batch leaves (the lock a run with a ledger wrote, the ledger's
/// journal, images, images being saved). Such traces mean the ledger, the record of the tasks created and paid for,
/// is gone, and running there would create and bill every job again: the run is refused.
/// </summary>
internal sealed class BatchFolder : IDisposable
{
    /// <summary>What the lock file says once its run has a ledger; an empty lock file is one whose run stopped before that.</summary>
    private static readonly byte[] InUse = Encoding.UTF8.GetBytes($"A Seedream batch runs in this folder; its ledger is {SqliteBatchLedger.FileName}.\n");

    // EAGAIN/EWOULDBLOCK on Linux and macOS, and Windows' sharing and lock violations: the lock is held by another process.
    private static readonly int[] HeldElsewhere = { 11, 35, unchecked((int)0x80070020), unchecked((int)0x80070021) };

    private readonly string _path;
    private readonly FileStream _lock;
    private readonly bool _lockWrittenBefore;

    private BatchFolder(string path, FileStream lockFile)
    {
        _path = path;
        _lock = lockFile;
        _lockWrittenBefore = lockFile.Length > 0;
    }

    /// <summary>Creates <paramref name="path"/> when missing and takes its lock.</summary>
    /// <param name="path">The output folder's full path.</param>
    /// <exception cref="BatchInputException">The folder cannot be made or written (a file in the way, read-only, disk full, no permission), or another run holds it.</exception>
    public static BatchFolder Lock(string path)
    {
        if (StorageError.FileInTheWay(path) is string file)
        {
            throw new BatchInputException(file == path
                ? $"The output folder {path} is a file, not a folder. Nothing was sent; choose a folder (--out)."
                : $"The output folder {path} cannot be made: {file} is a file, not a folder. Nothing was sent; choose another folder (--out).");
        }

        var lockPath = Path.Combine(path, BatchRunner.LockFileName);
        try
        {
            Directory.CreateDirectory(path);
            return new BatchFolder(path, new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException exception) when (HeldElsewhere.Contains(exception.HResult))
        {
            throw new BatchInputException($"Another batch run is using {path} (it holds {lockPath}); wait for it to end, or choose another output folder.");
        }
        catch (Exception exception) when (StorageError.IsStorage(exception))
        {
            throw new BatchInputException($"The output folder cannot be used: {StorageError.Describe(exception, Directory.Exists(path) ? lockPath : path)}. Nothing was sent.");
        }
    }

    /// <summary>Refuses the run when the folder holds no ledger at <paramref name="ledgerPath"/> but traces of a batch.</summary>
    /// <param name="ledgerPath">Where the ledger should be.</param>
    /// <exception cref="BatchInputException">Traces of a batch were found; the message lists them and says what to do.</exception>
    public void RefuseIfLedgerLost(string ledgerPath)
    {
        var traces = new List<string>();
        if (_lockWrittenBefore)
        {
            traces.Add($"{BatchRunner.LockFileName}, written by a run that had a ledger here");
        }

        traces.AddRange(new[] { SqliteBatchLedger.JournalSuffix, "-shm", "-journal" }
            .Select(suffix => ledgerPath + suffix)
            .Where(File.Exists)
            .Select(Path.GetFileName)!);
        var images = Path.Combine(_path, ImageFileCommitter.ImagesFolder);
        var imageCount = Directory.Exists(images) ? Directory.EnumerateFileSystemEntries(images).Count() : 0;
        if (imageCount > 0)
        {
            traces.Add(string.Create(CultureInfo.InvariantCulture, $"{ImageFileCommitter.ImagesFolder}/ with {imageCount} file(s)"));
        }

        if (Directory.Exists(Path.Combine(_path, ImageFileCommitter.StagingFolder)))
        {
            traces.Add($"{ImageFileCommitter.StagingFolder}/, images that were being saved");
        }

        if (traces.Count > 0)
        {
            throw new BatchInputException(
                $"{_path} holds traces of a batch ({string.Join("; ", traces)}) but no ledger ({SqliteBatchLedger.FileName}): the record of which " +
                "tasks were created, and paid for, is gone, so running here could create and bill every job again. Nothing was sent. " +
                $"If you have a copy of the ledger, put {SqliteBatchLedger.FileName} back (with {SqliteBatchLedger.FileName}{SqliteBatchLedger.JournalSuffix} if it has one); " +
                "otherwise choose a new output folder (--out), after looking among your provider's tasks for those this batch created.");
        }
    }

    /// <summary>Writes into the lock file that its run has a ledger, so a folder that loses the ledger later is recognised.</summary>
    /// <exception cref="BatchInputException">The lock file cannot be written (disk full, read-only).</exception>
    public void MarkInUse()
    {
        if (_lockWrittenBefore)
        {
            return;
        }

        try
        {
            _lock.SetLength(0);
            _lock.Write(InUse);
            _lock.Flush(flushToDisk: true);
        }
        catch (Exception exception) when (StorageError.IsStorage(exception))
        {
            throw new BatchInputException($"The output folder cannot be written: {StorageError.Describe(exception, _lock.Name)}. Nothing was sent.");
        }
    }

    /// <summary>Releases the lock (the file stays).</summary>
    public void Dispose() => _lock.Dispose();
}
