using System;

namespace Seedream.Transport;

/// <summary>Reads the API's Unix timestamps, which arrive as 13-digit milliseconds or 10-digit seconds.</summary>
public static class UnixTimestamp
{
    // 10^11 seconds is the year 5138; 10^11 milliseconds is March 1973. Anything below is seconds.
    private const long MillisecondsThreshold = 100_000_000_000;

    /// <summary>Converts a timestamp in seconds or milliseconds to a <see cref="DateTimeOffset"/>.</summary>
    /// <param name="value">The raw value; <see langword="null"/> stays <see langword="null"/>.</param>
    public static DateTimeOffset? ToDateTimeOffset(long? value)
    {
        if (value is not long raw)
        {
            return null;
        }

        return Math.Abs(raw) < MillisecondsThreshold
            ? DateTimeOffset.FromUnixTimeSeconds(raw)
            : DateTimeOffset.FromUnixTimeMilliseconds(raw);
    }
}
