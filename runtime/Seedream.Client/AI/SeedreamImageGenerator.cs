using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using Seedream.Results;

namespace Seedream;

/// <summary>
/// Plugs <see cref="SeedreamClient"/> into Microsoft.Extensions.AI's <see cref="IImageGenerator"/>. Maps
/// <see cref="ImageGenerationOptions"/> onto a Seedream request (model, count, nearest aspect ratio and resolution,
/// media type, response format, reference images; <c>AdditionalProperties</c> <c>size</c>, <c>resolution</c>,
/// <c>watermark</c>, and any other key as an <c>extra</c> option), submits it, waits, and answers links as
/// <see cref="UriContent"/>, Base64 images as <see cref="DataContent"/>, and failed or unusable items of a set (undecodable
/// Base64, a link that is not http(s)) as <see cref="ErrorContent"/>, keeping the rest of the billed result. Media types are only
/// what is known: sniffed from decoded bytes (<c>application/octet-stream</c> when they are no known image), or named by a link's
/// file extension (<c>image/*</c> when it names none); never the media type that was asked for.
/// </summary>
public sealed class SeedreamImageGenerator : IImageGenerator
{
    /// <summary>The model used when <see cref="ImageGenerationOptions.ModelId"/> is not set.</summary>
    public const string DefaultModelId = "seedream-5.0";

    private const string OutputFormatPath = "output_format";
    private const string ResponseFormatPath = "response_format";

    private readonly SeedreamClient _client;
    private readonly string _defaultModelId;
    private readonly bool _disposeClient;

    /// <summary>Creates the adapter.</summary>
    /// <param name="client">The client that does the work.</param>
    /// <param name="defaultModelId">The model used when the options name none.</param>
    /// <param name="disposeClient">Whether disposing the adapter disposes <paramref name="client"/>.</param>
    public SeedreamImageGenerator(SeedreamClient client, string defaultModelId = DefaultModelId, bool disposeClient = false)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _defaultModelId = string.IsNullOrWhiteSpace(defaultModelId) ? throw new ArgumentException("A model id is required.", nameof(defaultModelId)) : defaultModelId;
        _disposeClient = disposeClient;
    }

    /// <inheritdoc />
    public async Task<ImageGenerationResponse> GenerateAsync(ImageGenerationRequest request, ImageGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        var taskRequest = options?.RawRepresentationFactory?.Invoke(this) as SeedreamRequest ?? BuildRequest(request, options);
        var result = await _client.GenerateAsync(taskRequest, null, cancellationToken).ConfigureAwait(false);
        var contents = result.Images.Select(ToContent).ToList();
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
            return new ImageGeneratorMetadata("seedream", null, _defaultModelId);
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

    private SeedreamRequest BuildRequest(ImageGenerationRequest request, ImageGenerationOptions? options)
    {
        var model = string.IsNullOrWhiteSpace(options?.ModelId) ? _defaultModelId : options!.ModelId!;
        var table = _client.Catalog.Find(model);
        var builder = table is null ? SeedreamRequest.ForModel(model) : SeedreamRequest.ForModel(table);
        if (!string.IsNullOrWhiteSpace(request.Prompt))
        {
            builder.Prompt(request.Prompt!);
        }

        foreach (var image in request.OriginalImages ?? Enumerable.Empty<AIContent>())
        {
            switch (image)
            {
                case UriContent uri:
                    builder.ReferenceImage(uri.Uri);
                    break;
                case DataContent data:
                    builder.ReferenceImage(new Uri(data.Uri, UriKind.Absolute));
                    break;
            }
        }

        if (options is null)
        {
            return builder.Build();
        }

        if (options.Count is int count)
        {
            builder.ImageCount(count);
        }

        if (options.ImageSize is { } size && table is not null && size.Width > 0 && size.Height > 0)
        {
            builder.Size(NearestRatio(table.Sizes, size.Width, size.Height));
            builder.Resolution(NearestResolution(table.Resolutions, size.Width, size.Height));
        }

        if (table is not null && table.Extras.Any(o => o.Path == OutputFormatPath) && ImageFileType.ExtensionOf(options.MediaType) is string extension)
        {
            builder.Extra(OutputFormatPath, extension == "jpg" ? "jpeg" : extension);
        }

        if (table is not null && table.Extras.Any(o => o.Path == ResponseFormatPath) && options.ResponseFormat is ImageGenerationResponseFormat format && format != ImageGenerationResponseFormat.Hosted)
        {
            builder.Extra(ResponseFormatPath, format == ImageGenerationResponseFormat.Data ? "b64_json" : "url");
        }

        foreach (var property in options.AdditionalProperties ?? new AdditionalPropertiesDictionary())
        {
            ApplyProperty(builder, property.Key, property.Value);
        }

        return builder.Build();
    }

    private static void ApplyProperty(SeedreamRequestBuilder builder, string key, object? value)
    {
        switch (key)
        {
            case "size":
                builder.Size(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty);
                break;
            case "resolution":
                builder.Resolution(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty);
                break;
            case "watermark" when value is bool watermark:
                builder.Watermark(watermark);
                break;
            default:
                switch (value)
                {
                    case bool flag:
                        builder.Extra(key, flag);
                        break;
                    case int or long or short or byte:
                        builder.Extra(key, Convert.ToInt64(value, CultureInfo.InvariantCulture));
                        break;
                    case double or float or decimal:
                        builder.Extra(key, Convert.ToDouble(value, CultureInfo.InvariantCulture));
                        break;
                    default:
                        builder.Extra(key, Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty);
                        break;
                }

                break;
        }
    }

    private static string NearestRatio(IReadOnlyList<string> sizes, int width, int height)
    {
        var wanted = Math.Log((double)width / height);
        return sizes.OrderBy(s => Math.Abs(Math.Log(RatioOf(s)) - wanted)).First();
    }

    private static double RatioOf(string size)
    {
        var parts = size.Split(':');
        return parts.Length == 2 &&
               double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var w) &&
               double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var h) && w > 0 && h > 0
            ? w / h
            : 1;
    }

    private static string NearestResolution(IReadOnlyList<string> resolutions, int width, int height)
    {
        // The resolutions are named by their approximate edge in thousands of pixels at 1:1 (2K ≈ 2048×2048).
        var wanted = Math.Sqrt((double)width * height) / 1024;
        return resolutions.OrderBy(r => Math.Abs(KiloOf(r) - wanted)).First();
    }

    private static double KiloOf(string resolution) =>
        double.TryParse(resolution.TrimEnd('K', 'k'), NumberStyles.Float, CultureInfo.InvariantCulture, out var k) ? k : 0;

    private AIContent ToContent(SeedreamImage image)
    {
        if (!image.Succeeded)
        {
            return new ErrorContent($"Image {image.Index} of task {_client.Redactor.Redact(image.TaskId)} failed: {image.Error?.Message}") { ErrorCode = image.Error?.Code, RawRepresentation = image };
        }

        if (!string.IsNullOrEmpty(image.Base64Data))
        {
            byte[] bytes;
            try
            {
                bytes = image.DecodeBase64();
            }
            catch (FormatException)
            {
                return Unusable(image, "its Base64 data (b64_json) could not be decoded");
            }

            // The bytes decide the media type; bytes that are no known image are labelled as plain bytes, not as what was asked for.
            var mediaType = ImageFileType.Sniff(bytes, Math.Min(bytes.Length, ImageFileType.HeaderLength))?.MediaType ?? "application/octet-stream";
            return new DataContent(bytes, mediaType) { RawRepresentation = image };
        }

        // A succeeded image without Base64 data has a link.
        var url = image.Url!;
        if (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)
        {
            return Unusable(image, $"its link is not an http(s) link (scheme {url.Scheme})");
        }

        // The API states no media type for a link; the link's file extension may, else it is only known to be an image.
        return new UriContent(url, ImageFileType.MediaTypeOfPath(url.AbsolutePath) ?? "image/*") { RawRepresentation = image };
    }

    private ErrorContent Unusable(SeedreamImage image, string why) =>
        new($"Image {image.Index} of task {_client.Redactor.Redact(image.TaskId)} was reported as generated but cannot be used: {_client.Redactor.Redact(why)}. The rest of the result is kept; the task was billed, so follow it with GetTaskAsync(\"{_client.Redactor.Redact(image.TaskId)}\") rather than submitting again.") { ErrorCode = "unusable_image", RawRepresentation = image };
}
