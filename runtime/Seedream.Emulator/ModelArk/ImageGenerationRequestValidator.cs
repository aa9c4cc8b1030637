using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Newtonsoft.Json.Linq;
using Seedream.Rules;
using Seedream.Sizing;

namespace Seedream.Emulator;

/// <summary>
/// Checks the JSON body of <c>POST /api/v3/images/generations</c> as <c>spec/modelark-images.openapi.json</c> describes
/// it. The model's rules come from its table, as on the gateway: the levels of <c>size</c> are the table's resolutions,
/// <c>output_format</c>, <c>response_format</c>, <c>optimize_prompt_options.mode</c> and <c>tools</c> are the table's
/// options of the same paths (the gateway's <c>extra.*</c>), and the limits on reference images and sets are the table's,
/// through the shared <see cref="SeedreamRules"/>. Where this API differs from the gateway: <c>stream</c> is taken by every
/// model, <c>guidance_scale</c> by none of them, and an exact <c>WxH</c> must lie within the model's
/// <see cref="PixelLimits"/>. Unknown fields are ignored, as <c>additionalProperties</c> allows.
/// </summary>
internal static class ImageGenerationRequestValidator
{
    /// <summary>The size made when none is asked for.</summary>
    public const string DefaultSize = "2048x2048";

    /// <summary>How an endpoint id starts.</summary>
    public const string EndpointPrefix = "ep-";

    /// <summary>The aspect ratio a level (<c>2K</c>) is made at: the real API takes it from the prompt, which the emulator does not read.</summary>
    private const string LevelRatio = "1:1";

    private static readonly string[] SequentialModes = { "auto", "disabled" };
    private static readonly string[] ThinkingModes = { "auto", "enabled", "disabled" };

    /// <summary>Validates <paramref name="body"/> and fills in the defaults.</summary>
    /// <param name="body">The parsed request body.</param>
    /// <param name="catalog">The model tables the models' rules come from.</param>
    /// <param name="options">Which model an endpoint id stands for.</param>
    /// <exception cref="ArkRequestException">The request is not acceptable; the code, the field, and a message saying what was given and what is allowed.</exception>
    public static ValidatedGeneration Validate(JToken body, SeedreamModelCatalog catalog, ModelArkOptions options)
    {
        if (body is not JObject request)
        {
            throw new ArkRequestException("BadRequest", null, $"The request body must be a JSON object, got {WireValue.TypeName(body)}.");
        }

        var (modelId, model) = Model(request, options);
        var table = catalog.Find(model.TableId)
            ?? throw new InvalidOperationException($"The model table '{model.TableId}' of {modelId} is not in the emulator's catalog.");
        var prompt = Prompt(request);
        var references = ReferenceImages(request, modelId, table);
        var size = Size(request, modelId, model, table);
        Seed(request);
        var isSet = Choice(request, "sequential_image_generation", SequentialModes) == "auto";
        var maxImages = MaxImages(request, isSet, references, modelId, table);
        var stream = Boolean(request, "stream") ?? false;
        Boolean(request, "watermark");
        var responseFormat = TableEnum(request, "response_format", "response_format", modelId, table, catalog);
        var outputFormat = TableEnum(request, "output_format", "output_format", modelId, table, catalog);
        PromptOptimization(request, modelId, table, catalog);
        if (Present(request, "guidance_scale") is JToken guidance)
        {
            throw new ArkRequestException(
                "InvalidParameter",
                "guidance_scale",
                $"guidance_scale ({WireValue.Describe(guidance)}) is not taken by {modelId}: this API documents it for older models only (the gateway takes extra.guidance_scale for seedream-4.0).");
        }

        return new ValidatedGeneration(
            modelId,
            model,
            PromptImageRenderer.Digest(prompt),
            size,
            maxImages,
            isSet,
            stream,
            responseFormat == "b64_json",
            outputFormat == "png" ? ImageFormat.Png : ImageFormat.Jpeg,
            Tools(request, modelId, table, catalog));
    }

    private static (string Id, UpstreamModel Model) Model(JObject request, ModelArkOptions options)
    {
        var given = String(request, "model");
        if (string.IsNullOrEmpty(given))
        {
            throw new ArkRequestException("InvalidParameter", "model", $"model is required: a model id ({UpstreamModel.KnownIds}) or an endpoint id (ep-...).");
        }

        var id = given.StartsWith(EndpointPrefix, StringComparison.Ordinal) ? options.EndpointModel : given;
        return UpstreamModel.Find(id) is { } model
            ? (id, model)
            : throw new ArkRequestException("InvalidParameter", "model", $"model '{given}' is not known; known models: {UpstreamModel.KnownIds}, or an endpoint id (ep-...).");
    }

    private static string Prompt(JObject request)
    {
        var prompt = String(request, "prompt");
        if (string.IsNullOrWhiteSpace(prompt))
        {
            throw new ArkRequestException("InvalidParameter", "prompt", "prompt is required and must not be empty.");
        }

        if (prompt.Length > CreateTaskRequestValidator.MaxPromptLength)
        {
            throw new ArkRequestException(
                "InvalidParameter",
                "prompt",
                $"prompt has {prompt.Length} characters; the most accepted is {CreateTaskRequestValidator.MaxPromptLength} (the models recommend far fewer).");
        }

        return prompt;
    }

    /// <summary>The number of reference images in <c>image</c> (a string or an array of strings), each an http(s) URL or a <c>data:</c> image.</summary>
    private static int ReferenceImages(JObject request, string modelId, SeedreamModelTable table)
    {
        var token = Present(request, "image");
        if (token is null)
        {
            return 0;
        }

        var images = token switch
        {
            { Type: JTokenType.String } => new[] { ("image", (string)token!) },
            JArray array when array.All(item => item.Type == JTokenType.String) =>
                array.Select((item, index) => (string.Create(CultureInfo.InvariantCulture, $"image[{index}]"), (string)item!)).ToArray(),
            _ => throw new ArkRequestException("InvalidParameter", "image", $"image must be a URL string or an array of URL strings; it is {WireValue.Describe(token)}."),
        };

        if (images.Length == 0)
        {
            throw new ArkRequestException("InvalidImageURL.EmptyURL", "image", "image is an empty array; leave it out, or give 1 or more image URLs.");
        }

        if (SeedreamRules.TooManyReferenceImages(modelId, images.Length, table.Limits.MaxReferenceImages) is string tooMany)
        {
            throw new ArkRequestException("InvalidParameter", "image", tooMany);
        }

        foreach (var (param, url) in images)
        {
            CheckImageUrl(param, url);
        }

        return images.Length;
    }

    private static void CheckImageUrl(string param, string url)
    {
        if (url.Trim().Length == 0)
        {
            throw new ArkRequestException("InvalidImageURL.EmptyURL", param, $"{param} is empty; give an http(s) URL or a data:image/<type>;base64,<data> URI.");
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var parsed))
        {
            throw new ArkRequestException("InvalidImageURL.InvalidFormat", param, $"{param} '{Head(url)}' is not an absolute URL; give an http(s) URL or a data:image/<type>;base64,<data> URI.");
        }

        if (parsed.Scheme is "http" or "https")
        {
            return;
        }

        if (!InlineImages.IsInline(parsed))
        {
            throw new ArkRequestException("InvalidImageURL.InvalidFormat", param, $"{param} '{Head(url)}' is a {parsed.Scheme}: URL; give an http(s) URL or a data:image/<type>;base64,<data> URI.");
        }

        const string Base64Marker = ";base64,";
        var marker = url.IndexOf(Base64Marker, StringComparison.OrdinalIgnoreCase);
        if (marker < 0 || url.IndexOf(',') != marker + Base64Marker.Length - 1)
        {
            throw new ArkRequestException("InvalidImageURL.InvalidFormat", param, $"{param} '{Head(url)}' is not Base64 image data; inline images are data:image/<type>;base64,<data>.");
        }

        var mediaType = url.Substring(InlineImages.Scheme.Length + 1, marker - InlineImages.Scheme.Length - 1);
        if (InlineImages.NotTaken(param, param, mediaType) is { } notTaken)
        {
            throw new ArkRequestException("InvalidImageURL.InvalidFormat", param, notTaken.Message);
        }
    }

    private static PixelSize Size(JObject request, string modelId, UpstreamModel model, SeedreamModelTable table)
    {
        var size = String(request, "size") ?? DefaultSize;
        var levels = string.Join(", ", table.Resolutions);
        if (table.Resolutions.Contains(size, StringComparer.Ordinal))
        {
            return UpstreamSizeRule.Map(LevelRatio, size, model.Limits);
        }

        if (!PixelSize.TryParse(size, out var exact))
        {
            throw new ArkRequestException(
                "InvalidParameter",
                "size",
                $"size '{size}' is neither a level {modelId} takes ({levels}) nor an exact WxH in pixels such as {DefaultSize}.");
        }

        if (!model.Limits.Allow(exact))
        {
            throw new ArkRequestException(
                "InvalidParameter",
                "size",
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"size {exact} ({exact.Pixels} pixels, width/height {exact.Aspect:0.###}) is outside what {modelId} makes: {model.Limits.MinPixels} to {model.Limits.MaxPixels} pixels, width/height from {model.Limits.MinAspect:0.####} to {model.Limits.MaxAspect:0.####}; or give a level ({levels})."));
        }

        return exact;
    }

    private static void Seed(JObject request)
    {
        var token = Present(request, "seed");
        if (token is not null && (token is not JValue { Value: long seed } || seed < -1 || seed > int.MaxValue))
        {
            throw new ArkRequestException("InvalidParameter", "seed", $"seed must be a whole number from -1 to {int.MaxValue}; it is {WireValue.Describe(token)}.");
        }
    }

    private static int MaxImages(JObject request, bool isSet, int references, string modelId, SeedreamModelTable table)
    {
        var maxTotal = table.Limits.MaxImageSetTotal;
        var options = Present(request, "sequential_image_generation_options");
        if (options is not null && options is not JObject)
        {
            throw new ArkRequestException(
                "InvalidParameter",
                "sequential_image_generation_options",
                $"sequential_image_generation_options must be an object such as {{\"max_images\": 4}}; it is {WireValue.Describe(options)}.");
        }

        var token = options is JObject fields ? Present(fields, "max_images") : null;
        if (token is null)
        {
            return isSet ? Math.Max(1, maxTotal - references) : 1;
        }

        const string Param = "sequential_image_generation_options.max_images";
        if (token is not JValue { Value: long max } || max < 1 || max > maxTotal)
        {
            throw new ArkRequestException("InvalidParameter", Param, $"{Param} must be a whole number from 1 to {maxTotal}; it is {WireValue.Describe(token)}.");
        }

        if (isSet && SeedreamRules.ImageSetTooLarge(modelId, references, (int)max, maxTotal) is not null)
        {
            throw new ArkRequestException(
                "InvalidParameter",
                Param,
                $"{references} reference images + {Param} {max} = {references + max}, but {modelId} makes sets of at most {maxTotal} images with their references; with {references} reference images, {Param} may be at most {Math.Max(0, maxTotal - references)}.");
        }

        return isSet ? (int)max : 1;
    }

    private static void PromptOptimization(JObject request, string modelId, SeedreamModelTable table, SeedreamModelCatalog catalog)
    {
        var token = Present(request, "optimize_prompt_options");
        if (token is null)
        {
            return;
        }

        if (token is not JObject options)
        {
            throw new ArkRequestException(
                "InvalidParameter",
                "optimize_prompt_options",
                $"optimize_prompt_options must be an object such as {{\"mode\": \"standard\"}}; it is {WireValue.Describe(token)}.");
        }

        TableEnum(options, "mode", "optimize_prompt_options.mode", modelId, table, catalog);
        Choice(options, "thinking", ThinkingModes, "optimize_prompt_options.thinking");
    }

    private static IReadOnlyList<string> Tools(JObject request, string modelId, SeedreamModelTable table, SeedreamModelCatalog catalog)
    {
        var token = Present(request, "tools");
        if (token is null)
        {
            return Array.Empty<string>();
        }

        var offered = table.Extras.Where(option => option.Kind == SeedreamExtraKind.Tool && option.Path == "tools").Select(option => option.Tool!).ToList();
        if (offered.Count == 0)
        {
            throw NotTaken("tools", modelId, catalog, WireValue.Describe(token));
        }

        var allowed = string.Join(", ", offered);
        if (token is not JArray array || array.Any(item => item is not JObject tool || tool["type"] is not JValue { Type: JTokenType.String }))
        {
            throw new ArkRequestException("InvalidParameter", "tools", $"tools must be an array of tools such as [{{\"type\": \"{offered[0]}\"}}]; it is {WireValue.Describe(token)}.");
        }

        var types = array.Select(item => (string)item["type"]!).ToList();
        if (types.FirstOrDefault(type => !offered.Contains(type, StringComparer.Ordinal)) is string unknown)
        {
            throw new ArkRequestException("InvalidParameter", "tools", $"tools item '{unknown}' is not a tool {modelId} takes; allowed tool types: {allowed}.");
        }

        return types;
    }

    /// <summary>A field whose values are the enum option of <paramref name="path"/> in the model's table; refused when the table has no such option.</summary>
    private static string? TableEnum(JObject fields, string name, string path, string modelId, SeedreamModelTable table, SeedreamModelCatalog catalog)
    {
        var token = Present(fields, name);
        if (token is null)
        {
            return null;
        }

        var option = table.Extras.FirstOrDefault(extra => extra.Kind == SeedreamExtraKind.Enum && extra.Path == path)
            ?? throw NotTaken(path, modelId, catalog, WireValue.Describe(token));
        var values = option.Values.Select(value => value.Value).ToList();
        if (token.Type != JTokenType.String || !values.Contains((string)token!, StringComparer.Ordinal))
        {
            throw new ArkRequestException("InvalidParameter", path, $"{path} '{WireValue.Describe(token)}' is not taken by {modelId}; allowed: {string.Join(", ", values)}.");
        }

        return (string)token!;
    }

    /// <summary>The refusal of a field the model does not take, naming the models that do.</summary>
    private static ArkRequestException NotTaken(string path, string modelId, SeedreamModelCatalog catalog, string given)
    {
        var takers = UpstreamModel.All
            .Where(model => catalog.Find(model.TableId) is { } table && table.Extras.Any(extra => extra.Path == path))
            .Select(model => model.Ids[0])
            .ToList();
        var hint = takers.Count > 0 ? $"; models that take it: {string.Join(", ", takers)}" : string.Empty;
        return new ArkRequestException("InvalidParameter", path, $"{path} ({given}) is not taken by {modelId}{hint}.");
    }

    private static string? Choice(JObject fields, string name, string[] allowed, string? param = null)
    {
        param ??= name;
        var token = Present(fields, name);
        if (token is null)
        {
            return null;
        }

        if (token.Type != JTokenType.String || !allowed.Contains((string)token!, StringComparer.Ordinal))
        {
            throw new ArkRequestException("InvalidParameter", param, $"{param} '{WireValue.Describe(token)}' is not allowed; allowed: {string.Join(", ", allowed)}.");
        }

        return (string)token!;
    }

    private static JToken? Present(JObject fields, string name)
    {
        var token = fields[name];
        return token is null || token.Type == JTokenType.Null ? null : token;
    }

    private static string? String(JObject fields, string name)
    {
        var token = Present(fields, name);
        if (token is not null && token.Type != JTokenType.String)
        {
            throw new ArkRequestException("InvalidParameter", name, $"{name} must be a string; it is {WireValue.Describe(token)}.");
        }

        return (string?)token;
    }

    private static bool? Boolean(JObject fields, string name)
    {
        var token = Present(fields, name);
        if (token is not null && token.Type != JTokenType.Boolean)
        {
            throw new ArkRequestException("InvalidParameter", name, $"{name} must be true or false; it is {WireValue.Describe(token)}.");
        }

        return (bool?)token;
    }

    private static string Head(string text) => text.Length <= 60 ? text : text.Substring(0, 60) + "…";
}
