using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace Seedream.Emulator;

/// <summary>
/// Checks the request's <c>extra</c> object against the model's extras: every leaf key path must be
/// one the model lists, and its value must fit the option's kind (enum value, boolean, number range,
/// tool list). Reads the two extras that change the emulator's answer: output and response format.
/// </summary>
internal static class ExtraOptionsValidator
{
    private const string OutputFormatPath = "output_format";
    private const string ResponseFormatPath = "response_format";
    private const string Base64ResponseFormat = "b64_json";
    private const string PngOutputFormat = "png";

    /// <summary>What the validated <c>extra</c> asks of the result.</summary>
    /// <param name="OutputFormat">PNG or JPEG (JPEG unless <c>output_format</c> is <c>png</c>).</param>
    /// <param name="Base64">Whether <c>response_format</c> is <c>b64_json</c>.</param>
    public readonly record struct ResultShape(ImageFormat OutputFormat, bool Base64);

    /// <summary>Validates <paramref name="extra"/> for <paramref name="model"/>.</summary>
    /// <param name="extra">The request's <c>extra</c> value, or <see langword="null"/> when absent.</param>
    /// <param name="model">The model the request is for.</param>
    /// <exception cref="InvalidRequestException">A key is not supported by the model, or a value is not allowed.</exception>
    public static ResultShape Validate(JToken? extra, SeedreamModelTable model)
    {
        if (extra is null || extra.Type == JTokenType.Null)
        {
            return new ResultShape(ImageFormat.Jpeg, Base64: false);
        }

        if (extra is not JObject root)
        {
            throw new InvalidRequestException($"extra must be an object, got {WireValue.Describe(extra)}.");
        }

        var format = ImageFormat.Jpeg;
        var base64 = false;
        foreach (var (path, value) in Leaves(root, prefix: string.Empty, model))
        {
            var options = model.Extras.Where(option => option.Path == path).ToList();
            CheckValue(path, value, options, model);
            if (path == OutputFormatPath)
            {
                format = (string)value! == PngOutputFormat ? ImageFormat.Png : ImageFormat.Jpeg;
            }
            else if (path == ResponseFormatPath)
            {
                base64 = (string)value! == Base64ResponseFormat;
            }
        }

        return new ResultShape(format, base64);
    }

    private static IEnumerable<(string Path, JToken Value)> Leaves(JObject node, string prefix, SeedreamModelTable model)
    {
        foreach (var property in node.Properties())
        {
            var path = prefix + property.Name;
            if (model.Extras.Any(option => option.Path == path))
            {
                yield return (path, property.Value);
            }
            else if (property.Value is JObject child && model.Extras.Any(option => option.Path.StartsWith(path + ".", StringComparison.Ordinal)))
            {
                foreach (var leaf in Leaves(child, path + ".", model))
                {
                    yield return leaf;
                }
            }
            else
            {
                throw new InvalidRequestException(
                    $"extra.{path} is not supported by {model.Id} (supported: {SupportedPaths(model)}).");
            }
        }
    }

    private static void CheckValue(string path, JToken value, IReadOnlyList<SeedreamExtraOption> options, SeedreamModelTable model)
    {
        var option = options[0];
        switch (option.Kind)
        {
            case SeedreamExtraKind.Enum:
                var allowed = option.Values.Select(v => v.Value).ToList();
                if (value.Type != JTokenType.String || !allowed.Contains((string)value!, StringComparer.Ordinal))
                {
                    throw new InvalidRequestException(
                        $"extra.{path} {WireValue.Describe(value)} is not supported by {model.Id} (allowed: {string.Join(", ", allowed)}).");
                }

                break;
            case SeedreamExtraKind.Bool:
                if (value.Type != JTokenType.Boolean)
                {
                    throw new InvalidRequestException($"extra.{path} must be true or false, got {WireValue.Describe(value)}.");
                }

                break;
            case SeedreamExtraKind.Number:
                CheckNumber(path, value, option, model);
                break;
            case SeedreamExtraKind.Tool:
                CheckTools(path, value, options, model);
                break;
            default:
                throw new InvalidOperationException($"The table of {model.Id} gives extra.{path} the kind {option.Kind}, which the emulator does not know.");
        }
    }

    private static void CheckNumber(string path, JToken value, SeedreamExtraOption option, SeedreamModelTable model)
    {
        var range = $"{Format(option.Minimum)} to {Format(option.Maximum)}";
        if (value.Type != JTokenType.Integer && value.Type != JTokenType.Float)
        {
            throw new InvalidRequestException($"extra.{path} must be a number, got {WireValue.Describe(value)} (allowed: {range}).");
        }

        var number = (double)value;
        if ((option.Minimum is double min && number < min) || (option.Maximum is double max && number > max))
        {
            throw new InvalidRequestException($"extra.{path} {WireValue.Describe(value)} is out of range for {model.Id} (allowed: {range}).");
        }
    }

    private static void CheckTools(string path, JToken value, IReadOnlyList<SeedreamExtraOption> options, SeedreamModelTable model)
    {
        var allowed = options.Select(option => option.Tool).OfType<string>().ToList();
        var shape = $"an array of {{\"type\": ...}} objects (allowed types: {string.Join(", ", allowed)})";
        if (value is not JArray tools)
        {
            throw new InvalidRequestException($"extra.{path} must be {shape}, got {WireValue.Describe(value)}.");
        }

        for (var i = 0; i < tools.Count; i++)
        {
            var type = (tools[i] as JObject)?["type"];
            if (type is null || type.Type != JTokenType.String)
            {
                throw new InvalidRequestException($"extra.{path}[{i}] must be {{\"type\": ...}}, got {WireValue.Describe(tools[i])} (allowed types: {string.Join(", ", allowed)}).");
            }

            if (!allowed.Contains((string)type!, StringComparer.Ordinal))
            {
                throw new InvalidRequestException(
                    $"extra.{path}[{i}].type {WireValue.Describe(type)} is not supported by {model.Id} (allowed: {string.Join(", ", allowed)}).");
            }
        }
    }

    private static string SupportedPaths(SeedreamModelTable model) =>
        model.Extras.Count == 0
            ? "no extra options"
            : string.Join(", ", model.Extras.Select(option => "extra." + option.Path).Distinct(StringComparer.Ordinal));

    private static string Format(double? bound) =>
        bound is double value ? value.ToString(CultureInfo.InvariantCulture) : "any";
}
