using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Seedream.Logging;

namespace Seedream.Results;

/// <summary>
/// Saves a task's set of images: none when the task lists too many; otherwise every image, a few at a time, all drawing
/// on one byte budget, and every failure gathered into one <see cref="SeedreamImagesNotSavedException"/>.
/// </summary>
internal static class ImageSetSaver
{
    /// <param name="taskId">The task the images belong to.</param>
    /// <param name="images">The task's images, in order.</param>
    /// <param name="maxImages">The most images a task may list (<see cref="SeedreamDownloadOptions.MaxImagesPerTask"/>); one more and none is saved.</param>
    /// <param name="maxConcurrency">How many images are saved at once (<see cref="SeedreamDownloadOptions.MaxConcurrency"/>).</param>
    /// <param name="maxBytes">The most bytes the images may write together (<see cref="SeedreamDownloadOptions.MaxBytesPerTask"/>).</param>
    /// <param name="redactor">Clears the API key from the task id in messages.</param>
    /// <param name="save">Saves one image, drawing on the set's budget; fails with <see cref="SeedreamImageSaveException"/>.</param>
    /// <param name="cancellationToken">Stops the saves.</param>
    /// <returns>The saved files, in image order.</returns>
    /// <exception cref="SeedreamImagesNotSavedException">At least one image was not saved; lists each failure and each saved file.</exception>
    public static async Task<IReadOnlyList<SeedreamSavedImage>> SaveAllAsync(
        string taskId,
        IReadOnlyList<SeedreamImage> images,
        int maxImages,
        int maxConcurrency,
        long maxBytes,
        SecretRedactor redactor,
        Func<SeedreamImage, ByteBudget, CancellationToken, Task<SeedreamSavedImage>> save,
        CancellationToken cancellationToken)
    {
        var shown = redactor.Redact(taskId)!;
        if (images.Count > maxImages)
        {
            var tooMany = new SeedreamImageSaveException(
                $"Task {shown} lists {images.Count} images, over the limit of {maxImages} (SeedreamDownloadOptions.MaxImagesPerTask); none were saved.",
                shown,
                SeedreamImageSaveFailureReason.LimitExceeded);
            throw new SeedreamImagesNotSavedException(shown, Array.Empty<SeedreamSavedImage>(), new[] { tooMany });
        }

        var budget = new ByteBudget(maxBytes);
        var saved = new SeedreamSavedImage?[images.Count];
        var failures = new SeedreamImageSaveException?[images.Count];
        using (var gate = new SemaphoreSlim(maxConcurrency))
        {
            var work = images.Select(async (image, i) =>
            {
                await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    saved[i] = await save(image, budget, cancellationToken).ConfigureAwait(false);
                }
                catch (SeedreamImageSaveException failure)
                {
                    failures[i] = failure;
                }
                finally
                {
                    gate.Release();
                }
            });
            await Task.WhenAll(work).ConfigureAwait(false);
        }

        var savedList = saved.Where(s => s is not null).Select(s => s!).ToList();
        var failureList = failures.Where(f => f is not null).Select(f => f!).ToList();
        if (failureList.Count > 0)
        {
            throw new SeedreamImagesNotSavedException(shown, savedList, failureList);
        }

        return savedList;
    }
}
