using System;

namespace Seedream.Soak.Polling;

/// <summary>A polling schedule the harness compares: a name for the table and how it sets a client's polling options.</summary>
internal sealed record PollingVariant(string Name, Action<SeedreamPollingOptions> Configure)
{
    /// <summary>The client's defaults with progress followed (<see cref="SeedreamPollingOptions.FollowProgress"/>).</summary>
    public static readonly PollingVariant FollowingProgress = new("progress-following (default)", _ => { });

    /// <summary>The backoff alone, as before progress was followed: 2 s, ×1.5, at most 5 s, ±20 % jitter.</summary>
    public static readonly PollingVariant Backoff = new("backoff only (previous default)", polling => polling.FollowProgress = false);

    /// <summary>The variants of one run, the two the targets compare first.</summary>
    public static readonly PollingVariant[] All = { FollowingProgress, Backoff, Fixed(1), Fixed(2), Fixed(5) };

    /// <summary>A poll every <paramref name="seconds"/> seconds, without jitter or progress.</summary>
    public static PollingVariant Fixed(int seconds) => new(
        $"fixed {seconds} s",
        polling =>
        {
            polling.InitialDelay = TimeSpan.FromSeconds(seconds);
            polling.MaxDelay = TimeSpan.FromSeconds(seconds);
            polling.Multiplier = 1;
            polling.JitterRatio = 0;
            polling.FollowProgress = false;
        });
}
