using System;
using System.Globalization;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace Seedream.Results;

/// <summary>
/// Writes land in a hidden temporary file beside the target and are renamed over it only when complete,
/// so a reader never sees half an image and a failed download never leaves one behind. Temporary files
/// carry the client's own marker, so the ones a killed process left can be swept without touching
/// anything else; file names are bounded in length and never empty.
/// </summary>
internal static class AtomicFile
{
    /// <summary>The longest file stem written (the index and extension come on top), well inside every file system's limit.</summary>
    public const int MaxStemLength = 80;

    /// <summary>How old a leftover temporary file must be before a save removes it: no live save takes that long.</summary>
    public static readonly TimeSpan SweepAge = TimeSpan.FromHours(1);

    private const string TemporaryPrefix = ".seedream-";
    private const string TemporarySuffix = ".tmp";
    private const int GuidLength = 32;
    private const int HashLength = 16;

    /// <summary>A unique temporary path in <paramref name="directory"/> for a file to be named from <paramref name="stem"/>.</summary>
    public static string TemporaryPath(string directory, string stem) =>
        Path.Combine(directory, TemporaryPrefix + stem + "." + Guid.NewGuid().ToString("N") + TemporarySuffix);

    /// <summary>Moves the finished temporary file to its final name, replacing an older file of that name.</summary>
    public static void Commit(string temporaryPath, string finalPath)
    {
        if (File.Exists(finalPath))
        {
            File.Replace(temporaryPath, finalPath, null);
        }
        else
        {
            File.Move(temporaryPath, finalPath);
        }
    }

    /// <summary>Removes a temporary file that will not be committed; a file that cannot be removed is left for a later sweep.</summary>
    public static void Discard(string temporaryPath)
    {
        try
        {
            File.Delete(temporaryPath);
        }
        catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
        {
            // Still open elsewhere or already gone; the save has failed either way, and a later sweep removes it.
        }
    }

    /// <summary>
    /// Removes this client's temporary files older than <see cref="SweepAge"/> from <paramref name="directory"/>:
    /// only names of the client's own pattern, never a file a concurrent save may still be writing. Best effort.
    /// </summary>
    /// <returns>How many files were removed.</returns>
    public static int SweepLeftovers(string directory, DateTime utcNow)
    {
        var removed = 0;
        try
        {
            foreach (var path in Directory.EnumerateFiles(directory, TemporaryPrefix + "*" + TemporarySuffix))
            {
                if (IsOwnTemporaryName(Path.GetFileName(path)) && utcNow - File.GetLastWriteTimeUtc(path) > SweepAge)
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

    /// <summary>
    /// The file stem of image <paramref name="index"/> of task <paramref name="taskId"/>: the id itself when it is short
    /// and made of safe characters (ASCII letters and digits, <c>-</c>, <c>_</c>, <c>.</c>, not starting with a dot);
    /// otherwise its safe characters (others as <c>_</c>), shortened, then a hash of the whole id, so two ids never share
    /// a name (<c>task:1</c> and <c>task_1</c> would otherwise overwrite each other). Never empty.
    /// </summary>
    public static string Stem(string taskId, int index)
    {
        var safe = new StringBuilder(taskId.Length);
        foreach (var c in taskId)
        {
            safe.Append(c < 128 && (char.IsLetterOrDigit(c) || c == '-' || c == '_' || c == '.') ? c : '_');
        }

        var name = safe.ToString().TrimStart('.');
        if (name != taskId || name.Length > MaxStemLength || name.Trim('_', '.').Length == 0)
        {
            var keep = Math.Min(name.Trim('_', '.').Length == 0 ? 0 : name.Length, MaxStemLength - HashLength - 1);
            name = (keep > 0 ? name.Substring(0, keep) + "-" : "task-") + Hash(taskId);
        }

        return name + "-" + index.ToString(CultureInfo.InvariantCulture);
    }

    private static bool IsOwnTemporaryName(string name)
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

    private static string Hash(string text)
    {
        using (var sha = SHA256.Create())
        {
            var digest = sha.ComputeHash(Encoding.UTF8.GetBytes(text));
            var hex = new StringBuilder(HashLength);
            for (var i = 0; i < HashLength / 2; i++)
            {
                hex.Append(digest[i].ToString("x2", CultureInfo.InvariantCulture));
            }

            return hex.ToString();
        }
    }
}
