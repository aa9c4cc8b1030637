using Newtonsoft.Json;

namespace Seedream.Emulator;

/// <summary>Writes a wire DTO (generated from the spec) as the API answers: the spec's JSON names, fields without a value left out.</summary>
internal static class WireText
{
    private static readonly JsonSerializerSettings Settings = new() { NullValueHandling = NullValueHandling.Ignore };

    /// <summary>The JSON text of <paramref name="dto"/>.</summary>
    /// <param name="dto">An answer, task or error envelope of the wire.</param>
    public static string Of(object dto) => JsonConvert.SerializeObject(dto, Settings);
}
