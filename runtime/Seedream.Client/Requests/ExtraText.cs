using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Seedream;

/// <summary>
/// Reads options given as text (<c>Extra("stream", "true")</c>, as a command line gives them) by the kind the
/// model's table gives them: a switch becomes <see cref="bool"/>, a number <see cref="long"/> or <see cref="double"/>,
/// a tool path a list of tool types. Text that does not parse is left as text, for the validator to report.
/// </summary>
internal static class ExtraText
{
    /// <summary>The request with its text options read by <paramref name="table"/>'s kinds, and carrying <paramref name="table"/>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="table">The model's table.</param>
    public static SeedreamRequest Read(SeedreamRequest request, SeedreamModelTable table)
    {
        var extras = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var extra in request.Extras)
        {
            extras[extra.Key] = extra.Value is string text ? Read(table, extra.Key, text) : extra.Value;
        }

        return new SeedreamRequest(
            request.Model,
            table,
            request.Prompt,
            request.Size,
            request.Resolution,
            request.ReferenceImages,
            request.ImageCount,
            request.Watermark,
            request.CallbackUrl,
            request.CallbackEvents,
            extras);
    }

    private static object Read(SeedreamModelTable table, string path, string text)
    {
        var option = table.Extras.FirstOrDefault(o => o.Path == path);
        switch (option?.Kind)
        {
            case SeedreamExtraKind.Tool:
                return new[] { text };
            case SeedreamExtraKind.Bool when bool.TryParse(text, out var flag):
                return flag;
            case SeedreamExtraKind.Number when long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole):
                return whole;
            case SeedreamExtraKind.Number when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number):
                return number;
            default:
                return text;
        }
    }
}
