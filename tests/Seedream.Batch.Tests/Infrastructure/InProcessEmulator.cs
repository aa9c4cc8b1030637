using System;
using System.Threading.Tasks;
using Seedream.Batch.Running;
using Seedream.Emulator;

namespace Seedream.Batch.Tests.Infrastructure;

/// <summary>The emulator on a loopback port inside the test process, with quick tasks, and runners pointed at it.</summary>
internal static class InProcessEmulator
{
    /// <summary>Options for tasks that finish in about half a second.</summary>
    public static EmulatorOptions QuickOptions() => new()
    {
        QueueDuration = TimeSpan.FromMilliseconds(100),
        ProcessingDuration = TimeSpan.FromMilliseconds(300),
    };

    public static Task<SeedreamEmulator> StartAsync(EmulatorOptions? options = null) => SeedreamEmulator.StartAsync(options ?? QuickOptions());

    /// <summary>A runner whose client talks to <paramref name="emulator"/>, polling every 100–200 ms.</summary>
    public static BatchRunner Runner(SeedreamEmulator emulator) => new(ClientOptions(emulator));

    /// <summary>The client settings of <see cref="Runner"/>, to change before making a runner.</summary>
    public static SeedreamClientOptions ClientOptions(SeedreamEmulator emulator) => new()
    {
        ApiKey = emulator.ApiKey,
        BaseUrl = emulator.BaseAddress,
        Polling = { InitialDelay = TimeSpan.FromMilliseconds(100), MaxDelay = TimeSpan.FromMilliseconds(200) },
    };

    /// <summary>Run options for <paramref name="input"/> into <paramref name="output"/>, with short pauses between attempts.</summary>
    public static BatchRunOptions Options(string input, string output) => new()
    {
        InputPath = input,
        OutputDirectory = output,
        RetryPause = TimeSpan.FromMilliseconds(100),
    };
}
