using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace Seedream.Emulator;

/// <summary>
/// Checks the JSON body of <c>POST /v1/tasks</c> and <c>/v1/tasks/sync</c> against the model tables of
/// <see cref="SeedreamModelCatalog"/>, on the wire form (so a wrong JSON type is reported too).
/// Unknown top-level keys are ignored, as the provider does; unknown keys inside <c>extra</c> are not.
/// </summary>
internal static class CreateTaskRequestValidator
{
    private const string DefaultSize = "1:1";
    private const string PreferredResolution = "2K";
    private const string GenerateAction = "generate";

    /// <summary>Validates <paramref name="body"/> and fills in the defaults.</summary>
    /// <param name="body">The parsed request body.</param>
    /// <exception cref="InvalidRequestException">The request is not acceptable; the message says which parameter, what was given and what is allowed.</exception>
    public static ValidatedRequest Validate(JToken body)
    {
        if (body is not JObject request)
        {
            throw new InvalidRequestException($"The request body must be a JSON object, got {WireValue.TypeName(body)}.");
        }

        var model = ReadModel(request);
        var prompt = RequiredString(request, "prompt");
        var action = OptionalString(request, "action") ?? GenerateAction;
        if (action != GenerateAction)
        {
            throw new InvalidRequestException($"action {action} is not supported (allowed: {GenerateAction}).");
        }

        var size = OneOf(request, "size", model.Sizes, model) ?? DefaultSize;
        var resolution = OneOf(request, "resolution", model.Resolutions, model)
            ?? (model.Resolutions.Contains(PreferredResolution) ? PreferredResolution : model.Resolutions[0]);
        var imageUrls = ReadImageUrls(request, model);
        var n = ReadN(request, imageUrls.Count, model);
        ReadBoolean(request, "watermark");
        var callbackUrl = ReadCallbackUrl(request);
        ReadCallbackEvents(request);
        var extra = ExtraOptionsValidator.Validate(request["extra"], model);

        return new ValidatedRequest(
            model,
            action,
            prompt,
            size,
            resolution,
            imageUrls,
            n,
            callbackUrl,
            extra.OutputFormat,
            extra.Base64);
    }

    private static SeedreamModelTable ReadModel(JObject request)
    {
        var allowed = string.Join(", ", SeedreamModelCatalog.All.Select(table => table.Id));
        var token = request["model"];
        if (token is null || token.Type == JTokenType.Null)
        {
            throw new InvalidRequestException($"model is required (allowed: {allowed}).");
        }

        if (token.Type != JTokenType.String)
        {
            throw new InvalidRequestException($"model must be a string, got {WireValue.Describe(token)} (allowed: {allowed}).");
        }

        var id = (string)token!;
        return SeedreamModelCatalog.Find(id)
            ?? throw new InvalidRequestException($"model {WireValue.Describe(token)} is not supported (allowed: {allowed}).");
    }

    private static string RequiredString(JObject request, string name)
    {
        var value = OptionalString(request, name);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidRequestException($"{name} is required and must be a non-empty string.");
        }

        return value;
    }

    private static string? OptionalString(JObject request, string name)
    {
        var token = request[name];
        if (token is null || token.Type == JTokenType.Null)
        {
            return null;
        }

        if (token.Type != JTokenType.String)
        {
            throw new InvalidRequestException($"{name} must be a string, got {WireValue.Describe(token)}.");
        }

        return (string)token!;
    }

    private static string? OneOf(JObject request, string name, IReadOnlyList<string> allowed, SeedreamModelTable model)
    {
        var value = OptionalString(request, name);
        if (value is not null && !allowed.Contains(value, StringComparer.Ordinal))
        {
            throw new InvalidRequestException($"{name} {value} is not supported by {model.Id} (allowed: {string.Join(", ", allowed)}).");
        }

        return value;
    }

    private static IReadOnlyList<string> ReadImageUrls(JObject request, SeedreamModelTable model)
    {
        var token = request["image_urls"];
        if (token is null || token.Type == JTokenType.Null)
        {
            return Array.Empty<string>();
        }

        if (token is not JArray array)
        {
            throw new InvalidRequestException($"image_urls must be an array of URLs, got {WireValue.Describe(token)}.");
        }

        var max = model.Limits.MaxReferenceImages;
        if (array.Count > max)
        {
            throw new InvalidRequestException($"image_urls has {array.Count} images; {model.Id} accepts at most {max} reference images.");
        }

        var urls = new List<string>(array.Count);
        for (var i = 0; i < array.Count; i++)
        {
            var item = array[i];
            if (item.Type != JTokenType.String || !IsHttpUrl((string)item!))
            {
                throw new InvalidRequestException($"image_urls[{i}] {WireValue.Describe(item)} is not an absolute http(s) URL.");
            }

            urls.Add((string)item!);
        }

        return urls;
    }

    private static int ReadN(JObject request, int referenceImages, SeedreamModelTable model)
    {
        var token = request["n"];
        if (token is null || token.Type == JTokenType.Null)
        {
            return 1;
        }

        if (token.Type != JTokenType.Integer)
        {
            throw new InvalidRequestException($"n must be an integer of 1 or more, got {WireValue.Describe(token)}.");
        }

        var n = (long)token;
        if (n < 1)
        {
            throw new InvalidRequestException($"n must be 1 or more, got {n}.");
        }

        var total = model.Limits.MaxImageSetTotal;
        if (n > 1 && referenceImages + n > total)
        {
            throw new InvalidRequestException(
                $"image_urls ({referenceImages}) + n ({n}) = {referenceImages + n} exceeds the image-set total of {total} for {model.Id} (allowed: n up to {Math.Max(1, total - referenceImages)} with {referenceImages} reference images).");
        }

        return (int)n;
    }

    private static void ReadBoolean(JObject request, string name)
    {
        var token = request[name];
        if (token is not null && token.Type != JTokenType.Null && token.Type != JTokenType.Boolean)
        {
            throw new InvalidRequestException($"{name} must be true or false, got {WireValue.Describe(token)}.");
        }
    }

    private static Uri? ReadCallbackUrl(JObject request)
    {
        var value = OptionalString(request, "callback_url");
        if (value is null)
        {
            return null;
        }

        if (!IsHttpUrl(value))
        {
            throw new InvalidRequestException($"callback_url {value} is not an absolute http(s) URL.");
        }

        return new Uri(value, UriKind.Absolute);
    }

    private static void ReadCallbackEvents(JObject request)
    {
        var token = request["callback_events"];
        if (token is null || token.Type == JTokenType.Null)
        {
            return;
        }

        if (token is not JArray array || array.Any(item => item.Type != JTokenType.String))
        {
            throw new InvalidRequestException($"callback_events must be an array of strings, got {WireValue.Describe(token)}.");
        }
    }

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
