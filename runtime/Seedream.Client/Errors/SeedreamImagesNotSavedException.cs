using System;
using System.Collections.Generic;
using System.Linq;

namespace Seedream;

/// <summary>
/// Some images of a set could not be saved (<see cref="SeedreamErrorKind.ImageNotSaved"/>). Lists every failure and every image that was saved, so
/// nothing is silently dropped: the saved files stay on disk.
/// </summary>
public sealed class SeedreamImagesNotSavedException : SeedreamException
{
    /// <summary>Creates the error.</summary>
    /// <param name="taskId">The task the images belong to.</param>
    /// <param name="saved">The images that were saved.</param>
    /// <param name="failures">The images that were not, one error each; at least one.</param>
    public SeedreamImagesNotSavedException(string taskId, IReadOnlyList<SavedImage> saved, IReadOnlyList<SeedreamImageSaveException> failures)
        : base(SeedreamErrorKind.ImageNotSaved, BuildMessage(taskId, saved, failures), null, null, null, taskId, false, null, failures.Count == 1 ? failures[0] : new AggregateException(failures))
    {
        Saved = saved;
        Failures = failures;
    }

    /// <summary>The images that were saved.</summary>
    public IReadOnlyList<SavedImage> Saved { get; }

    /// <summary>The images that were not saved, one error each, in image order.</summary>
    public IReadOnlyList<SeedreamImageSaveException> Failures { get; }

    private static string BuildMessage(string taskId, IReadOnlyList<SavedImage> saved, IReadOnlyList<SeedreamImageSaveException> failures)
    {
        var total = saved.Count + failures.Count;
        return $"{failures.Count} of {total} images of task {taskId} were not saved:" + Environment.NewLine +
               string.Join(Environment.NewLine, failures.Select(f => $"- image {f.ImageIndex}: {f.Message}"));
    }
}
