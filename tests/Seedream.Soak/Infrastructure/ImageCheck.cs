using System.IO;
using StbImageSharp;

namespace Seedream.Soak.Infrastructure;

/// <summary>Decodes a saved image completely, as a viewer would.</summary>
internal static class ImageCheck
{
    /// <summary>The image's width and height; throws when the file is not a complete PNG or JPEG.</summary>
    public static (int Width, int Height) Decode(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var image = ImageResult.FromMemory(bytes, ColorComponents.RedGreenBlue);
        return (image.Width, image.Height);
    }
}
