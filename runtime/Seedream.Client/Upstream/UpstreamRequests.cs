using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Seedream.Sizing;
using Seedream.Transport;
using Seedream.Transport.ModelArk;

namespace Seedream.Upstream;

/// <summary>
/// Maps a checked request, built once for every host, to the upstream images API's body (API-NOTES, "How the gateway's
/// request maps"): the model's id at the host (or an endpoint id, <c>ep-…</c>), ratio + resolution as the exact
/// <c>WxH</c> of <see cref="UpstreamSizeRule"/> within the host's pixel limits, an image count above one as
/// <c>sequential_image_generation: auto</c> with <c>max_images</c>, reference images as <c>image</c>, and every extra
/// as a top-level field of its name. A callback has no upstream equivalent and is refused.
/// </summary>
internal static class UpstreamRequests
{
    private const string EndpointPrefix = "ep-";

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(ModelArkJson.CreateSettings());

    /// <summary>The body for <paramref name="request"/> at <paramref name="host"/>.</summary>
    /// <param name="request">The request, checked against <paramref name="table"/> when there is one.</param>
    /// <param name="table">The model's table, or <see langword="null"/> for a model no table knows (then sent as it is).</param>
    /// <param name="host">The upstream host.</param>
    /// <param name="endpoints">Endpoint ids (<c>ep-…</c>) to call instead of a model's id, by the request's model id.</param>
    /// <param name="stream">Whether the answer is to stream each image as an event.</param>
    /// <exception cref="SeedreamValidationException">The request asks for something the host has no form for; nothing was sent.</exception>
    public static ImageGenerationRequest ToWire(SeedreamRequest request, SeedreamModelTable? table, SeedreamHost host, IReadOnlyDictionary<string, string> endpoints, bool stream)
    {
        var served = table?.At(host);
        if (request.CallbackUrl is not null || request.CallbackEvents.Count > 0)
        {
            throw Refused("callback_url", request.CallbackUrl?.GetLeftPart(UriPartial.Authority), "no callback at this host", $"{request.Model} at {host}: the images API answers synchronously and takes no callback_url or callback_events; remove the callback (the images come back in the answer).");
        }

        if (table is not null && served is null && !endpoints.ContainsKey(request.Model))
        {
            var hosts = string.Join(", ", table.Hosts.Select(h => h.Host));
            throw Refused("model", request.Model, hosts, $"{request.Model} is not served by {host} (its table names the hosts {hosts}); set SeedreamClientOptions.Endpoints[\"{request.Model}\"] to an endpoint id (ep-…) to call it there.");
        }

        var wire = request.Extras.Count == 0 ? new JObject() : WireMapper.ToJson(request.Extras);
        wire["model"] = ModelId(request, served, endpoints);
        wire["prompt"] = request.Prompt;
        if (request.ReferenceImages.Count > 0)
        {
            wire["image"] = new JArray(request.ReferenceImages.Select(url => url.AbsoluteUri));
        }

        if (Size(request, served) is { } size)
        {
            wire["size"] = size;
        }

        if (request.ImageCount is int count && count > 1)
        {
            wire["sequential_image_generation"] = "auto";
            wire["sequential_image_generation_options"] = new JObject { ["max_images"] = count };
        }

        if (request.Watermark is bool watermark)
        {
            wire["watermark"] = watermark;
        }

        if (stream)
        {
            wire["stream"] = true;
        }
        else
        {
            wire.Remove("stream");
        }

        return wire.ToObject<ImageGenerationRequest>(Serializer)!;
    }

    /// <summary>The body as the API reads it (what a streaming request sends, built here rather than by the transport).</summary>
    public static string Serialize(ImageGenerationRequest wire) => JsonConvert.SerializeObject(wire, ModelArkJson.CreateSettings());

    /// <summary>How many images the request asks for: its image count, else one.</summary>
    public static int Requested(SeedreamRequest request) => request.ImageCount is int count && count > 1 ? count : 1;

    private static string ModelId(SeedreamRequest request, SeedreamModelHost? served, IReadOnlyDictionary<string, string> endpoints)
    {
        if (endpoints.TryGetValue(request.Model, out var endpoint))
        {
            return endpoint;
        }

        return request.Model.StartsWith(EndpointPrefix, StringComparison.Ordinal) ? request.Model : served?.Id ?? request.Model;
    }

    /// <summary>
    /// The upstream size: the exact <c>WxH</c> for a ratio (at the request's resolution, 2K when none is given), or the
    /// resolution level alone when no ratio is given (the model takes the ratio from the prompt).
    /// </summary>
    private static string? Size(SeedreamRequest request, SeedreamModelHost? served)
    {
        if (request.Size is null)
        {
            return request.Resolution;
        }

        if (served?.MinPixels is not long min || served.MaxPixels is not long max)
        {
            throw Refused("size", request.Size, "a ratio only where the table gives pixel limits", $"{request.Model}: its table gives no pixel limits at this host, so the ratio {request.Size} cannot be made an exact size; give the table's host entry minPixels and maxPixels, or leave the size out.");
        }

        try
        {
            return UpstreamSizeRule.Map(request.Size, request.Resolution ?? "2K", new PixelLimits(min, max)).ToString();
        }
        catch (ArgumentException mapping)
        {
            throw Refused("size", request.Size, $"pixels [{min}, {max}]", $"{request.Model}: {mapping.Message}");
        }
    }

    private static SeedreamValidationException Refused(string parameter, string? value, string allowed, string message) =>
        new SeedreamValidationException(new[] { new SeedreamValidationProblem(parameter, value, allowed, message) });
}
