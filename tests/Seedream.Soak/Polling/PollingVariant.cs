using System;

namespace Seedream.Soak.Polling;

/// <summary>A polling schedule the harness compares: a name for the table and the options that make it.</summary>
internal sealed record PollingVariant(string Name, Func<SeedreamPollingOptions> Options)
{
    /// <summary>The client's defaults with progress followed (<see cref="SeedreamPollingOptions.FollowProgress"/>).</summary>
    public static readonly PollingVariant FollowingProgress = new("progress-following (default)", () => new SeedreamPollingOptions());

    /// <summary>The backoff alone, as before progress was followed: 2 s, ×1.5, at most 5 s, ±20 % jitter.</summary>
    public static readonly PollingVariant Backoff = new("backoff only (previous default)", () => new SeedreamPollingOptions { FollowProgress = false });

    /// <summary>The variants of one run, the two the targets compare first.</summary>
    public static readonly PollingVariant[] All = { FollowingProgress, Backoff, Fixed(1), Fixed(2), Fixed(5) };

    /// <summary>A poll every <paramref name="seconds"/> seconds, without jitter or progress.</summary>
    public static PollingVariant Fixed(int seconds) => new(
        $"fixed {seconds} s",
        () => new SeedreamPollingOptions
        {
            InitialDelay = TimeSpan.FromSeconds(seconds),
            MaxDelay = TimeSpan.FromSeconds(seconds),
            Multiplier = 1,
            JitterRatio = 0,
            FollowProgress = false,
        });
}
