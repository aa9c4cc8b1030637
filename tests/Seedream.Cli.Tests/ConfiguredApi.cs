using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Seedream.Emulator;

namespace Seedream.Cli.Tests;

/// <summary>
/// An emulator started by the test itself, which the CLI reaches through SEEDREAM_API_KEY and
/// SEEDREAM_BASE_URL (as it would the real API), plus a client to create and inspect tasks on it.
/// </summary>
internal sealed class ConfiguredApi : IAsyncDisposable
{
    private ConfiguredApi(SeedreamEmulator emulator)
    {
        Emulator = emulator;
        Client = new SeedreamClient(new SeedreamClientOptions { ApiKey = emulator.ApiKey, BaseUrl = emulator.BaseAddress });
        Environment = new Dictionary<string, string>
        {
            ["SEEDREAM_API_KEY"] = emulator.ApiKey,
            ["SEEDREAM_BASE_URL"] = emulator.BaseAddress.ToString(),
        };
    }

    /// <summary>The emulator.</summary>
    public SeedreamEmulator Emulator { get; }

    /// <summary>A client of the emulator, for the test's own requests.</summary>
    public SeedreamClient Client { get; }

    /// <summary>The environment that points the CLI at the emulator.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>Starts an emulator whose tasks stay queued for <paramref name="queued"/>, then process for <paramref name="processing"/>.</summary>
    /// <param name="queued">How long a task is queued (cancellable).</param>
    /// <param name="processing">How long it then processes before it completes.</param>
    public static Task<ConfiguredApi> StartAsync(TimeSpan queued, TimeSpan processing) =>
        StartAsync(new EmulatorOptions { QueueDuration = queued, ProcessingDuration = processing });

    /// <summary>Starts an emulator with <paramref name="options"/> and a key of its own.</summary>
    /// <param name="options">How the emulator behaves (failure rates, durations, …).</param>
    public static async Task<ConfiguredApi> StartAsync(EmulatorOptions options)
    {
        options.ApiKey = "sk-cli-tests";
        return new ConfiguredApi(await SeedreamEmulator.StartAsync(options));
    }

    /// <summary>Submits a small text-to-image task and returns its id.</summary>
    public async Task<string> SubmitAsync()
    {
        var handle = await Client.SubmitAsync(SeedreamRequest.ForModel("seedream-5.0").Prompt("a lighthouse at dusk").Size("16:9").Resolution("2K").Build());
        return handle.Id;
    }

    /// <summary>Stops the emulator.</summary>
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Emulator.DisposeAsync();
    }
}
