using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Seedream.Batch.Client;
using Seedream.Batch.Ledger;
using Seedream.IO;

namespace Seedream.Batch.Running;

/// <summary>
/// Moves a job's images from the staging folder to their final names under <c>images/</c> through
/// <see cref="AtomicFileWriter"/> (flushed to the disk, hashed, then moved), so the ledger can record the job as saved,
/// with each file's size and SHA-256, only once its files are durable.
/// </summary>
internal static class ImageFileCommitter
{
    /// <summary>The folder, inside the output folder, that holds the images.</summary>
    public const string ImagesFolder = "images";

    /// <summary>The folder, inside the output folder, where the client writes a job's images before they are committed.</summary>
    public const string StagingFolder = ".staging";

    /// <summary>The staging folder of one job.</summary>
    public static string StagingDirectory(string outputDirectory, long jobId) =>
        Path.Combine(outputDirectory, StagingFolder, jobId.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// Commits the staged images of a job named <paramref name="name"/>; a single image is <c>name.ext</c>, a set
    /// <c>name-index.ext</c>. A file already of that name is replaced: names are unique to their job, so it is this job's
    /// own, committed by a run that stopped before the ledger recorded it.
    /// </summary>
    /// <param name="outputDirectory">The batch's output folder.</param>
    /// <param name="name">The job's unique stem.</param>
    /// <param name="staged">The images the client wrote.</param>
    /// <param name="imagesInSet">How many images the task produced (saved or not), to choose between the two naming forms.</param>
    /// <exception cref="IOException">A file could not be read, flushed or moved.</exception>
    public static IReadOnlyList<BatchSavedFile> Commit(string outputDirectory, string name, IReadOnlyList<StagedImage> staged, int imagesInSet)
    {
        var images = Path.Combine(outputDirectory, ImagesFolder);
        Directory.CreateDirectory(images);
        var files = new List<BatchSavedFile>(staged.Count);
        foreach (var image in staged)
        {
            var fileName = (imagesInSet == 1 ? name : name + "-" + image.Index.ToString(CultureInfo.InvariantCulture)) + Path.GetExtension(image.Path);
            using var file = AtomicFileWriter.Adopt(image.Path);
            var sha256 = file.Commit(Path.Combine(images, fileName), replaceExisting: true);
            files.Add(new BatchSavedFile(image.Index, ImagesFolder + "/" + fileName, file.Length, sha256));
        }

        return files;
    }

    /// <summary>Removes a job's staging folder, if any (what a crash left behind in it is never used).</summary>
    public static void ClearStaging(string outputDirectory, long jobId)
    {
        var staging = StagingDirectory(outputDirectory, jobId);
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }
    }

    /// <summary>Removes the staging folder when no job left anything in it.</summary>
    public static void RemoveEmptyStaging(string outputDirectory)
    {
        var staging = Path.Combine(outputDirectory, StagingFolder);
        if (Directory.Exists(staging) && !Directory.EnumerateFileSystemEntries(staging).Any())
        {
            Directory.Delete(staging);
        }
    }
}
