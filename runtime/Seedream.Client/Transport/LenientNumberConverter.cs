using System;
using System.Globalization;
using Newtonsoft.Json;

namespace Seedream.Transport;

/// <summary>
/// Reads a secondary number of a task answer (<c>progress</c>, a timestamp) in whatever shape a server
/// sends it: an integer, a float (<c>42.5</c>), a string (<c>"42"</c>, <c>"42%"</c>), or, for a timestamp,
/// an ISO-8601 date (read as Unix milliseconds; <see cref="SeedreamJson"/> leaves dates as strings). Any other shape, or a value out of range, is unknown
/// (<see langword="null"/>), so one odd field never hides the task's status and result. Never writes.
/// </summary>
internal sealed class LenientNumberConverter : JsonConverter
{
    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override bool CanConvert(Type objectType) => objectType == typeof(int?) || objectType == typeof(long?);

    /// <inheritdoc />
    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        var isTimestamp = objectType == typeof(long?);
        double? value;
        switch (reader.TokenType)
        {
            case JsonToken.Integer:
            case JsonToken.Float:
                // Integers beyond 64 bits arrive as BigInteger, which is not IConvertible.
                value = reader.Value is System.Numerics.BigInteger big ? (double)big : Convert.ToDouble(reader.Value, CultureInfo.InvariantCulture);
                break;
            case JsonToken.String:
                value = FromText(((string?)reader.Value)?.Trim(), isTimestamp);
                break;
            default:
                reader.Skip();
                value = null;
                break;
        }

        if (value is not double number || double.IsNaN(number) || double.IsInfinity(number))
        {
            return null;
        }

        if (isTimestamp)
        {
            return number >= long.MinValue && number <= long.MaxValue ? (long?)Math.Truncate(number) : null;
        }

        return number >= int.MinValue && number <= int.MaxValue ? (int?)(int)Math.Round(number, MidpointRounding.AwayFromZero) : null;
    }

    /// <inheritdoc />
    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) => throw new NotSupportedException("LenientNumberConverter only reads.");

    private static double? FromText(string? text, bool isTimestamp)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var numeric = text!.EndsWith("%", StringComparison.Ordinal) ? text.Substring(0, text.Length - 1).TrimEnd() : text;
        if (double.TryParse(numeric, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        return isTimestamp && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date.ToUnixTimeMilliseconds()
            : null;
    }
}
