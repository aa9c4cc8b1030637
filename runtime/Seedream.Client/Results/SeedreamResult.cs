using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Seedream;

/// <summary>
/// A completed task and its images: plain data, plus the client that saves them. Save promptly: links expire
/// (24 hours per the provider). Build one for tests with <see cref="SeedreamModelFactory.Result"/>.
/// </summary>
public sealed class SeedreamResult
{
    private readonly SeedreamClient? _client;

    internal SeedreamResult(SeedreamTask task, SeedreamClient? client, int? requestedImages = null, SeedreamUsage? usage = null)
    {
        Task = task;
        _client = client;
        RequestedImages = requestedImages;
        Usage = usage;
    }

    /// <summary>
    /// The task id. On an upstream host, which has no tasks, the id the client gave the request (sent as
    /// <c>X-Client-Request-Id</c>); saved files are named by it either way.
    /// </summary>
    public string TaskId => Task.Id;

    /// <summary>
    /// On an upstream host, how many images the request asked for: a ceiling, since the model may make fewer
    /// (compare <see cref="Images"/>); <see langword="null"/> on the gateway.
    /// </summary>
    public int? RequestedImages { get; }

    /// <summary>On an upstream host, what the generation used (images billed, tokens), when the answer said; <see langword="null"/> on the gateway.</summary>
    public SeedreamUsage? Usage { get; }

    /// <summary>The completed task as the API last reported it.</summary>
    public SeedreamTask Task { get; }

    /// <summary>Every item of the result, in order: images and, in a set, items that failed.</summary>
    public IReadOnlyList<SeedreamImage> Images => Task.Images;

    /// <summary>The items of the set that failed (each with its error code and message).</summary>
    public IReadOnlyList<SeedreamImage> FailedImages => Images.Where(i => !i.Succeeded).ToList();

    /// <summary>
    /// Saves every image as <c>&lt;directory&gt;/&lt;task id&gt;-&lt;index&gt;.&lt;extension&gt;</c> through the client that made
    /// this result, a few at a time (<see cref="SeedreamDownloadOptions.MaxConcurrency"/>): downloads size-capped, time-limited,
    /// retried; files written atomically. Every image is attempted, unless the task lists more than
    /// <see cref="SeedreamDownloadOptions.MaxImagesPerTask"/>; together they may write at most <see cref="SeedreamDownloadOptions.MaxBytesPerTask"/>.
    /// When any fails, <see cref="SeedreamImagesNotSavedException"/> lists each failure and each saved file. A result built
    /// with <see cref="SeedreamModelFactory.Result"/> around a test double saves each image through the double's <see cref="SeedreamClient.SaveImageAsync"/>.
    /// </summary>
    /// <param name="directory">Where to write; created when missing.</param>
    /// <param name="cancellationToken">Stops the downloads.</param>
    /// <returns>The saved files, in image order.</returns>
    /// <exception cref="SeedreamImagesNotSavedException">At least one image was not saved.</exception>
    /// <exception cref="InvalidOperationException">The result was built without a client (<see cref="SeedreamModelFactory.Result"/> with none).</exception>
    public Task<IReadOnlyList<SeedreamSavedImage>> SaveImagesAsync(string directory, CancellationToken cancellationToken = default) =>
        (_client ?? throw new InvalidOperationException($"The result of task {TaskId} was built without a client; build it with SeedreamModelFactory.Result(task, client) to save its images."))
            .SaveImagesAsync(this, directory, cancellationToken);

    /// <inheritdoc />
    public override string ToString() => $"task {TaskId}: {Images.Count} image(s), {FailedImages.Count} failed";
}
