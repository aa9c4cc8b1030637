using System;
using System.Collections.Generic;
using System.Linq;
using Seedream.Sizing;
using Seedream.Transport.ModelArk;

namespace Seedream.Emulator;

/// <summary>
/// Builds the upstream images API's answers to a <see cref="Generation"/> as <c>spec/modelark-images.openapi.json</c> has
/// them: the JSON answer, and each event of a stream. Images come as links under <c>/files/</c> or inline
/// (<c>b64_json</c>), with <c>size</c> the served pixel size. Usage bills the images made only; the emulator counts
/// <see cref="TokensPerImage"/> output tokens for each.
/// </summary>
internal sealed class GenerationAnswers
{
    /// <summary>The <c>type</c> (and <c>event:</c> line) of an image made.</summary>
    public const string PartialSucceeded = "image_generation.partial_succeeded";

    /// <summary>The <c>type</c> (and <c>event:</c> line) of an image of the set that failed.</summary>
    public const string PartialFailed = "image_generation.partial_failed";

    /// <summary>The <c>type</c> (and <c>event:</c> line) of the event that ends a set, with the usage.</summary>
    public const string Completed = "image_generation.completed";

    private readonly EmulatorAddress _address;
    private readonly RenderedImages _images;

    /// <summary>Creates the builder.</summary>
    /// <param name="address">The emulator's base address, for links.</param>
    /// <param name="images">The encoded images, for <c>b64_json</c> answers.</param>
    public GenerationAnswers(EmulatorAddress address, RenderedImages images)
    {
        _address = address;
        _images = images;
    }

    /// <summary>The output tokens the emulator bills for one image made of <paramref name="pixels"/> full-size pixels: one per 256 pixels.</summary>
    /// <param name="pixels">The image's pixel count, as asked (not scaled down).</param>
    public static long TokensPerImage(long pixels) => pixels / 256;

    /// <summary>The JSON answer (no stream): every item in <c>data</c>, and the top-level <c>error</c> when no image was made.</summary>
    /// <param name="generation">The generation, finished.</param>
    /// <param name="now">When the answer is made.</param>
    public ImageGenerationResponse Response(Generation generation, DateTimeOffset now)
    {
        var data = generation.Items.Select(item => Entry(generation, item)).ToList();
        return new ImageGenerationResponse
        {
            Model = generation.Request.ModelId,
            Created = now.ToUnixTimeSeconds(),
            Data = data,
            Usage = Usage(generation),
            Tools = EchoedTools(generation),
            Error = generation.Made == 0 ? data[0].Error : null,
        };
    }

    /// <summary>The event of one item: <c>image_generation.partial_succeeded</c>, or <c>image_generation.partial_failed</c>.</summary>
    /// <param name="generation">The generation.</param>
    /// <param name="item">One of its items.</param>
    /// <param name="now">When the event is sent.</param>
    /// <returns>The event's type, for the <c>event:</c> line, and its <c>data:</c> object.</returns>
    public (string Type, object Data) ItemEvent(Generation generation, GeneratedItem item, DateTimeOffset now)
    {
        var created = now.ToUnixTimeSeconds();
        if (item.Image is not { } image)
        {
            return (PartialFailed, new ImagePartialFailedEvent
            {
                Type = PartialFailed,
                Model = generation.Request.ModelId,
                Created = created,
                Image_index = item.Index,
                Error = Error(item),
            });
        }

        var (url, base64) = Content(generation, image);
        return (PartialSucceeded, new ImagePartialSucceededEvent
        {
            Type = PartialSucceeded,
            Model = generation.Request.ModelId,
            Created = created,
            Image_index = item.Index,
            Url = url,
            B64_json = base64,
            Size = Size(image),
        });
    }

    /// <summary>The <c>image_generation.completed</c> event, with the usage.</summary>
    /// <param name="generation">The generation, finished.</param>
    /// <param name="now">When the event is sent.</param>
    public ImageGenerationCompletedEvent CompletedEvent(Generation generation, DateTimeOffset now) => new()
    {
        Type = Completed,
        Model = generation.Request.ModelId,
        Created = now.ToUnixTimeSeconds(),
        Usage = Usage(generation),
    };

    private GeneratedImage Entry(Generation generation, GeneratedItem item)
    {
        if (item.Image is not { } image)
        {
            return new GeneratedImage { Error = Error(item) };
        }

        var (url, base64) = Content(generation, image);
        return new GeneratedImage { Url = url, B64_json = base64, Size = Size(image) };
    }

    private (string? Url, string? Base64) Content(Generation generation, PlannedImage image) =>
        generation.Request.Base64
            ? (null, Convert.ToBase64String(_images.Get(image)))
            : (_address.Absolute("files/" + image.FileName), null);

    private static ArkError Error(GeneratedItem item) =>
        item.Outcome == ItemOutcome.InternalError ? ArkErrors.InternalError() : ArkErrors.RejectedImage();

    private static string Size(PlannedImage image) => new PixelSize(image.Width, image.Height).ToString();

    private static ImageGenerationUsage Usage(Generation generation)
    {
        var tokens = generation.Made * TokensPerImage(generation.Request.Size.Pixels);
        return new ImageGenerationUsage
        {
            Generated_images = generation.Made,
            Output_tokens = tokens,
            Total_tokens = tokens,
            Tool_usage = generation.Request.Tools.Count == 0
                ? null
                : generation.Request.Tools.Distinct(StringComparer.Ordinal).ToDictionary(tool => tool, _ => 1, StringComparer.Ordinal),
        };
    }

    private static List<ImageGenerationTool>? EchoedTools(Generation generation) =>
        generation.Request.Tools.Count == 0 ? null : generation.Request.Tools.Select(type => new ImageGenerationTool { Type = type }).ToList();
}
