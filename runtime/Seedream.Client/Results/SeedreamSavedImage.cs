namespace Seedream;

/// <summary>An image written to disk by <see cref="SeedreamResult.SaveImagesAsync"/> or <see cref="SeedreamClient.SaveImageAsync"/>.</summary>
public sealed class SeedreamSavedImage
{
    /// <summary>Describes a saved image; outside the client, <see cref="SeedreamModelFactory.SavedImage"/>.</summary>
    /// <param name="taskId">The task the image belongs to.</param>
    /// <param name="index">The image's position in the task's result, from 0.</param>
    /// <param name="path">The file written.</param>
    /// <param name="mediaType">The image's media type, e.g. <c>image/png</c>.</param>
    /// <param name="length">The file's length in bytes.</param>
    internal SeedreamSavedImage(string taskId, int index, string path, string mediaType, long length)
    {
        TaskId = taskId;
        Index = index;
        Path = path;
        MediaType = mediaType;
        Length = length;
    }

    /// <summary>The task the image belongs to.</summary>
    public string TaskId { get; }

    /// <summary>The image's position in the task's result, from 0.</summary>
    public int Index { get; }

    /// <summary>The file written: <c>&lt;directory&gt;/&lt;task id&gt;-&lt;index&gt;.&lt;extension&gt;</c>.</summary>
    public string Path { get; }

    /// <summary>The image's media type, e.g. <c>image/png</c>.</summary>
    public string MediaType { get; }

    /// <summary>The file's length in bytes.</summary>
    public long Length { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Path} ({MediaType}, {Length} bytes)";
}
