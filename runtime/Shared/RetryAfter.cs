using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;

namespace Seedream.Http;

/// <summary>
/// Reads the <c>Retry-After</c> header, given as seconds or as an HTTP date. Whatever a server sends, the
/// answer is <see langword="null"/> (unreadable: <c>NaN</c>, <c>Infinity</c>, hex, words) or a wait between
/// zero and <see cref="Longest"/>; an absurd wait is clamped there, which is longer than any retry policy
/// accepts, so the caller gives up instead of sleeping for a year.
/// </summary>
internal static class RetryAfter
{
    /// <summary>The longest wait ever reported: one day.</summary>
    public static readonly TimeSpan Longest = TimeSpan.FromDays(1);

    private const string HeaderName = "Retry-After";

    public static TimeSpan? From(IReadOnlyDictionary<string, IEnumerable<string>>? headers, DateTimeOffset now)
    {
        if (headers is null)
        {
            return null;
        }

        foreach (var header in headers)
        {
            if (string.Equals(header.Key, HeaderName, StringComparison.OrdinalIgnoreCase))
            {
                return Parse(header.Value?.FirstOrDefault(), now);
            }
        }

        return null;
    }

    public static TimeSpan? From(HttpResponseMessage response, DateTimeOffset now)
    {
        var value = response.Headers.RetryAfter;
        if (value is null)
        {
            return null;
        }

        if (value.Delta is TimeSpan delta)
        {
            return Clamp(delta);
        }

        return value.Date is DateTimeOffset date ? Clamp(date - now) : null;
    }

    public static TimeSpan? Parse(string? value, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value!.Trim();
        if (double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds))
        {
            if (double.IsNaN(seconds) || double.IsInfinity(seconds))
            {
                return null;
            }

            return seconds <= 0 ? TimeSpan.Zero : seconds >= Longest.TotalSeconds ? Longest : TimeSpan.FromSeconds(seconds);
        }

        return DateTimeOffset.TryParseExact(text, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? Clamp(date - now)
            : null;
    }

    private static TimeSpan Clamp(TimeSpan value) => value < TimeSpan.Zero ? TimeSpan.Zero : value > Longest ? Longest : value;
}
