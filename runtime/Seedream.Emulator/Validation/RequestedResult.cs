using Newtonsoft.Json.Linq;

namespace Seedream.Emulator;

/// <summary>What a validated request's <c>extra</c> asks of the result: its encoding and whether it comes as Base64 instead of a link.</summary>
/// <param name="OutputFormat">PNG when <c>extra.output_format</c> is <c>png</c>; JPEG otherwise (the upstream default).</param>
/// <param name="Base64">Whether <c>extra.response_format</c> is <c>b64_json</c>.</param>
internal readonly record struct RequestedResult(ImageFormat OutputFormat, bool Base64)
{
    /// <summary>Reads the result's shape from a validated <c>extra</c> object.</summary>
    /// <param name="extra">The request's <c>extra</c>, or <see langword="null"/>.</param>
    public static RequestedResult From(JObject? extra) => new(
        (string?)extra?["output_format"] == "png" ? ImageFormat.Png : ImageFormat.Jpeg,
        (string?)extra?["response_format"] == "b64_json");
}
