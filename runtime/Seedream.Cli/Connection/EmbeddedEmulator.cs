using System;
using Seedream.Emulator;

namespace Seedream.Cli.Connection;

/// <summary>How the emulator runs inside a CLI command: quick tasks and quick polling, so a demo takes a couple of seconds.</summary>
internal static class EmbeddedEmulator
{
    /// <summary>The emulator's options: a free loopback port, half a second queued, a second and a half processing, quarter-size images.</summary>
    public static EmulatorOptions Options() => new()
    {
        QueueDuration = TimeSpan.FromMilliseconds(500),
        ProcessingDuration = TimeSpan.FromMilliseconds(1500),
        ImageScaleDown = 4,
    };

    /// <summary>Polling fitted to those durations (the provider's 2–5 s advice is for the real API).</summary>
    public static SeedreamPollingOptions Polling() => new()
    {
        InitialDelay = TimeSpan.FromMilliseconds(250),
        MaxDelay = TimeSpan.FromMilliseconds(500),
    };
}
