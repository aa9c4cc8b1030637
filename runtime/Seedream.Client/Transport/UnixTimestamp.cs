using System;

namespace Seedream.Transport;

/// <summary>Reads the API's Unix timestamps, which arrive as 13-digit milliseconds or 10-digit seconds.</summary>
internal static class UnixTimestamp
{
    // 10^11 seconds is the year 5138; 10^11 milliseconds is March 1973. Anything below is seconds.
    private const long MillisecondsThreshold = 100_000_000_000;
    private const long MinMilliseconds = -62_135_596_800_000;
    private const long MaxMilliseconds = 253_402_300_799_999;

    /// <summary>Converts a timestamp in seconds or milliseconds to a <see cref="DateTimeOffset"/>.</summary>
    /// <param name="value">The raw value; <see langword="null"/>, and a value outside the years 1 to 9999, give <see langword="null"/>.</param>
    public static DateTimeOffset? ToDateTimeOffset(long? value)
    {
        if (value is not long raw)
        {
            return null;
        }

        // A value no DateTimeOffset can hold (e.g. 9223372036854775807 from a broken server) is unknown, not an exception.
        var milliseconds = raw > -MillisecondsThreshold && raw < MillisecondsThreshold ? raw * 1000 : raw;
        return milliseconds < MinMilliseconds || milliseconds > MaxMilliseconds ? null : DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
    }
}
