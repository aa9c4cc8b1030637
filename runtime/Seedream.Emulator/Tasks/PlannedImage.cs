using System;

namespace Seedream.Emulator;

/// <summary>One image of a task, decided when the task is created and rendered on first use.</summary>
internal sealed class PlannedImage
{
    private readonly Lazy<byte[]> _bytes;

    /// <summary>Plans an image.</summary>
    /// <param name="index">Its index within the task's set.</param>
    /// <param name="fileName">The name it is served under, <c>/files/{fileName}</c>.</param>
    /// <param name="fails">Whether this item of a set fails individually.</param>
    /// <param name="width">Width in pixels.</param>
    /// <param name="height">Height in pixels.</param>
    /// <param name="prompt">The prompt it is painted from.</param>
    /// <param name="format">PNG or JPEG.</param>
    public PlannedImage(int index, string fileName, bool fails, int width, int height, string prompt, ImageFormat format)
    {
        Index = index;
        FileName = fileName;
        Fails = fails;
        Width = width;
        Height = height;
        Format = format;
        _bytes = new Lazy<byte[]>(() => ImageEncoder.Encode(PromptImageRenderer.RenderRgb(prompt, index, width, height), width, height, format));
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

    /// <summary>The encoded image, rendered on first use.</summary>
    public byte[] Bytes => _bytes.Value;
}
