namespace Seedream;

/// <summary>An image written to disk by <see cref="GenerationResult.SaveImagesAsync"/> or <see cref="GeneratedImage.SaveAsync"/>.</summary>
public sealed class SavedImage
{
    internal SavedImage(string taskId, int index, string path, string mediaType, long length)
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
