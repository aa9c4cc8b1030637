using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using Seedream.Results;
using Seedream.Telemetry;

namespace Seedream;

/// <summary>
/// Turns a result's items into <see cref="AIContent"/>, one per item, in order. Base64 images become <see cref="DataContent"/>;
/// links become <see cref="UriContent"/> when links were asked for, else are fetched through the client's own download path
/// (<see cref="SeedreamResult.SaveImagesAsync"/>: size caps, retries, time limits, type by bytes, links kept out of messages)
/// and become <see cref="DataContent"/>. Failed and unusable items become <see cref="ErrorContent"/> and the rest of the billed
/// result is kept. A media type is only what is known: sniffed from the bytes, or named by a link's file extension.
/// </summary>
internal static class ImageAnswerMapping
{
    /// <summary>The contents of <paramref name="result"/>, in item order.</summary>
    /// <param name="client">The client whose download path fetches links and whose redactor cleans messages.</param>
    /// <param name="result">The completed task's result.</param>
    /// <param name="links">Whether links are answered as links; otherwise their images are downloaded.</param>
    /// <param name="cancellationToken">Stops the downloads.</param>
    public static async Task<IList<AIContent>> ToContentsAsync(SeedreamClient client, SeedreamResult result, bool links, CancellationToken cancellationToken)
    {
        var contents = result.Images.Select(image => Immediate(client, image, links)).ToList();
        var downloads = result.Images.Where((_, i) => contents[i] is null).ToList();
        if (downloads.Count > 0)
        {
            var fetched = await DownloadAsync(client, result, downloads, cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < contents.Count; i++)
            {
                contents[i] ??= fetched[result.Images[i].Index];
            }
        }

        return contents.Select(content => content!).ToList();
    }

    /// <summary>The item's content when no download is needed; <see langword="null"/> for a link whose image is to be downloaded.</summary>
    private static AIContent? Immediate(SeedreamClient client, SeedreamImage image, bool links)
    {
        if (image.Error is SeedreamTaskError error)
        {
            return new ErrorContent($"Image {image.Index} of task {client.Redactor.Redact(image.TaskId)} failed: {client.Redactor.Redact(error.Message)}") { ErrorCode = error.Code, RawRepresentation = image };
        }

        if (!string.IsNullOrEmpty(image.Base64Data))
        {
            byte[] bytes;
            try
            {
                bytes = image.DecodeBase64();
            }
            catch (FormatException)
            {
                return Unusable(client, image, "its Base64 data (b64_json) could not be decoded");
            }

            // The bytes decide the media type; bytes that are no known image are labelled as plain bytes, not as what was asked for.
            var mediaType = ImageFileType.Sniff(bytes, Math.Min(bytes.Length, ImageFileType.HeaderLength))?.MediaType ?? "application/octet-stream";
            return new DataContent(bytes, mediaType) { RawRepresentation = image };
        }

        if (image.Url is not Uri url)
        {
            return Unusable(client, image, "the API sent neither a link nor Base64 data for it");
        }

        if (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)
        {
            return Unusable(client, image, $"its link is not an http(s) link (scheme {url.Scheme})");
        }

        // The API states no media type for a link; the link's file extension may, else it is only known to be an image.
        return links ? new UriContent(url, ImageFileType.MediaTypeOfPath(url.AbsolutePath) ?? "image/*") { RawRepresentation = image } : null;
    }

    /// <summary>
    /// Downloads <paramref name="images"/> as one set through the client (its concurrency, per-task byte budget and limits)
    /// into a private temporary folder, reads each file back and removes the folder. Answers one content per image index.
    /// </summary>
    private static async Task<Dictionary<int, AIContent>> DownloadAsync(SeedreamClient client, SeedreamResult result, IReadOnlyList<SeedreamImage> images, CancellationToken cancellationToken)
    {
        var byIndex = images.ToDictionary(image => image.Index);
        var contents = new Dictionary<int, AIContent>();
        var folder = Path.Combine(Path.GetTempPath(), "seedream-images-" + Guid.NewGuid().ToString("N"));
        try
        {
            var set = new SeedreamResult(new SeedreamTask(result.TaskId, SeedreamTaskStatus.Completed, result.Task.Model, 100, result.Task.CreatedAt, result.Task.CompletedAt, images, null), client);
            IReadOnlyList<SeedreamSavedImage> saved;
            IReadOnlyList<SeedreamImageSaveException> failures;
            try
            {
                saved = await set.SaveImagesAsync(folder, cancellationToken).ConfigureAwait(false);
                failures = Array.Empty<SeedreamImageSaveException>();
            }
            catch (SeedreamImagesNotSavedException notSaved)
            {
                saved = notSaved.Saved;
                failures = notSaved.Failures;
            }

            foreach (var file in saved)
            {
                contents[file.Index] = await ReadBackAsync(byIndex[file.Index], file, cancellationToken).ConfigureAwait(false);
            }

            foreach (var failure in failures)
            {
                // A failure of the whole set (more images than the client's limit) stands for every image of it.
                foreach (var image in failure.ImageIndex is { } index ? new[] { byIndex[index] } : images)
                {
                    contents[image.Index] = NotDownloaded(image, failure);
                }
            }
        }
        finally
        {
            RemoveFolder(folder);
        }

        return contents;
    }

    private static async Task<AIContent> ReadBackAsync(SeedreamImage image, SeedreamSavedImage file, CancellationToken cancellationToken)
    {
        using (var stream = new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true))
        using (var memory = new MemoryStream((int)file.Length))
        {
            await stream.CopyToAsync(memory, 81920, cancellationToken).ConfigureAwait(false);
            return new DataContent(new ReadOnlyMemory<byte>(memory.GetBuffer(), 0, (int)memory.Length), file.MediaType) { RawRepresentation = image };
        }
    }

    private static void RemoveFolder(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
        {
            // Only the temporary copies stay behind; the images are already in memory, so the answer stands.
        }
    }

    private static ErrorContent NotDownloaded(SeedreamImage image, SeedreamImageSaveException failure) =>
        new($"{failure.Message} The task was billed and the rest of its result is kept: fetch this image with SeedreamClient.SaveImageAsync (this content's RawRepresentation is the SeedreamImage) before its link expires, rather than submitting again.")
        {
            ErrorCode = TelemetryReasons.Of(failure.Reason),
            RawRepresentation = image,
        };

    private static ErrorContent Unusable(SeedreamClient client, SeedreamImage image, string why)
    {
        var taskId = client.Redactor.Redact(image.TaskId);
        return new ErrorContent($"Image {image.Index} of task {taskId} was reported as generated but cannot be used: {client.Redactor.Redact(why)}. The rest of the result is kept; the task was billed, so follow it with GetTaskAsync(\"{taskId}\") rather than submitting again.")
        {
            ErrorCode = "unusable_image",
            RawRepresentation = image,
        };
    }
}
