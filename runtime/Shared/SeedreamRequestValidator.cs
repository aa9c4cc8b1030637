using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Seedream.Rules;

namespace Seedream;

/// <summary>
/// Checks a request against its model's table: the model, prompt, size, resolution, reference images (<c>data:</c>
/// ones within <see cref="InlineImages"/>' limits), <c>n</c> and the image-set total, the callback URL, and every option
/// inside <c>extra</c> (dotted paths, tool arrays, enum values, switches, number ranges). The rules themselves are
/// <see cref="SeedreamRules"/>, shared with the analyzers. Each problem names the parameter, the value given and the
/// values allowed. Compiled into the client (before anything is sent) and the emulator (for what arrives), so both
/// refuse the same requests with the same words.
/// </summary>
internal static partial class SeedreamRequestValidator
{
    /// <summary>Every way <paramref name="request"/> does not fit <paramref name="table"/>; empty when it fits.</summary>
    /// <param name="request">The request's fields, its options inside <c>extra</c> already typed (text, switch, number, tool list).</param>
    /// <param name="table">The model's table; <see langword="null"/> when the model is unknown.</param>
    /// <param name="catalog">The models named in the problems' hints.</param>
    public static IReadOnlyList<SeedreamValidationProblem> FindProblems(RequestFields request, SeedreamModelTable? table, SeedreamModelCatalog catalog)
    {
        var problems = new List<SeedreamValidationProblem>();
        if (table is null)
        {
            var known = string.Join(", ", catalog.All.Select(t => t.Id));
            problems.Add(new SeedreamValidationProblem(
                "model",
                request.Model,
                known,
                string.IsNullOrWhiteSpace(request.Model) ? $"model is required; known models: {known}." : $"model '{request.Model}' is not known; known models: {known}."));
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
        CheckReferenceImages(problems, model, request.ReferenceImages, table.Limits);
        CheckCount(problems, model, request.ImageCount, request.ReferenceImages.Count, table.Limits);
        if (request.CallbackUrl is Uri callback && SeedreamRules.CallbackUrlNotHttp(callback.IsAbsoluteUri ? callback.AbsoluteUri : callback.OriginalString) is string callbackProblem)
        {
            problems.Add(new SeedreamValidationProblem("callback_url", callback.OriginalString, "an absolute http or https URL", callbackProblem));
        }

        foreach (var extra in request.Extras)
        {
            CheckExtra(problems, table, catalog, extra.Key, extra.Value);
        }

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

    private static void CheckReferenceImages(List<SeedreamValidationProblem> problems, string model, IReadOnlyList<Uri> urls, SeedreamModelLimits limits)
    {
        if (SeedreamRules.TooManyReferenceImages(model, urls.Count, limits.MaxReferenceImages) is string tooMany)
        {
            problems.Add(new SeedreamValidationProblem("image_urls", Text(urls.Count) + " images", "at most " + Text(limits.MaxReferenceImages), tooMany));
        }

        for (var i = 0; i < urls.Count; i++)
        {
            if (urls[i] is null || !urls[i].IsAbsoluteUri)
            {
                problems.Add(new SeedreamValidationProblem($"image_urls[{i}]", urls[i]?.OriginalString, "an absolute URL", $"image_urls[{i}] '{urls[i]?.OriginalString}' is not an absolute URL."));
            }
        }

        InlineImages.Check(problems, model, urls, limits);
    }

    private static void CheckCount(List<SeedreamValidationProblem> problems, string model, int? n, int references, SeedreamModelLimits limits)
    {
        if (n is not int count)
        {
            return;
        }

        if (SeedreamRules.ImageCountBelowOne(count) is string belowOne)
        {
            problems.Add(new SeedreamValidationProblem("n", Text(count), "1 or more", belowOne));
        }
        else if (SeedreamRules.ImageSetTooLarge(model, references, count, limits.MaxImageSetTotal) is string tooLarge)
        {
            problems.Add(new SeedreamValidationProblem("n", Text(count), "at most " + Text(Math.Max(0, limits.MaxImageSetTotal - references)), tooLarge));
        }
    }

    private static void CheckExtra(List<SeedreamValidationProblem> problems, SeedreamModelTable table, SeedreamModelCatalog catalog, string path, object value)
    {
        var parameter = "extra." + path;
        var option = table.Extras.FirstOrDefault(o => o.Kind != SeedreamExtraKind.Tool && o.Path == path);
        var tools = table.Extras.Where(o => o.Kind == SeedreamExtraKind.Tool && o.Path == path).ToList();
        if (option is not null)
        {
            CheckValue(problems, table.Id, option, parameter, value);
        }
        else if (tools.Count > 0)
        {
            CheckTools(problems, table.Id, parameter, value, tools);
        }
        else
        {
            var supported = table.Extras.Count == 0 ? "none" : string.Join(", ", table.Extras.Select(o => o.Path).Distinct());
            var elsewhere = catalog.All.Where(t => t.Id != table.Id && t.Extras.Any(o => o.Path == path)).Select(t => t.Id).ToList();
            var hint = elsewhere.Count > 0 ? $" ({path} is supported by {string.Join(", ", elsewhere)})" : string.Empty;
            problems.Add(new SeedreamValidationProblem(parameter, Show(value), supported, $"{parameter} is not supported by {table.Id}{hint}; its extras: {supported}."));
        }
    }

    private static void CheckValue(List<SeedreamValidationProblem> problems, string model, SeedreamExtraOption option, string parameter, object value)
    {
        switch (option.Kind)
        {
            case SeedreamExtraKind.Enum:
                var values = option.Values.Select(v => v.Value).ToList();
                if (value is not string text || !values.Contains(text, StringComparer.Ordinal))
                {
                    var list = string.Join(", ", values);
                    problems.Add(new SeedreamValidationProblem(parameter, Show(value), list, $"{parameter} '{Show(value)}' is not supported by {model}; allowed: {list}."));
                }

                break;
            case SeedreamExtraKind.Bool:
                if (value is not bool)
                {
                    problems.Add(new SeedreamValidationProblem(parameter, Show(value), "true or false", $"{parameter} must be true or false; it is '{Show(value)}'."));
                }

                break;
            case SeedreamExtraKind.Number:
                var range = SeedreamRules.Range(option.Minimum, option.Maximum);
                var number = value switch
                {
                    double d => d,
                    long l => l,
                    _ => (double?)null,
                };
                var problem = number is double given
                    ? SeedreamRules.NumberOutOfRange(model, parameter, given, option.Minimum, option.Maximum)
                    : $"{parameter} is '{Show(value)}'; {model} accepts {range}.";
                if (problem is not null)
                {
                    problems.Add(new SeedreamValidationProblem(parameter, Show(value), range, problem));
                }

                break;
        }
    }

    private static void CheckTools(List<SeedreamValidationProblem> problems, string model, string parameter, object value, List<SeedreamExtraOption> tools)
    {
        var allowed = string.Join(", ", tools.Select(t => t.Tool));
        if (value is not IReadOnlyList<string> types)
        {
            problems.Add(new SeedreamValidationProblem(parameter, Show(value), $"a list of tool types, each one of: {allowed}", $"{parameter} must be a list of tools such as [{{\"type\": \"{tools[0].Tool}\"}}]; it is '{Show(value)}'."));
            return;
        }

        foreach (var type in types)
        {
            if (!tools.Any(o => o.Tool == type))
            {
                problems.Add(new SeedreamValidationProblem(parameter, type, allowed, $"{parameter} item '{type}' is not a tool {model} supports; allowed tool types: {allowed}."));
            }
        }
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A value the way problems quote it: text as is, numbers in invariant culture, lists in brackets.</summary>
    private static string Show(object value) => value switch
    {
        string text => text,
        bool flag => flag ? "true" : "false",
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        long number => number.ToString(CultureInfo.InvariantCulture),
        IReadOnlyList<string> list => "[" + string.Join(", ", list) + "]",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
