using System;
using System.Collections.Generic;

namespace Seedream;

/// <summary>
/// What <see cref="SeedreamRequestValidator"/> reads of a create request, as plain data: the client takes it from a
/// <see cref="SeedreamRequest"/>, the emulator from the JSON it received.
/// </summary>
internal sealed class RequestFields
{
    /// <param name="model">The model id (<c>model</c>).</param>
    /// <param name="prompt">The prompt.</param>
    /// <param name="size">The aspect ratio, when given.</param>
    /// <param name="resolution">The resolution, when given.</param>
    /// <param name="referenceImages">The reference images (<c>image_urls</c>), possibly relative as sent.</param>
    /// <param name="imageCount">The image count (<c>n</c>), when given.</param>
    /// <param name="callbackUrl">The callback URL, when given.</param>
    /// <param name="extras">The options inside <c>extra</c> by dotted path: text, switches, whole and real numbers, tool lists (string lists), or anything else as given.</param>
    public RequestFields(string model, string prompt, string? size, string? resolution, IReadOnlyList<Uri> referenceImages, int? imageCount, Uri? callbackUrl, IReadOnlyDictionary<string, object> extras)
    {
        Model = model;
        Prompt = prompt;
        Size = size;
        Resolution = resolution;
        ReferenceImages = referenceImages;
        ImageCount = imageCount;
        CallbackUrl = callbackUrl;
        Extras = extras;
    }

    public string Model { get; }

    public string Prompt { get; }

    public string? Size { get; }

    public string? Resolution { get; }

    public IReadOnlyList<Uri> ReferenceImages { get; }

    public int? ImageCount { get; }

    public Uri? CallbackUrl { get; }

    public IReadOnlyDictionary<string, object> Extras { get; }
}
