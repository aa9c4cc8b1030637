using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Seedream;

/// <summary>
/// Reference images sent inside the request as <c>data:&lt;media type&gt;;base64,…</c> URIs in <c>image_urls</c>, instead of
/// links the API downloads itself. The upstream images API (BytePlus ModelArk / Volcengine Ark) documents data URIs for its
/// <c>image</c> field, in the formats of <see cref="MediaTypes"/>, and the gateway passes <c>image_urls</c> through to it.
/// Inline images make the request body large, and a body above the server's cap is refused with HTTP 413, so they are held
/// to <see cref="MaxTotalBytes"/> per request, and each to the model table's per-image limit as linked images are.
/// </summary>
internal static class InlineImages
{
    /// <summary>
    /// The most image bytes one request carries inline, all its data URIs together: 512 KiB (524,288 bytes), about 683 KiB
    /// once Base64-encoded. Neither the gateway nor the upstream API publishes a request size cap. The emulator refuses create
    /// bodies above <c>EmulatorOptions.MaxRequestBytes</c> (1 MiB by default) with 413; this budget leaves more than 300 KiB
    /// of that to the prompt and the other fields.
    /// </summary>
    public const long MaxTotalBytes = 512 * 1024;

    /// <summary>The URI scheme of inline images.</summary>
    public const string Scheme = "data";

    /// <summary>The image types the API takes, as the upstream images API lists them for <c>image</c>: JPEG, PNG, WebP, BMP, TIFF and GIF.</summary>
    public static readonly IReadOnlyList<string> MediaTypes = new[] { "image/jpeg", "image/png", "image/webp", "image/bmp", "image/tiff", "image/gif" };

    private const string Base64Marker = ";base64,";

    /// <summary>The <c>data:</c> URI that carries <paramref name="bytes"/> as <paramref name="mediaType"/>.</summary>
    /// <exception cref="UriFormatException">The runtime's <see cref="Uri"/> cannot hold a text that long (.NET Framework limits its length).</exception>
    public static Uri ToUri(byte[] bytes, string mediaType) => new("data:" + mediaType + Base64Marker + Convert.ToBase64String(bytes));

    /// <summary>Whether <paramref name="url"/> is an inline image rather than a link.</summary>
    public static bool IsInline(Uri url) => url.IsAbsoluteUri && string.Equals(url.Scheme, Scheme, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The problems of the request's inline images: each must be Base64 data of a type in <see cref="MediaTypes"/> within the
    /// model's per-image limit, and all together within <see cref="MaxTotalBytes"/>. Links are not looked at.
    /// </summary>
    /// <param name="problems">Where the problems are added.</param>
    /// <param name="model">The model, as named in the messages.</param>
    /// <param name="urls">The request's <c>image_urls</c>.</param>
    /// <param name="limits">The model's limits.</param>
    public static void Check(List<SeedreamValidationProblem> problems, string model, IReadOnlyList<Uri> urls, SeedreamModelLimits limits)
    {
        var within = new List<(string Where, long Bytes)>();
        for (var i = 0; i < urls.Count; i++)
        {
            if (urls[i] is null || !IsInline(urls[i]))
            {
                continue;
            }

            var parameter = $"image_urls[{i}]";
            var text = urls[i].OriginalString;
            var marker = text.IndexOf(Base64Marker, StringComparison.OrdinalIgnoreCase);
            var comma = text.IndexOf(',');
            if (marker < 0 || marker + Base64Marker.Length - 1 != comma)
            {
                var head = text.Substring(0, Math.Min(comma < 0 ? text.Length : comma + 1, 60));
                problems.Add(new SeedreamValidationProblem(parameter, head, "data:<image type>;base64,<data>", $"{parameter} is a data: URI ('{head}…') that is not Base64 image data; the API takes inline images as data:<image type>;base64,<data>."));
                continue;
            }

            var mediaType = text.Substring(Scheme.Length + 1, marker - Scheme.Length - 1);
            var bytes = DecodedLength(text.Length - comma - 1, text);
            if (NotTaken(parameter, parameter, mediaType) is { } notTaken)
            {
                problems.Add(notTaken);
            }
            else if (TooLarge(parameter, parameter, bytes, model, limits) is { } tooLarge)
            {
                problems.Add(tooLarge);
            }
            else
            {
                within.Add((parameter, bytes));
            }
        }

        if (OverBudget(within, model, limits, "pass the image's http or https link instead of its data") is { } overBudget)
        {
            problems.Add(overBudget);
        }
    }

    /// <summary>A problem when <paramref name="mediaType"/> is not a type the API takes; otherwise <see langword="null"/>.</summary>
    /// <param name="parameter">The wire parameter, e.g. <c>image_urls[0]</c>.</param>
    /// <param name="where">The image as the caller named it, e.g. <c>OriginalImages[0]</c>.</param>
    /// <param name="mediaType">The image's type, or what is known of it (e.g. "bytes of no known image type").</param>
    public static SeedreamValidationProblem? NotTaken(string parameter, string where, string mediaType) =>
        MediaTypes.Contains(mediaType.Trim().ToLowerInvariant(), StringComparer.Ordinal)
            ? null
            : new SeedreamValidationProblem(parameter, mediaType, string.Join(", ", MediaTypes), $"{where} is {mediaType}, which the API does not take as an image; it takes {string.Join(", ", MediaTypes)}.");

    /// <summary>A problem when one image is larger than the model takes, inline or linked; otherwise <see langword="null"/>.</summary>
    /// <param name="parameter">The wire parameter, e.g. <c>image_urls[0]</c>.</param>
    /// <param name="where">The image as the caller named it.</param>
    /// <param name="bytes">The image's size in bytes.</param>
    /// <param name="model">The model.</param>
    /// <param name="limits">The model's limits; <see langword="null"/> when the model is not known (then no per-image limit is applied).</param>
    public static SeedreamValidationProblem? TooLarge(string parameter, string where, long bytes, string model, SeedreamModelLimits? limits) =>
        limits is null || bytes <= limits.MaxReferenceImageBytes
            ? null
            : new SeedreamValidationProblem(
                parameter,
                Text(bytes) + " bytes",
                "at most " + Text(limits.MaxReferenceImageBytes) + " bytes",
                $"{where} is {Size(bytes)} ({Text(bytes)} bytes); {model} takes reference images of at most {Size(limits.MaxReferenceImageBytes)} each, inline or as links. Make the image smaller.");

    /// <summary>A problem when the inline images together exceed <see cref="MaxTotalBytes"/>; otherwise <see langword="null"/>.</summary>
    /// <param name="inline">Each inline image as the caller named it, with its size in bytes.</param>
    /// <param name="model">The model.</param>
    /// <param name="limits">The model's limits, named in the advice; <see langword="null"/> when the model is not known.</param>
    /// <param name="howToLink">How the caller passes a link instead, e.g. <c>pass it as new UriContent(link, "image/png")</c>.</param>
    public static SeedreamValidationProblem? OverBudget(IReadOnlyList<(string Where, long Bytes)> inline, string model, SeedreamModelLimits? limits, string howToLink)
    {
        var total = inline.Sum(image => image.Bytes);
        if (total <= MaxTotalBytes)
        {
            return null;
        }

        var which = inline.Count == 1
            ? $"{inline[0].Where} is {Size(total)} of image data ({Text(total)} bytes)"
            : $"{string.Join(", ", inline.Select(image => image.Where))} are {Size(total)} of image data together ({Text(total)} bytes)";
        var links = limits is null
            ? "http or https links"
            : $"http or https links, at most {Text(limits.MaxReferenceImages)} images of at most {Size(limits.MaxReferenceImageBytes)} each for {model}";
        return new SeedreamValidationProblem(
            "image_urls",
            Text(total) + " bytes inline",
            "at most " + Text(MaxTotalBytes) + " bytes inline",
            $"{which}, sent inline as data: URIs in the request body; this client sends at most {Size(MaxTotalBytes)} ({Text(MaxTotalBytes)} bytes) of image data inline per request, " +
            $"because the server refuses a larger body (HTTP 413) and publishes no cap. The API also takes reference images as links it downloads itself ({links}): " +
            $"put the image where the API can fetch it (your own storage, a pre-signed link) and {howToLink}.");
    }

    /// <summary>The number of bytes <paramref name="length"/> characters of Base64 ending <paramref name="text"/> decode to.</summary>
    private static long DecodedLength(int length, string text)
    {
        var padding = text.EndsWith("==", StringComparison.Ordinal) ? 2 : text.EndsWith("=", StringComparison.Ordinal) ? 1 : 0;
        return Math.Max(0, (length / 4 * 3) - padding);
    }

    private static string Size(long bytes) =>
        bytes >= 1024 * 1024
            ? (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MiB"
            : (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " KiB";

    private static string Text(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
