using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace Seedream;

/// <summary>
/// Plugs <see cref="SeedreamClient"/> into Microsoft.Extensions.AI's <see cref="IImageGenerator"/>.
/// <para>
/// Request: the prompt; original images (<c>image_urls</c>) as <see cref="UriContent"/> http(s) links with an <c>image/*</c>
/// media type, which the API downloads itself, or as <see cref="DataContent"/> image bytes, sent inline as
/// <c>data:&lt;type&gt;;base64,…</c> URIs typed by their bytes: JPEG, PNG, WebP, BMP, TIFF or GIF, each within the model's
/// per-image limit and at most 512 KiB (524,288 bytes) of image data per request, since the server refuses a larger body
/// with HTTP 413 (larger images go as links); other content is refused before sending, as is image data over that budget;
/// <see cref="ImageGenerationOptions.ModelId"/> (else the default model),
/// <see cref="ImageGenerationOptions.Count"/> (<c>n</c>), <see cref="ImageGenerationOptions.ImageSize"/> (nearest aspect
/// ratio and resolution), <see cref="ImageGenerationOptions.MediaType"/> (the model's <c>extra.output_format</c>; a type the
/// model's table does not offer is refused), <see cref="ImageGenerationOptions.ResponseFormat"/>
/// (<c>extra.response_format</c>), and <see cref="ImageGenerationOptions.AdditionalProperties"/> <c>size</c>,
/// <c>resolution</c>, <c>watermark</c> (a bool, <c>"true"</c>/<c>"false"</c> or a JSON boolean) and any key that is an
/// extra of the model's table (dotted path, e.g. <c>optimize_prompt_options.mode</c>); other keys are ignored.
/// A <see cref="SeedreamRequest"/> from <see cref="ImageGenerationOptions.RawRepresentationFactory"/> is the base: the call's
/// prompt replaces its prompt, the call's original images follow its reference images, and every option fills in only what
/// it left unset (additional properties before the typed options).
/// </para>
/// <para>
/// Answer, one content per item of the result, in order: the image itself as <see cref="DataContent"/> (Base64 answers
/// decoded; links downloaded through the client's download path, <see cref="SeedreamResult.SaveImagesAsync"/>: size caps,
/// retries, type by bytes) unless links were asked for (<see cref="ImageGenerationResponseFormat.Uri"/>, or
/// <c>extra.response_format</c> <c>url</c> in the request), then <see cref="UriContent"/>; failed or unusable items of a
/// set as <see cref="ErrorContent"/> (<see cref="ErrorContent.ErrorCode"/> the API's code, <c>unusable_image</c>, or the
/// download failure's reason in snake case), keeping the rest of the billed result. Media types are only what is known:
/// sniffed from the bytes (<c>application/octet-stream</c> for Base64 data that is no known image), or named by a link's
/// file extension (<c>image/*</c> when it names none); never the media type that was asked for.
/// </para>
/// </summary>
public sealed class SeedreamImageGenerator : IImageGenerator
{
    /// <summary>The model used when <see cref="ImageGenerationOptions.ModelId"/> is not set.</summary>
    public static readonly string DefaultModelId = "seedream-5.0";

    private readonly SeedreamClient _client;
    private readonly string _defaultModelId;
    private readonly bool _disposeClient;
    private readonly ImageGeneratorMetadata _metadata;

    /// <summary>Creates the adapter.</summary>
    /// <param name="client">The client that does the work; its base URL is the metadata's <see cref="ImageGeneratorMetadata.ProviderUri"/>.</param>
    /// <param name="defaultModelId">The model used when the options name none; <see langword="null"/> for <see cref="DefaultModelId"/>.</param>
    /// <param name="disposeClient">Whether disposing the adapter disposes <paramref name="client"/>.</param>
    public SeedreamImageGenerator(SeedreamClient client, string? defaultModelId = null, bool disposeClient = false)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _defaultModelId = defaultModelId is null ? DefaultModelId
            : string.IsNullOrWhiteSpace(defaultModelId) ? throw new ArgumentException("A model id is required.", nameof(defaultModelId)) : defaultModelId;
        _disposeClient = disposeClient;
        _metadata = new ImageGeneratorMetadata("seedream", client.BaseUrl, _defaultModelId);
    }

    /// <inheritdoc />
    /// <exception cref="SeedreamValidationException">The request cannot be sent as given (an original image that is no http(s) image link nor image data of a type the API takes, image data over the inline budget, a media type the model does not make, a <c>watermark</c> that is no switch, or what the model's table refuses); nothing was sent.</exception>
    /// <exception cref="SeedreamException">The task could not be submitted or failed; see <see cref="SeedreamClient.GenerateAsync"/>.</exception>
    public async Task<ImageGenerationResponse> GenerateAsync(ImageGenerationRequest request, ImageGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        // As in Microsoft.Extensions.AI's own adapters, a raw representation of another provider's type is not this adapter's to use.
        var basis = options?.RawRepresentationFactory?.Invoke(this) as SeedreamRequest;
        var taskRequest = ImageRequestMapping.ToRequest(request, options, basis, _defaultModelId, _client.Catalog);
        var result = await _client.GenerateAsync(taskRequest, null, cancellationToken).ConfigureAwait(false);
        var contents = await ImageAnswerMapping.ToContentsAsync(_client, result, ImageRequestMapping.AsksForLinks(options, taskRequest), cancellationToken).ConfigureAwait(false);
        return new ImageGenerationResponse(contents) { RawRepresentation = result };
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        if (serviceType is null)
        {
            throw new ArgumentNullException(nameof(serviceType));
        }

        if (serviceKey is not null)
        {
            return null;
        }

        if (serviceType == typeof(ImageGeneratorMetadata))
        {
            return _metadata;
        }

        if (serviceType.IsInstanceOfType(_client))
        {
            return _client;
        }

        return serviceType.IsInstanceOfType(this) ? this : null;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_disposeClient)
        {
            _client.Dispose();
        }
    }
}
