using System;
using System.IO;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;

namespace Seedream.IO;

/// <summary>
/// Writes one file so that no reader sees half of it and no failure leaves half of it behind. The bytes go to a
/// hidden temporary file beside the target (<c>.seedream-&lt;stem&gt;.&lt;32 hex digits&gt;.tmp</c>) and are hashed
/// (SHA-256) as they pass; <see cref="Commit"/> flushes them to the disk (fsync) and then moves the file to its name;
/// disposing a writer that was not committed removes its file. Temporary names carry a marker of their own, so the ones
/// a killed process left can be swept (<see cref="SweepLeftovers"/>) without touching anything else. Not thread-safe.
/// </summary>
internal sealed class AtomicFileWriter : IDisposable
{
    private const string TemporaryPrefix = ".seedream-";
    private const string TemporarySuffix = ".tmp";
    private const int GuidLength = 32;
    private const int BufferSize = 81920;

    /// <summary>How old a leftover temporary file must be before <see cref="SweepLeftovers"/> removes it: no live write takes that long.</summary>
    private static readonly TimeSpan SweepAge = TimeSpan.FromHours(1);

    private readonly FileStream _file;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private bool _committed;

    private AtomicFileWriter(string path, FileStream file)
    {
        TemporaryPath = path;
        _file = file;
    }

    /// <summary>The file the bytes are written to until <see cref="Commit"/> moves it.</summary>
    public string TemporaryPath { get; }

    /// <summary>The bytes written so far.</summary>
    public long Length { get; private set; }

    /// <summary>Starts a file in <paramref name="directory"/> (which must exist), under a new temporary name made from <paramref name="stem"/>.</summary>
    /// <param name="directory">The folder the file is committed into (a move never crosses volumes).</param>
    /// <param name="stem">A file-name-safe word naming what is written (it shows in the temporary name only).</param>
    /// <exception cref="IOException">The temporary file could not be created.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder may not be written.</exception>
    public static AtomicFileWriter Create(string directory, string stem)
    {
        var path = Path.Combine(directory, TemporaryPrefix + stem + "." + Guid.NewGuid().ToString("N") + TemporarySuffix);
        return new AtomicFileWriter(path, new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true));
    }

    /// <summary>
    /// Takes over a complete file that was written elsewhere (a staging folder on the same volume) as if its bytes had been
    /// written here: it is read once for its length and hash, and <see cref="Commit"/> flushes and moves it.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <exception cref="IOException">The file could not be opened or read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be written.</exception>
    public static AtomicFileWriter Adopt(string path)
    {
        // Opened for writing too: FileStream.Flush(true) calls fsync only on a stream that can write.
        var writer = new AtomicFileWriter(path, new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.Read, BufferSize));
        try
        {
            var buffer = new byte[BufferSize];
            int read;
            while ((read = writer._file.Read(buffer, 0, buffer.Length)) > 0)
            {
                writer.Hashed(buffer, 0, read);
            }

            return writer;
        }
        catch
        {
            writer._file.Dispose();
            writer._hash.Dispose();
            throw;
        }
    }

    /// <summary>Appends <paramref name="count"/> bytes of <paramref name="buffer"/> from <paramref name="offset"/>.</summary>
    /// <exception cref="IOException">The bytes could not be written (a full disk, a lost device).</exception>
    public async Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        await _file.WriteAsync(buffer, offset, count, cancellationToken).ConfigureAwait(false);
        Hashed(buffer, offset, count);
    }

    /// <summary>
    /// Flushes the bytes to the disk (fsync), then moves the file to <paramref name="path"/> (in the same folder, or one on
    /// the same volume): a reader of <paramref name="path"/> sees the complete file or none (or, when replaced, the older one).
    /// </summary>
    /// <param name="path">The file's name.</param>
    /// <param name="replaceExisting">Whether a file already at <paramref name="path"/> is replaced; when <see langword="false"/>, it is left alone and the commit fails.</param>
    /// <returns>The lowercase hexadecimal SHA-256 of the file's bytes.</returns>
    /// <exception cref="IOException">The bytes could not be flushed, or the file could not be moved (with <paramref name="replaceExisting"/> false: a file is already there).</exception>
    /// <exception cref="UnauthorizedAccessException">The target may not be written.</exception>
    public string Commit(string path, bool replaceExisting)
    {
        _file.Flush(flushToDisk: true);
        _file.Dispose();
        Move(TemporaryPath, path, replaceExisting);
        _committed = true;
        return BitConverter.ToString(_hash.GetHashAndReset()).Replace("-", string.Empty).ToLowerInvariant();
    }

    /// <summary>Closes the file and, when it was not committed, removes it (one that cannot be removed is left for <see cref="SweepLeftovers"/>).</summary>
    public void Dispose()
    {
        _hash.Dispose();
        if (_committed)
        {
            return;
        }

        try
        {
            _file.Dispose();
        }
        catch (IOException)
        {
            // Buffered bytes that cannot be flushed (a full disk): the write has failed either way.
        }

        try
        {
            File.Delete(TemporaryPath);
        }
        catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
        {
            // Still open elsewhere: a later sweep removes it.
        }
    }

    /// <summary>
    /// Removes temporary files of this writer's pattern older than <see cref="SweepAge"/> from <paramref name="directory"/>,
    /// never a file of another pattern or one a concurrent write may still be filling. Best effort.
    /// </summary>
    /// <returns>How many files were removed.</returns>
    public static int SweepLeftovers(string directory, DateTime utcNow)
    {
        var removed = 0;
        try
        {
            foreach (var path in Directory.EnumerateFiles(directory, TemporaryPrefix + "*" + TemporarySuffix))
            {
                if (IsTemporaryName(Path.GetFileName(path)) && utcNow - File.GetLastWriteTimeUtc(path) > SweepAge)
                {
                    File.Delete(path);
                    removed++;
                }
            }
        }
        catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
        {
            // A sweep is housekeeping: a file in use or a folder that cannot be listed is left for next time.
        }

        return removed;
    }

    private static void Move(string from, string to, bool replaceExisting)
    {
#if NETSTANDARD2_0
        if (replaceExisting && File.Exists(to))
        {
            File.Replace(from, to, null);
            return;
        }

        File.Move(from, to);
#else
        File.Move(from, to, replaceExisting);
#endif
    }

    private static bool IsTemporaryName(string name)
    {
        var end = name.Length - TemporarySuffix.Length;
        var guidStart = end - GuidLength;
        if (guidStart <= TemporaryPrefix.Length || name[guidStart - 1] != '.')
        {
            return false;
        }

        for (var i = guidStart; i < end; i++)
        {
            if (!Uri.IsHexDigit(name[i]))
            {
                return false;
            }
        }

        return true;
    }

    private void Hashed(byte[] buffer, int offset, int count)
    {
        _hash.AppendData(buffer, offset, count);
        Length += count;
    }
}
