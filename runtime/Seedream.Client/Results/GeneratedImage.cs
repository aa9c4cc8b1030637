using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Seedream.Transport;

namespace Seedream;

/// <summary>
/// One image of a task's result: a download link (valid for a limited time: save it promptly), Base64
/// data, or the error of this item of a set. <see cref="ToString"/> never shows the link: links are secrets.
/// </summary>
public sealed class GeneratedImage
{
    private readonly Results.ImageSaver _saver;

    internal GeneratedImage(string taskId, int index, TaskImage source, Results.ImageSaver saver)
    {
        TaskId = taskId;
        Index = index;
        Source = source;
        _saver = saver;
        Url = source.Url?.Select(u => Uri.TryCreate(u, UriKind.Absolute, out var parsed) ? parsed : null).FirstOrDefault(u => u is not null);
    }

    /// <summary>The task the image belongs to.</summary>
    public string TaskId { get; }

    /// <summary>The image's position in the task's result, from 0.</summary>
    public int Index { get; }

    /// <summary>The download link, when the image came as a link. Treat it as a secret: anyone holding it can fetch the image.</summary>
    public Uri? Url { get; }

    /// <summary>The Base64 image data, when the request asked for <c>b64_json</c>.</summary>
    public string? Base64Data => Source.B64_json;

    /// <summary>When the link expires, when the API says.</summary>
    public DateTimeOffset? ExpiresAt => Source.ExpiresAt;

    /// <summary>The pixel size reported by the API, e.g. <c>2848x1600</c>, when given.</summary>
    public string? PixelSize => Source.Size;

    /// <summary>The error code of this item of the set, when it failed.</summary>
    public string? ErrorCode => Source.Error?.Code;

    /// <summary>The error message of this item of the set, when it failed.</summary>
    public string? ErrorMessage => Source.Error?.Message;

    /// <summary>Whether the item holds an image (a link or data) rather than an error.</summary>
    public bool Succeeded => Source.Error is null && (Url is not null || !string.IsNullOrEmpty(Base64Data));

    /// <summary>The item as the API sent it.</summary>
    public TaskImage Source { get; }

    /// <summary>The item's error message as it may be shown: without the API key, should the server have quoted it.</summary>
    internal string? ShownErrorMessage => _saver.Redactor.Redact(ErrorMessage);

    /// <summary>The item's error code as it may be shown: without the API key, should the server have quoted it.</summary>
    internal string? ShownErrorCode => _saver.Redactor.Redact(ErrorCode);

    /// <summary>Decodes <see cref="Base64Data"/> (a <c>data:</c> URI prefix is accepted).</summary>
    /// <exception cref="InvalidOperationException">The image came as a link; use <see cref="SaveAsync"/>.</exception>
    /// <exception cref="FormatException">The data is not valid Base64.</exception>
    public byte[] DecodeBase64()
    {
        if (string.IsNullOrEmpty(Base64Data))
        {
            throw new InvalidOperationException($"Image {Index} of task {TaskId} has no Base64 data (it came as a link); use SaveAsync to download it.");
        }

        return Results.Base64Image.Decode(Base64Data!);
    }

    /// <summary>
    /// Saves the image as <c>&lt;directory&gt;/&lt;task id&gt;-&lt;index&gt;.&lt;extension&gt;</c>, the extension taken from
    /// the content type (or the data's signature), writing atomically. Downloads are size-capped, time-limited and retried.
    /// </summary>
    /// <param name="directory">Where to write; created when missing.</param>
    /// <param name="cancellationToken">Stops the download.</param>
    /// <exception cref="SeedreamImageSaveException">The image could not be saved; <see cref="SeedreamImageSaveException.Reason"/> says why (an expired link, too large, …).</exception>
    public Task<SavedImage> SaveAsync(string directory, CancellationToken cancellationToken = default) =>
        _saver.SaveAsync(this, directory, cancellationToken);

    /// <inheritdoc />
    public override string ToString()
    {
        if (!Succeeded)
        {
            return $"image {Index} of task {TaskId}: failed ({_saver.Redactor.Redact(ErrorCode)}: {_saver.Redactor.Redact(ErrorMessage)})";
        }

        return Url is not null
            ? $"image {Index} of task {TaskId}: link on {Url.Host}" + (ExpiresAt is DateTimeOffset e ? $", expires {e:u}" : string.Empty)
            : $"image {Index} of task {TaskId}: Base64 data";
    }
}
