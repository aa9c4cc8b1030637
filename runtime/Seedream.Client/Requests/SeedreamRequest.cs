using System;
using System.Collections.Generic;

namespace Seedream;

/// <summary>
/// An image-generation request, immutable: what every builder's <c>Build()</c> returns and what
/// <see cref="SeedreamClient.SubmitAsync"/> sends. Start one with <see cref="ForModel(string)"/> (model known at run
/// time: a command line, a configuration file) or <see cref="ForModel(SeedreamModelTable)"/>; the generated builders
/// (<c>Seedream50.Generate(…)</c>) wrap the same builder with typed methods.
/// </summary>
public sealed class SeedreamRequest
{
    internal SeedreamRequest(
        string model,
        SeedreamModelTable? table,
        string prompt,
        string? size,
        string? resolution,
        IReadOnlyList<Uri> referenceImages,
        int? imageCount,
        bool? watermark,
        Uri? callbackUrl,
        IReadOnlyList<string> callbackEvents,
        IReadOnlyDictionary<string, object> extras)
    {
        Model = model;
        Table = table;
        Prompt = prompt;
        Size = size;
        Resolution = resolution;
        ReferenceImages = referenceImages;
        ImageCount = imageCount;
        Watermark = watermark;
        CallbackUrl = callbackUrl;
        CallbackEvents = callbackEvents;
        Extras = extras;
    }

    /// <summary>The model id sent as <c>model</c>, e.g. <c>seedream-5.0</c>.</summary>
    public string Model { get; }

    /// <summary>
    /// The table the request was built from and is checked against; <see langword="null"/> when it was built from a
    /// bare model id, in which case the client's <see cref="SeedreamClient.Catalog"/> decides at submit.
    /// </summary>
    public SeedreamModelTable? Table { get; }

    /// <summary>The text prompt (<c>prompt</c>).</summary>
    public string Prompt { get; }

    /// <summary>The aspect ratio (<c>size</c>), e.g. <c>16:9</c>; <see langword="null"/> leaves it to the API.</summary>
    public string? Size { get; }

    /// <summary>The resolution (<c>resolution</c>), e.g. <c>2K</c>; <see langword="null"/> leaves it to the API.</summary>
    public string? Resolution { get; }

    /// <summary>The reference images (<c>image_urls</c>), absolute URLs; empty for text-to-image.</summary>
    public IReadOnlyList<Uri> ReferenceImages { get; }

    /// <summary>How many images to generate (<c>n</c>); more than 1 is image-set mode. <see langword="null"/> leaves it to the API (1).</summary>
    public int? ImageCount { get; }

    /// <summary>Whether a watermark is added (<c>watermark</c>); <see langword="null"/> leaves it to the API (upstream default true).</summary>
    public bool? Watermark { get; }

    /// <summary>The webhook that receives the finished task (<c>callback_url</c>), an absolute http(s) URL.</summary>
    public Uri? CallbackUrl { get; }

    /// <summary>The events delivered to the webhook (<c>callback_events</c>; values not documented by the provider).</summary>
    public IReadOnlyList<string> CallbackEvents { get; }

    /// <summary>
    /// The model-specific options sent inside <c>extra</c>. The key is the dotted path inside <c>extra</c>
    /// (<c>optimize_prompt_options.mode</c>); the value is a <see cref="string"/>, <see cref="bool"/>,
    /// <see cref="double"/> or <see cref="long"/>, or for a tool path such as <c>tools</c> an
    /// <see cref="IReadOnlyList{T}"/> of tool types (<c>web_search</c>).
    /// </summary>
    public IReadOnlyDictionary<string, object> Extras { get; }

    /// <summary>Starts a request for a model known by its id; the client's catalog checks it at submit.</summary>
    /// <param name="modelId">The model id sent as <c>model</c>, e.g. <c>seedream-5.0</c>.</param>
    /// <returns>A builder; set the options, then call <see cref="SeedreamRequestBuilder.Build"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="modelId"/> is null, empty or white space.</exception>
    public static SeedreamRequestBuilder ForModel(string modelId)
    {
        if (string.IsNullOrWhiteSpace(modelId))
        {
            throw new ArgumentException("A model id is required, e.g. seedream-5.0.", nameof(modelId));
        }

        return new SeedreamRequestBuilder(modelId, null);
    }

    /// <summary>Starts a request checked against <paramref name="table"/>, at <see cref="SeedreamRequestBuilder.Build"/> and again at submit.</summary>
    /// <param name="table">The model's table, e.g. a generated <c>Seedream50.Table</c> or one from <see cref="SeedreamModelCatalog.Find"/>.</param>
    /// <returns>A builder; set the options, then call <see cref="SeedreamRequestBuilder.Build"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public static SeedreamRequestBuilder ForModel(SeedreamModelTable table)
    {
        if (table is null)
        {
            throw new ArgumentNullException(nameof(table));
        }

        return new SeedreamRequestBuilder(table.Id, table);
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Model} request" + (Size is null ? string.Empty : " " + Size) + (Resolution is null ? string.Empty : " " + Resolution) +
        (ImageCount is int n ? $", {n} image(s)" : string.Empty) + (ReferenceImages.Count > 0 ? $", {ReferenceImages.Count} reference image(s)" : string.Empty);
}
