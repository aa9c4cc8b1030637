using System;

namespace Seedream;

/// <summary>
/// One item of a task's result: a download link (valid for a limited time: save it promptly), Base64 data,
/// or the error of this item of a set. Plain data; save it with <see cref="SeedreamClient.SaveImageAsync"/>.
/// <see cref="ToString"/> never shows the link: links are secrets.
/// </summary>
public sealed class SeedreamImage
{
    /// <summary>Creates an image; outside the client, <see cref="SeedreamModelFactory.Image"/>.</summary>
    /// <param name="taskId">The task the image belongs to.</param>
    /// <param name="index">The image's position in the task's result, from 0.</param>
    /// <param name="url">The download link, when the image came as a link.</param>
    /// <param name="base64Data">The Base64 image data, when the request asked for <c>b64_json</c>.</param>
    /// <param name="expiresAt">When the link expires, when the API says.</param>
    /// <param name="pixelSize">The pixel size reported by the API, e.g. <c>2848x1600</c>.</param>
    /// <param name="error">The error of this item of a set, when it failed.</param>
    internal SeedreamImage(string taskId, int index, Uri? url, string? base64Data, DateTimeOffset? expiresAt, string? pixelSize, SeedreamTaskError? error)
    {
        TaskId = taskId ?? throw new ArgumentNullException(nameof(taskId));
        Index = index >= 0 ? index : throw new ArgumentOutOfRangeException(nameof(index), index, "An image index is 0 or more.");
        Url = url;
        Base64Data = base64Data;
        ExpiresAt = expiresAt;
        PixelSize = pixelSize;
        Error = error;
    }

    /// <summary>The task the image belongs to.</summary>
    public string TaskId { get; }

    /// <summary>The image's position in the task's result, from 0.</summary>
    public int Index { get; }

    /// <summary>The download link, when the image came as a link. Treat it as a secret: anyone holding it can fetch the image.</summary>
    public Uri? Url { get; }

    /// <summary>The Base64 image data, when the request asked for <c>b64_json</c>.</summary>
    public string? Base64Data { get; }

    /// <summary>When the link expires, when the API says.</summary>
    public DateTimeOffset? ExpiresAt { get; }

    /// <summary>The pixel size reported by the API, e.g. <c>2848x1600</c>, when given.</summary>
    public string? PixelSize { get; }

    /// <summary>The error of this item of a set, when it failed.</summary>
    public SeedreamTaskError? Error { get; }

    /// <summary>Whether the item holds an image (a link or data) rather than an error.</summary>
    public bool Succeeded => Error is null && (Url is not null || !string.IsNullOrEmpty(Base64Data));

    /// <summary>Decodes <see cref="Base64Data"/> (a <c>data:</c> URI prefix is accepted).</summary>
    /// <exception cref="InvalidOperationException">The image came as a link; save it with <see cref="SeedreamClient.SaveImageAsync"/>.</exception>
    /// <exception cref="FormatException">The data is not valid Base64.</exception>
    public byte[] DecodeBase64()
    {
        if (string.IsNullOrEmpty(Base64Data))
        {
            throw new InvalidOperationException($"Image {Index} of task {TaskId} has no Base64 data (it came as a link); save it with SeedreamClient.SaveImageAsync.");
        }

        return Results.Base64Image.Decode(Base64Data!);
    }

    /// <inheritdoc />
    public override string ToString()
    {
        if (!Succeeded)
        {
            return $"image {Index} of task {TaskId}: failed ({Error?.Code}: {Error?.Message})";
        }

        return Url is not null
            ? $"image {Index} of task {TaskId}: link on {Url.Host}" + (ExpiresAt is DateTimeOffset e ? $", expires {e:u}" : string.Empty)
            : $"image {Index} of task {TaskId}: Base64 data";
    }
}
