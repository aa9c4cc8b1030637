using System.Collections.Generic;

namespace Seedream.Emulator;

/// <summary>What a validated request's <c>extra</c> asks of the result: its encoding and whether it comes as Base64 instead of a link.</summary>
/// <param name="OutputFormat">PNG when <c>extra.output_format</c> is <c>png</c>; JPEG otherwise (the upstream default).</param>
/// <param name="Base64">Whether <c>extra.response_format</c> is <c>b64_json</c>.</param>
internal readonly record struct RequestedResult(ImageFormat OutputFormat, bool Base64)
{
    /// <summary>Reads the result's shape from a validated request's options.</summary>
    /// <param name="extras">The request's options inside <c>extra</c>, by dotted path.</param>
    public static RequestedResult From(IReadOnlyDictionary<string, object> extras) => new(
        extras.TryGetValue("output_format", out var format) && format as string == "png" ? ImageFormat.Png : ImageFormat.Jpeg,
        extras.TryGetValue("response_format", out var response) && response as string == "b64_json");
}
