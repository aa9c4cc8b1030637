using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using Seedream.Batch.Client;
using Seedream.Batch.Input;
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
    /// Commits the staged images of a job named <paramref name="name"/>; a single image is <c>name.ext</c>, a set (or a
    /// task that returned more images than asked for) <c>name-index.ext</c>. Nothing is overwritten: a name another job
    /// holds, or a file already there with other bytes, moves the image to the first free <c>stem~2.ext</c>,
    /// <c>stem~3.ext</c>, …; a file already there with the same bytes (left by a run stopped before it recorded the job)
    /// is kept as the image's file.
    /// </summary>
    /// <param name="outputDirectory">The batch's output folder.</param>
    /// <param name="name">The job's unique stem.</param>
    /// <param name="staged">The images the client wrote.</param>
    /// <param name="imagesInSet">How many images the job asked for, to choose between the two naming forms.</param>
    /// <param name="heldByAnotherJob">Whether a file name stem (compared without regard to case) belongs to another job of the batch.</param>
    /// <exception cref="IOException">A file could not be moved or flushed.</exception>
    public static IReadOnlyList<BatchSavedFile> Commit(string outputDirectory, string name, IReadOnlyList<StagedImage> staged, int imagesInSet, Func<string, bool> heldByAnotherJob)
    {
        var images = Path.Combine(outputDirectory, ImagesFolder);
        Directory.CreateDirectory(images);
        var single = imagesInSet == 1 && staged.Count == 1 && staged[0].Index == 0;
        var files = new List<BatchSavedFile>(staged.Count);
        foreach (var image in staged)
        {
            var stem = single ? name : OutputNames.ImageStem(name, image.Index);
            var extension = Path.GetExtension(image.Path);
            using var file = AtomicFileWriter.Adopt(image.Path);
            for (var attempt = 1; ; attempt++)
            {
                var candidate = attempt == 1 ? stem : stem + "~" + attempt.ToString(CultureInfo.InvariantCulture);
                var finalPath = Path.Combine(images, candidate + extension);
                if (heldByAnotherJob(candidate))
                {
                    continue;
                }

                if (!File.Exists(finalPath))
                {
                    var sha256 = file.Commit(finalPath, replaceExisting: false);
                    files.Add(new BatchSavedFile(image.Index, ImagesFolder + "/" + candidate + extension, file.Length, sha256));
                    break;
                }

                var existing = Hash(finalPath);
                if (existing == Hash(image.Path))
                {
                    // Left by a run stopped before it recorded the job: kept, and the staged copy goes with the writer.
                    files.Add(new BatchSavedFile(image.Index, ImagesFolder + "/" + candidate + extension, file.Length, existing));
                    break;
                }
            }
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

    /// <summary>Removes the staging folder when no job left anything in it; a folder that cannot be removed (a read-only disk) stays.</summary>
    public static void RemoveEmptyStaging(string outputDirectory)
    {
        var staging = Path.Combine(outputDirectory, StagingFolder);
        try
        {
            if (Directory.Exists(staging) && !Directory.EnumerateFileSystemEntries(staging).Any())
            {
                Directory.Delete(staging);
            }
        }
        catch (Exception exception) when (StorageError.IsStorage(exception))
        {
            // Tidying only: the run's outcome is recorded, and the next run removes it.
        }
    }

    private static string Hash(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexString(SHA256.HashData(stream)).ToLowerInvariant();
    }
}
