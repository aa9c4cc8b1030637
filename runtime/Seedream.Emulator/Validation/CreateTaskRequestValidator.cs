using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace Seedream.Emulator;

/// <summary>
/// Checks the JSON body of <c>POST /v1/tasks</c> and <c>/v1/tasks/sync</c>. The wire form is checked
/// here (JSON types the transport DTO cannot even hold, the only action); what the model accepts is
/// checked by <see cref="SeedreamRequestValidator"/>, the client's own (shared source), against the emulator's
/// <see cref="SeedreamModelCatalog"/>, so the emulator and the client reject the same requests with the same messages.
/// Unknown top-level keys are ignored, as the provider does.
/// </summary>
internal static class CreateTaskRequestValidator
{
    /// <summary>The hard bound on a prompt's length, in characters (UTF-16 code units): a longer one is a 400, whatever the model.</summary>
    public const int MaxPromptLength = 10_000;

    /// <summary>The hard bound on <c>callback_url</c>'s length, in characters: a task keeps its callback for its whole retention.</summary>
    public const int MaxCallbackUrlLength = 2_048;

    private const string PreferredSize = "1:1";
    private const string PreferredResolution = "2K";
    private const string GenerateAction = "generate";

    /// <summary>Validates <paramref name="body"/> and fills in the defaults.</summary>
    /// <param name="body">The parsed request body.</param>
    /// <param name="catalog">The model tables the request is checked against.</param>
    /// <exception cref="InvalidRequestException">The request is not acceptable; the message says which parameter, what was given and what is allowed.</exception>
    public static ValidatedRequest Validate(JToken body, SeedreamModelCatalog catalog)
    {
        if (body is not JObject request)
        {
            throw new InvalidRequestException($"The request body must be a JSON object, got {WireValue.TypeName(body)}.");
        }

        var action = String(request, "action") ?? GenerateAction;
        var model = String(request, "model") ?? string.Empty;
        var extras = Extra(request) is JObject extra ? ExtraReader.Read(extra) : new Dictionary<string, object>();
        var prompt = String(request, "prompt") ?? string.Empty;
        var size = String(request, "size");
        var resolution = String(request, "resolution");
        var imageUrls = ImageUrls(request) ?? new List<Uri>();
        var count = Count(request);

        // The watermark and the callback events change nothing here: only their JSON types are checked.
        _ = Boolean(request, "watermark");
        var callbackUrl = CallbackUrl(request);
        _ = Strings(request, "callback_events");
        var wanted = new RequestFields(model, prompt, size, resolution, imageUrls, count, callbackUrl, extras);

        if (wanted.Prompt.Length > MaxPromptLength)
        {
            throw new InvalidRequestException($"prompt has {wanted.Prompt.Length} characters; the most accepted is {MaxPromptLength} (the models recommend far fewer).");
        }

        if (action != GenerateAction)
        {
            throw new InvalidRequestException($"action '{action}' is not supported; allowed: {GenerateAction}.");
        }

        var table = catalog.Find(model);
        var problems = SeedreamRequestValidator.FindProblems(wanted, table, catalog);
        if (problems.Count > 0)
        {
            throw new InvalidRequestException(string.Join(" ", problems.Select(problem => problem.Message)));
        }

        var result = RequestedResult.From(wanted.Extras);
        return new ValidatedRequest(
            table!,
            action,
            PromptImageRenderer.Digest(wanted.Prompt),
            wanted.Size ?? Preferred(table!.Sizes, PreferredSize),
            wanted.Resolution ?? Preferred(table!.Resolutions, PreferredResolution),
            wanted.ImageCount ?? 1,
            wanted.CallbackUrl,
            result.OutputFormat,
            result.Base64);
    }

    private static string Preferred(IReadOnlyList<string> listed, string preferred) =>
        listed.Contains(preferred, StringComparer.Ordinal) ? preferred : listed[0];

    private static JToken? Present(JObject request, string name)
    {
        var token = request[name];
        return token is null || token.Type == JTokenType.Null ? null : token;
    }

    private static string? String(JObject request, string name)
    {
        var token = Present(request, name);
        if (token is not null && token.Type != JTokenType.String)
        {
            throw new InvalidRequestException($"{name} must be a string; it is {WireValue.Describe(token)}.");
        }

        return (string?)token;
    }

    private static bool? Boolean(JObject request, string name)
    {
        var token = Present(request, name);
        if (token is not null && token.Type != JTokenType.Boolean)
        {
            throw new InvalidRequestException($"{name} must be true or false; it is {WireValue.Describe(token)}.");
        }

        return (bool?)token;
    }

    private static int? Count(JObject request)
    {
        var token = Present(request, "n");
        if (token is null)
        {
            return null;
        }

        // An integer beyond long is read as a BigInteger, which (long)token cannot convert (OverflowException, a 500).
        if (token is not JValue { Value: long number } || number < int.MinValue || number > int.MaxValue)
        {
            throw new InvalidRequestException($"n must be a whole number of 1 or more; it is {WireValue.Describe(token)}.");
        }

        return (int)number;
    }

    private static List<string>? Strings(JObject request, string name)
    {
        var token = Present(request, name);
        if (token is null)
        {
            return null;
        }

        if (token is not JArray array || array.Any(item => item.Type != JTokenType.String))
        {
            throw new InvalidRequestException($"{name} must be an array of strings; it is {WireValue.Describe(token)}.");
        }

        return array.Select(item => (string)item!).ToList();
    }

    private static List<Uri>? ImageUrls(JObject request)
    {
        var strings = Strings(request, "image_urls");
        return strings?.Select((text, index) => Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out var url)
            ? url
            : throw new InvalidRequestException($"image_urls[{index}] '{text}' is not a URL.")).ToList();
    }

    private static Uri? CallbackUrl(JObject request)
    {
        var text = String(request, "callback_url");
        if (text is null)
        {
            return null;
        }

        if (text.Length > MaxCallbackUrlLength)
        {
            throw new InvalidRequestException($"callback_url has {text.Length} characters; the most accepted is {MaxCallbackUrlLength}.");
        }

        return Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out var url)
            ? url
            : throw new InvalidRequestException($"callback_url '{text}' is not a URL; it must be an absolute http or https URL.");
    }

    private static JObject? Extra(JObject request)
    {
        var token = Present(request, "extra");
        if (token is not null && token is not JObject)
        {
            throw new InvalidRequestException($"extra must be a JSON object of model options; it is {WireValue.Describe(token)}.");
        }

        return (JObject?)token;
    }
}
