namespace Seedream.Emulator;

/// <summary>The encoding of a result image, chosen by <c>extra.output_format</c>.</summary>
public enum ImageFormat
{
    /// <summary>JPEG, the upstream default.</summary>
    Jpeg,

    /// <summary>Lossless PNG.</summary>
    Png,
}
