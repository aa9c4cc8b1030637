using System;
using System.IO;
using System.Text;

namespace Seedream.Results;

/// <summary>
/// Writes land in a hidden temporary file beside the target and are renamed over it only when complete,
/// so a reader never sees half an image and a failed download never leaves one behind.
/// </summary>
internal static class AtomicFile
{
    /// <summary>A unique temporary path in <paramref name="directory"/> for a file to be named from <paramref name="stem"/>.</summary>
    public static string TemporaryPath(string directory, string stem) =>
        Path.Combine(directory, "." + stem + "." + Guid.NewGuid().ToString("N") + ".tmp");

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

    /// <summary>Removes a temporary file that will not be committed; a file that cannot be removed is left for the caller's cleanup.</summary>
    public static void Discard(string temporaryPath)
    {
        try
        {
            File.Delete(temporaryPath);
        }
        catch (IOException)
        {
            // The file is still open elsewhere or already gone; the download has failed either way.
        }
        catch (UnauthorizedAccessException)
        {
            // Same: nothing more can be done here, and the failure is reported by the caller.
        }
    }

    /// <summary>The predictable file stem of image <paramref name="index"/> of task <paramref name="taskId"/>, safe as a file name.</summary>
    public static string Stem(string taskId, int index)
    {
        var safe = new StringBuilder(taskId.Length);
        foreach (var c in taskId)
        {
            safe.Append(char.IsLetterOrDigit(c) || c == '-' || c == '_' || c == '.' ? c : '_');
        }

        return safe.ToString().TrimStart('.') + "-" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
