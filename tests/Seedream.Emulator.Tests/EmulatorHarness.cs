using System;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;
using Seedream.Transport;
using WireTask = Seedream.Transport.SeedreamTask;

namespace Seedream.Emulator.Tests;

/// <summary>
/// An emulator on a loopback port, driven by a fake clock, with a raw HTTP client (key set) and the
/// NSwag transport client aimed at it.
/// </summary>
internal sealed class EmulatorHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 4, 4, 6, 46, 0, TimeSpan.Zero);

    private EmulatorHarness(SeedreamEmulator emulator, FakeTimeProvider time)
    {
        Emulator = emulator;
        Time = time;
        Http = emulator.CreateHttpClient();
        Client = new SeedreamTasksClient(Http);
    }

    public SeedreamEmulator Emulator { get; }

    public FakeTimeProvider Time { get; }

    public HttpClient Http { get; }

    public SeedreamTasksClient Client { get; }

    public EmulatorCounters Counters => Emulator.Counters;

    /// <summary>
    /// Starts an emulator with 1 s in the queue and 4 s of processing, and upstream images made at once, unless
    /// <paramref name="configure"/> says otherwise.
    /// </summary>
    public static async Task<EmulatorHarness> StartAsync(Action<EmulatorOptions>? configure = null)
    {
        var options = new EmulatorOptions
        {
            ApiKey = "sk-test",
            QueueDuration = TimeSpan.FromSeconds(1),
            ProcessingDuration = TimeSpan.FromSeconds(4),
            SyncWait = TimeSpan.Zero,
            Webhook = new WebhookOptions { Backoff = TimeSpan.Zero },
            ModelArk = new ModelArkOptions { ImageDuration = TimeSpan.Zero },
        };
        configure?.Invoke(options);
        var time = new FakeTimeProvider(Start);
        var emulator = await SeedreamEmulator.StartAsync(options, time);
        return new EmulatorHarness(emulator, time);
    }

    public static CreateTaskRequest Request(string model = "seedream-5.0", string prompt = "一只柴犬穿宇航服站在月球上") => new()
    {
        Model = model,
        Prompt = prompt,
        Size = "16:9",
        Resolution = "2K",
        Watermark = false,
    };

    /// <summary>POSTs raw JSON text and answers the status and parsed body.</summary>
    public async Task<(int Status, JObject Body)> PostAsync(string path, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await Http.PostAsync(path, content);
        return ((int)response.StatusCode, JObject.Parse(await response.Content.ReadAsStringAsync()));
    }

    public async Task<(int Status, JObject Body)> GetAsync(string path)
    {
        using var response = await Http.GetAsync(path);
        return ((int)response.StatusCode, JObject.Parse(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>Creates a task and moves the clock past its end, answering the finished task.</summary>
    public async Task<WireTask> CompleteAsync(CreateTaskRequest request)
    {
        var created = await Client.CreateTaskAsync(request);
        Time.Advance(Emulator.Options.QueueDuration + Emulator.Options.ProcessingDuration);
        return await Client.GetTaskAsync(created.Task_id!);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Emulator.DisposeAsync();
    }
}
