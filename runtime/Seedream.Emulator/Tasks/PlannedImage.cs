namespace Seedream.Emulator;

/// <summary>
/// One image of a task, decided when the task is created. It keeps only what paints it again (the prompt's digest,
/// index, size, format): the encoded bytes are rendered on demand and cached within a budget by <see cref="RenderedImages"/>.
/// </summary>
internal sealed class PlannedImage
{
    private readonly byte[] _promptDigest;

    /// <summary>Plans an image.</summary>
    /// <param name="index">Its index within the task's set.</param>
    /// <param name="fileName">The name it is served under, <c>/files/{fileName}</c>.</param>
    /// <param name="fails">Whether this item of a set fails individually.</param>
    /// <param name="width">Width in pixels.</param>
    /// <param name="height">Height in pixels.</param>
    /// <param name="promptDigest">The task's <see cref="PromptImageRenderer.Digest"/>, shared by its images.</param>
    /// <param name="format">PNG or JPEG.</param>
    public PlannedImage(int index, string fileName, bool fails, int width, int height, byte[] promptDigest, ImageFormat format)
    {
        Index = index;
        FileName = fileName;
        Fails = fails;
        Width = width;
        Height = height;
        Format = format;
        _promptDigest = promptDigest;
    }

    /// <summary>Its index within the task's set.</summary>
    public int Index { get; }

    /// <summary>The name it is served under, <c>/files/{FileName}</c>.</summary>
    public string FileName { get; }

    /// <summary>Whether this item of a set fails individually.</summary>
    public bool Fails { get; }

    /// <summary>Width in pixels.</summary>
    public int Width { get; }

    /// <summary>Height in pixels.</summary>
    public int Height { get; }

    /// <summary>PNG or JPEG.</summary>
    public ImageFormat Format { get; }

    /// <summary>Paints and encodes the image; the same bytes on every call.</summary>
    public byte[] Render() => ImageEncoder.Encode(PromptImageRenderer.RenderRgb(_promptDigest, Index, Width, Height), Width, Height, Format);
}
