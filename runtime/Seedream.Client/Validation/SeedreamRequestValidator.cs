using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Seedream.Transport;

namespace Seedream;

/// <summary>
/// Checks a request against its model's table in <see cref="SeedreamModelCatalog"/> before anything is sent:
/// the model, size, resolution, reference images, <c>n</c> and the image-set total, the callback URL, and
/// every key inside <c>extra</c> (dotted paths, tool arrays, enum values, booleans, number ranges).
/// Each problem names the parameter, the value given and the values allowed.
/// </summary>
public static class SeedreamRequestValidator
{
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(SeedreamJson.CreateSettings());

    /// <summary>Throws when <paramref name="request"/> does not fit its model's table.</summary>
    /// <param name="request">The request to check.</param>
    /// <exception cref="SeedreamValidationException">Lists every problem found.</exception>
    public static void Validate(CreateTaskRequest request)
    {
        var problems = FindProblems(request);
        if (problems.Count > 0)
        {
            throw new SeedreamValidationException(problems);
        }
    }

    /// <summary>Every way <paramref name="request"/> does not fit its model's table; empty when it fits.</summary>
    /// <param name="request">The request to check.</param>
    public static IReadOnlyList<SeedreamValidationProblem> FindProblems(CreateTaskRequest request)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        var problems = new List<SeedreamValidationProblem>();
        var knownModels = string.Join(", ", SeedreamModelCatalog.All.Select(t => t.Id));
        var table = string.IsNullOrWhiteSpace(request.Model) ? null : SeedreamModelCatalog.Find(request.Model);
        if (table is null)
        {
            problems.Add(new SeedreamValidationProblem(
                "model",
                request.Model,
                knownModels,
                string.IsNullOrWhiteSpace(request.Model)
                    ? $"model is required; known models: {knownModels}."
                    : $"model '{request.Model}' is not known; known models: {knownModels}."));
        }

        if (string.IsNullOrWhiteSpace(request.Prompt))
        {
            problems.Add(new SeedreamValidationProblem("prompt", request.Prompt, "a non-empty text", "prompt is required and must not be empty."));
        }

        if (table is null)
        {
            return problems;
        }

        var model = table.Id;
        CheckListed(problems, model, "size", request.Size, table.Sizes);
        CheckListed(problems, model, "resolution", request.Resolution, table.Resolutions);
        var references = CheckReferenceImages(problems, model, request.Image_urls, table.Limits);
        CheckCount(problems, model, request.N, references, table.Limits);
        CheckCallback(problems, request.Callback_url);
        CheckExtra(problems, table, request.Extra);
        return problems;
    }

    private static void CheckListed(List<SeedreamValidationProblem> problems, string model, string parameter, string? value, IReadOnlyList<string> allowed)
    {
        if (value is null || allowed.Contains(value, StringComparer.Ordinal))
        {
            return;
        }

        var list = string.Join(", ", allowed);
        problems.Add(new SeedreamValidationProblem(parameter, value, list, $"{parameter} '{value}' is not supported by {model}; allowed: {list}."));
    }

    private static int CheckReferenceImages(List<SeedreamValidationProblem> problems, string model, List<Uri>? urls, SeedreamModelLimits limits)
    {
        if (urls is null)
        {
            return 0;
        }

        if (urls.Count > limits.MaxReferenceImages)
        {
            problems.Add(new SeedreamValidationProblem(
                "image_urls",
                urls.Count.ToString(CultureInfo.InvariantCulture) + " images",
                "at most " + limits.MaxReferenceImages,
                $"image_urls has {urls.Count} reference images; {model} accepts at most {limits.MaxReferenceImages}."));
        }

        for (var i = 0; i < urls.Count; i++)
        {
            if (urls[i] is null || !urls[i].IsAbsoluteUri)
            {
                problems.Add(new SeedreamValidationProblem(
                    $"image_urls[{i}]",
                    urls[i]?.OriginalString,
                    "an absolute URL",
                    $"image_urls[{i}] '{urls[i]?.OriginalString}' is not an absolute URL."));
            }
        }

        return urls.Count;
    }

    private static void CheckCount(List<SeedreamValidationProblem> problems, string model, int? n, int references, SeedreamModelLimits limits)
    {
        if (n is not int count)
        {
            return;
        }

        if (count < 1)
        {
            problems.Add(new SeedreamValidationProblem("n", count.ToString(CultureInfo.InvariantCulture), "1 or more", $"n is {count}; it must be 1 or more."));
            return;
        }

        if (count > 1 && references + count > limits.MaxImageSetTotal)
        {
            var allowed = Math.Max(0, limits.MaxImageSetTotal - references);
            problems.Add(new SeedreamValidationProblem(
                "n",
                count.ToString(CultureInfo.InvariantCulture),
                "at most " + allowed,
                $"n is {count} with {references} reference images: {references + count} in all, over {model}'s image-set limit of {limits.MaxImageSetTotal} (reference images + generated images); n may be at most {allowed}."));
        }
    }

    private static void CheckCallback(List<SeedreamValidationProblem> problems, Uri? callback)
    {
        if (callback is null)
        {
            return;
        }

        if (!callback.IsAbsoluteUri || (callback.Scheme != Uri.UriSchemeHttps && callback.Scheme != Uri.UriSchemeHttp))
        {
            problems.Add(new SeedreamValidationProblem("callback_url", callback.OriginalString, "an absolute http or https URL", $"callback_url '{callback.OriginalString}' must be an absolute http or https URL."));
        }
    }

    private static void CheckExtra(List<SeedreamValidationProblem> problems, SeedreamModelTable table, object? extra)
    {
        if (extra is null)
        {
            return;
        }

        var token = extra as JToken ?? JToken.FromObject(extra, Serializer);
        if (token.Type == JTokenType.Null)
        {
            return;
        }

        if (token is not JObject obj)
        {
            problems.Add(new SeedreamValidationProblem("extra", Show(token), "a JSON object", $"extra must be a JSON object of model options; it is a {token.Type}."));
            return;
        }

        CheckObject(problems, table, obj, string.Empty);
    }

    private static void CheckObject(List<SeedreamValidationProblem> problems, SeedreamModelTable table, JObject obj, string prefix)
    {
        foreach (var property in obj.Properties())
        {
            var path = prefix + property.Name;
            var option = table.Extras.FirstOrDefault(o => o.Kind != SeedreamExtraKind.Tool && o.Path == path);
            var tools = table.Extras.Where(o => o.Kind == SeedreamExtraKind.Tool && o.Path == path).ToList();
            if (option is not null)
            {
                CheckValue(problems, table.Id, option, property.Value);
            }
            else if (tools.Count > 0)
            {
                CheckTools(problems, table.Id, path, property.Value, tools);
            }
            else if (property.Value is JObject nested && table.Extras.Any(o => o.Path.StartsWith(path + ".", StringComparison.Ordinal)))
            {
                CheckObject(problems, table, nested, path + ".");
            }
            else
            {
                problems.Add(UnknownExtra(table, path, property.Value));
            }
        }
    }

    private static void CheckValue(List<SeedreamValidationProblem> problems, string model, SeedreamExtraOption option, JToken value)
    {
        var parameter = "extra." + option.Path;
        switch (option.Kind)
        {
            case SeedreamExtraKind.Enum:
                var values = option.Values.Select(v => v.Value).ToList();
                if (value.Type != JTokenType.String || !values.Contains((string)value!, StringComparer.Ordinal))
                {
                    var list = string.Join(", ", values);
                    problems.Add(new SeedreamValidationProblem(parameter, Show(value), list, $"{parameter} '{Show(value)}' is not supported by {model}; allowed: {list}."));
                }

                break;
            case SeedreamExtraKind.Bool:
                if (value.Type != JTokenType.Boolean)
                {
                    problems.Add(new SeedreamValidationProblem(parameter, Show(value), "true or false", $"{parameter} must be true or false; it is '{Show(value)}'."));
                }

                break;
            case SeedreamExtraKind.Number:
                var range = DescribeRange(option);
                if ((value.Type != JTokenType.Integer && value.Type != JTokenType.Float) ||
                    (option.Minimum is double min && (double)value < min) ||
                    (option.Maximum is double max && (double)value > max))
                {
                    problems.Add(new SeedreamValidationProblem(parameter, Show(value), range, $"{parameter} is '{Show(value)}'; {model} accepts {range}."));
                }

                break;
        }
    }

    private static void CheckTools(List<SeedreamValidationProblem> problems, string model, string path, JToken value, List<SeedreamExtraOption> tools)
    {
        var parameter = "extra." + path;
        var allowed = string.Join(", ", tools.Select(t => t.Tool));
        if (value is not JArray items)
        {
            problems.Add(new SeedreamValidationProblem(parameter, Show(value), $"an array of {{\"type\": …}} with type one of: {allowed}", $"{parameter} must be an array such as [{{\"type\": \"{tools[0].Tool}\"}}]; it is '{Show(value)}'."));
            return;
        }

        foreach (var item in items)
        {
            var type = item is JObject tool && tool["type"] is JToken t && t.Type == JTokenType.String ? (string)t! : null;
            if (type is null || !tools.Any(o => o.Tool == type))
            {
                problems.Add(new SeedreamValidationProblem(parameter, Show(item), allowed, $"{parameter} item '{Show(item)}' is not a tool {model} supports; allowed tool types: {allowed}."));
            }
        }
    }

    private static SeedreamValidationProblem UnknownExtra(SeedreamModelTable table, string path, JToken value)
    {
        var parameter = "extra." + path;
        var supported = table.Extras.Count == 0 ? "none" : string.Join(", ", table.Extras.Select(o => o.Path).Distinct());
        var elsewhere = SeedreamModelCatalog.All.Where(t => t.Id != table.Id && t.Extras.Any(o => o.Path == path)).Select(t => t.Id).ToList();
        var hint = elsewhere.Count > 0 ? $" ({path} is supported by {string.Join(", ", elsewhere)})" : string.Empty;
        return new SeedreamValidationProblem(parameter, Show(value), supported, $"{parameter} is not supported by {table.Id}{hint}; its extras: {supported}.");
    }

    private static string DescribeRange(SeedreamExtraOption option)
    {
        string Format(double d) => d.ToString("0.###", CultureInfo.InvariantCulture);
        if (option.Minimum is double min && option.Maximum is double max)
        {
            return $"a number from {Format(min)} to {Format(max)}";
        }

        return option.Minimum is double low ? $"a number of at least {Format(low)}" : option.Maximum is double high ? $"a number of at most {Format(high)}" : "a number";
    }

    private static string Show(JToken value) => value.Type switch
    {
        JTokenType.String => (string)value!,
        JTokenType.Float => ((double)value).ToString("R", CultureInfo.InvariantCulture),
        _ => value.ToString(Formatting.None),
    };
}
