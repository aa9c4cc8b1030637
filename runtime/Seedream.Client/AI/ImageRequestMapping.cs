using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Seedream.Results;

namespace Seedream;

/// <summary>
/// Turns an <see cref="ImageGenerationRequest"/> and its <see cref="ImageGenerationOptions"/> into a <see cref="SeedreamRequest"/>.
/// The request the options' <c>RawRepresentationFactory</c> returns, when it returns one, is the base: the call's prompt
/// replaces the base's, the call's original images follow the base's, and every option fills in only what the base left
/// unset (as Microsoft.Extensions.AI.OpenAI fills in its own raw options). <c>AdditionalProperties</c> come before the
/// typed options. Original images given as data go inline (<see cref="InlineImages"/>). What the API cannot take is refused
/// here, before anything is sent (or encoded), with every problem listed.
/// </summary>
internal static class ImageRequestMapping
{
    private const string OutputFormatPath = "output_format";
    private const string ResponseFormatPath = "response_format";
    private const string LinkValue = "url";
    private const string DataValue = "b64_json";

    /// <summary>The request to submit.</summary>
    /// <param name="request">The call's prompt and original images.</param>
    /// <param name="options">The call's options, or <see langword="null"/>.</param>
    /// <param name="basis">The request the options' raw representation factory made, or <see langword="null"/>.</param>
    /// <param name="defaultModelId">The model used when neither the base nor the options name one.</param>
    /// <param name="catalog">Where a model's table is found.</param>
    /// <exception cref="SeedreamValidationException">An original image, the media type or <c>watermark</c> cannot be sent; nothing was.</exception>
    public static SeedreamRequest ToRequest(ImageGenerationRequest request, ImageGenerationOptions? options, SeedreamRequest? basis, string defaultModelId, SeedreamModelCatalog catalog)
    {
        var model = basis?.Model ?? (string.IsNullOrWhiteSpace(options?.ModelId) ? defaultModelId : options!.ModelId!);
        var table = basis?.Table ?? catalog.Find(model);
        var problems = new List<SeedreamValidationProblem>();
        var references = (basis?.ReferenceImages ?? Array.Empty<Uri>()).Concat(ReferenceImages(request.OriginalImages, model, table, problems)).ToList();
        var extras = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var extra in basis?.Extras ?? new Dictionary<string, object>())
        {
            extras[extra.Key] = extra.Value;
        }

        string? size = basis?.Size;
        string? resolution = basis?.Resolution;
        bool? watermark = basis?.Watermark;
        foreach (var property in options?.AdditionalProperties ?? new AdditionalPropertiesDictionary())
        {
            if (property.Value is null)
            {
                continue;
            }

            switch (property.Key)
            {
                case "size":
                    size ??= Shown(Text(property.Value));
                    break;
                case "resolution":
                    resolution ??= Shown(Text(property.Value));
                    break;
                case "watermark":
                    watermark ??= Switch(property.Value, problems);
                    break;
                default:
                    // A key the model's table does not list is ignored, as Microsoft.Extensions.AI's own adapters ignore the
                    // properties they do not map: options flow through pipelines and may carry keys for other providers.
                    if (table is not null && table.Extras.Any(o => o.Path == property.Key) && !extras.ContainsKey(property.Key))
                    {
                        extras[property.Key] = Text(property.Value);
                    }

                    break;
            }
        }

        if (options?.ImageSize is { } wanted && table is not null && wanted.Width > 0 && wanted.Height > 0)
        {
            size ??= NearestRatio(table.Sizes, wanted.Width, wanted.Height);
            resolution ??= NearestResolution(table.Resolutions, wanted.Width, wanted.Height);
        }

        if (options?.MediaType is string mediaType && !extras.ContainsKey(OutputFormatPath))
        {
            if (OutputFormatFor(mediaType, table) is string format)
            {
                extras[OutputFormatPath] = format;
            }
            else
            {
                problems.Add(MediaTypeProblem(mediaType, model, table, catalog));
            }
        }

        if (options?.ResponseFormat is { } responseFormat && !extras.ContainsKey(ResponseFormatPath))
        {
            // Without the option in the table the API answers links, which the adapter downloads when data is wanted.
            var value = responseFormat == ImageGenerationResponseFormat.Data ? DataValue : LinkValue;
            if (OfferedValues(table, ResponseFormatPath).Contains(value))
            {
                extras[ResponseFormatPath] = value;
            }
        }

        if (problems.Count > 0)
        {
            throw new SeedreamValidationException(problems);
        }

        return new SeedreamRequest(
            model,
            table,
            string.IsNullOrWhiteSpace(request.Prompt) ? basis?.Prompt ?? string.Empty : request.Prompt!,
            size,
            resolution,
            references,
            basis?.ImageCount ?? options?.Count,
            watermark,
            basis?.CallbackUrl,
            basis?.CallbackEvents ?? Array.Empty<string>(),
            extras);
    }

    /// <summary>Whether the caller asked for links: <see cref="ImageGenerationResponseFormat.Uri"/> or <c>Hosted</c>, or no response format and a request that asks for <c>url</c> itself.</summary>
    public static bool AsksForLinks(ImageGenerationOptions? options, SeedreamRequest request) =>
        options?.ResponseFormat is { } format
            ? format != ImageGenerationResponseFormat.Data
            : request.Extras.TryGetValue(ResponseFormatPath, out var value) && value as string == LinkValue;

    /// <summary>
    /// The call's original images as <c>image_urls</c>, in order: <see cref="UriContent"/> links as they are (http, https, or
    /// a <c>data:</c> URI, which the client's validation checks), <see cref="DataContent"/> images inline as <c>data:</c> URIs
    /// typed by their bytes (see <see cref="InlineImages"/>: the types the API takes, the model's per-image limit, and
    /// <see cref="InlineImages.MaxTotalBytes"/> together, checked before any is encoded). Anything else is a problem.
    /// </summary>
    private static IReadOnlyList<Uri> ReferenceImages(IEnumerable<AIContent>? originals, string model, SeedreamModelTable? table, List<SeedreamValidationProblem> problems)
    {
        var found = problems.Count;
        var accepted = new List<(Uri? Link, DataContent? Data, string? MediaType, int Index)>();
        var inline = new List<(string Where, long Bytes)>();
        var index = 0;
        foreach (var original in originals ?? Enumerable.Empty<AIContent>())
        {
            var parameter = $"image_urls[{index}]";
            var where = $"OriginalImages[{index}]";
            switch (original)
            {
                case UriContent link when !link.HasTopLevelMediaType("image"):
                    problems.Add(new SeedreamValidationProblem(parameter, link.MediaType, "an image", $"{where} is {link.MediaType}, not an image; {model} edits and combines images only (UriContent with an image/* media type)."));
                    break;
                case UriContent link when link.Uri.Scheme != Uri.UriSchemeHttps && link.Uri.Scheme != Uri.UriSchemeHttp && !InlineImages.IsInline(link.Uri):
                    problems.Add(new SeedreamValidationProblem(parameter, link.Uri.Scheme + ": link", "an http or https link, or image data", $"{where} is a {link.Uri.Scheme}: link; the API takes reference images as http and https links it downloads itself, or as image data sent inline (DataContent)."));
                    break;
                case UriContent link:
                    accepted.Add((link.Uri, null, null, index));
                    break;
                case DataContent data when !data.HasTopLevelMediaType("image"):
                    problems.Add(new SeedreamValidationProblem(parameter, data.MediaType, "an image", $"{where} is {data.MediaType}, not an image; {model} edits and combines images only."));
                    break;
                case DataContent data:
                    // The bytes decide the type sent, whatever the content claims.
                    var bytes = data.Data.Span;
                    var header = bytes.Slice(0, Math.Min(bytes.Length, ImageFileType.HeaderLength)).ToArray();
                    var sniffed = ImageFileType.Sniff(header, header.Length)?.MediaType;
                    var problem = InlineImages.NotTaken(parameter, where, sniffed ?? $"declared {data.MediaType} but holds bytes of no known image type") ??
                                  InlineImages.TooLarge(parameter, where, data.Data.Length, model, table?.Limits);
                    if (problem is null)
                    {
                        accepted.Add((null, data, sniffed, index));
                        inline.Add((where, data.Data.Length));
                    }
                    else
                    {
                        problems.Add(problem);
                    }

                    break;
                default:
                    problems.Add(new SeedreamValidationProblem(parameter, original?.GetType().Name ?? "null", "an image", $"{where} is {(original is null ? "null" : "a " + original.GetType().Name)}, not an image; pass each original image as UriContent with an http or https link, or as DataContent."));
                    break;
            }

            index++;
        }

        if (InlineImages.OverBudget(inline, model, table?.Limits, "pass it as new UriContent(link, mediaType) instead of DataContent") is { } overBudget)
        {
            problems.Add(overBudget);
        }

        if (problems.Count > found)
        {
            return Array.Empty<Uri>();
        }

        var urls = new List<Uri>();
        foreach (var (link, data, mediaType, at) in accepted)
        {
            try
            {
                urls.Add(link ?? InlineImages.ToUri(data!.Data.ToArray(), mediaType!));
            }
            catch (UriFormatException tooLong)
            {
                // Uri on .NET Framework limits the length of its text, below what the inline budget needs.
                problems.Add(new SeedreamValidationProblem($"image_urls[{at}]", $"{mediaType} data, {data!.Data.Length.ToString("N0", CultureInfo.InvariantCulture)} bytes", "a link", $"OriginalImages[{at}] cannot be sent inline on this runtime ({tooLong.Message}); pass it as new UriContent(link, \"{mediaType}\") instead of DataContent."));
            }
        }

        return urls;
    }

    /// <summary>The <c>output_format</c> value of <paramref name="table"/> that makes <paramref name="mediaType"/>, or <see langword="null"/> when it offers none.</summary>
    private static string? OutputFormatFor(string mediaType, SeedreamModelTable? table) =>
        ImageFileType.ExtensionOf(mediaType) is string extension
            ? OfferedValues(table, OutputFormatPath).FirstOrDefault(value => ImageFileType.ExtensionOf("image/" + value) == extension)
            : null;

    private static SeedreamValidationProblem MediaTypeProblem(string mediaType, string model, SeedreamModelTable? table, SeedreamModelCatalog catalog)
    {
        var offered = OfferedValues(table, OutputFormatPath).Select(value => "image/" + value).ToList();
        var elsewhere = catalog.All.Where(t => t.Id != model && OutputFormatFor(mediaType, t) is not null).Select(t => t.Id).ToList();
        var hint = elsewhere.Count > 0 ? $" ({string.Join(", ", elsewhere)} can make {mediaType})" : string.Empty;
        var allowed = offered.Count > 0 ? string.Join(", ", offered) : "none";
        var message = offered.Count > 0
            ? $"MediaType '{mediaType}' is not a format {model} makes; it makes {string.Join(" or ", offered)} (extra.output_format){hint}. Ask for one of those, or leave MediaType unset."
            : $"MediaType '{mediaType}' cannot be chosen on {model}: its table has no output_format, so the API picks the format (each returned image's MediaType is read from its bytes){hint}. Leave MediaType unset.";
        return new SeedreamValidationProblem("extra." + OutputFormatPath, mediaType, allowed, message);
    }

    private static IReadOnlyList<string> OfferedValues(SeedreamModelTable? table, string path) =>
        table?.Extras.FirstOrDefault(o => o.Path == path && o.Kind == SeedreamExtraKind.Enum)?.Values.Select(v => v.Value).ToList() ?? (IReadOnlyList<string>)Array.Empty<string>();

    /// <summary>
    /// A property value as the text a command line would give (or, for a list, its items as text), so the model's
    /// table reads it by the option's kind (<c>"true"</c> for a switch, <c>"7.5"</c> for a number) and reports what does not fit.
    /// </summary>
    private static object Text(object value) => value switch
    {
        string text => text,
        bool flag => flag ? "true" : "false",
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        float number => number.ToString("R", CultureInfo.InvariantCulture),
        JsonElement { ValueKind: JsonValueKind.String } element => element.GetString()!,
        JsonElement { ValueKind: JsonValueKind.Array } element => element.EnumerateArray().Select(item => item.ValueKind == JsonValueKind.String ? item.GetString()! : item.GetRawText()).ToArray(),
        JsonElement element => element.GetRawText(),
        IEnumerable<string> items => items.ToArray(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>What <see cref="Text"/> made, as one text: a list in brackets.</summary>
    private static string Shown(object text) => text is string[] items ? "[" + string.Join(", ", items) + "]" : (string)text;

    /// <summary><c>watermark</c> given as a <see cref="bool"/>, the text <c>true</c>/<c>false</c>, or a JSON boolean or string.</summary>
    private static bool? Switch(object value, List<SeedreamValidationProblem> problems)
    {
        var shown = Shown(Text(value));
        if (bool.TryParse(shown.Trim(), out var flag))
        {
            return flag;
        }

        problems.Add(new SeedreamValidationProblem("watermark", shown, "true or false", $"AdditionalProperties[\"watermark\"] is '{shown}' ({value.GetType().Name}); give true or false: a bool, the text \"true\" or \"false\", or a JSON boolean."));
        return null;
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
}
