using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Seedream.Emulator;
using Seedream.Testing.Cli;

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
    /// <param name="time">The emulator's clock: a fake one lets the test move a task on only once the CLI has shown what the test needs; the system clock when omitted.</param>
    public static Task<ConfiguredApi> StartAsync(TimeSpan queued, TimeSpan processing, TimeProvider? time = null) =>
        StartAsync(new EmulatorOptions { QueueDuration = queued, ProcessingDuration = processing }, time);

    /// <summary>Starts an emulator with <paramref name="options"/> and a key of its own.</summary>
    /// <param name="options">How the emulator behaves (failure rates, durations, …).</param>
    /// <param name="time">The emulator's clock; the system clock when omitted.</param>
    public static async Task<ConfiguredApi> StartAsync(EmulatorOptions options, TimeProvider? time = null)
    {
        options.ApiKey = "sk-cli-tests";
        return new ConfiguredApi(await SeedreamEmulator.StartAsync(options, time ?? TimeProvider.System));
    }

    /// <summary>
    /// Completes once the emulator has received <paramref name="count"/> status polls, failing after
    /// <see cref="CliProcess.Patience"/>. One client polls one task a poll at a time, so by then the polls before the
    /// last were answered.
    /// </summary>
    /// <param name="count">The polls to wait for.</param>
    /// <exception cref="TimeoutException">Fewer polls came within <see cref="CliProcess.Patience"/>.</exception>
    public async Task PolledAsync(int count)
    {
        var deadline = DateTime.UtcNow + CliProcess.Patience;
        while (Emulator.Counters.Polls < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The emulator received {Emulator.Counters.Polls} status polls within {CliProcess.Patience.TotalSeconds} s, not {count}.");
            }

            await Task.Delay(20);
        }
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
