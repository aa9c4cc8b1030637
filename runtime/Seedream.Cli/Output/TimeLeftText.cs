using System;
using System.Globalization;

namespace Seedream.Cli.Output;

/// <summary>The client's estimate of a task's remaining time as progress displays print it.</summary>
internal static class TimeLeftText
{
    /// <summary>From this long on the estimate is given in whole minutes rather than seconds.</summary>
    private static readonly TimeSpan InMinutesFrom = TimeSpan.FromSeconds(90);

    /// <summary>
    /// The estimate, e.g. <c>about 12 s left</c> (seconds rounded up, at least 1) or <c>about 3 min left</c>
    /// (from 90 s on, rounded to the nearest minute); <see langword="null"/> when there is no estimate.
    /// </summary>
    /// <param name="estimatedTimeLeft">The update's <see cref="SeedreamTaskUpdate.EstimatedTimeLeft"/>.</param>
    public static string? Describe(TimeSpan? estimatedTimeLeft)
    {
        if (estimatedTimeLeft is not TimeSpan left)
        {
            return null;
        }

        return left >= InMinutesFrom
            ? "about " + Math.Round(left.TotalMinutes).ToString(CultureInfo.InvariantCulture) + " min left"
            : "about " + Math.Max(1, Math.Ceiling(left.TotalSeconds)).ToString(CultureInfo.InvariantCulture) + " s left";
    }
}
