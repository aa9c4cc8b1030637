using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;
using Xunit;

namespace Seedream.Emulator.Tests;

/// <summary>
/// The README's webhook receiver, compiled as written and run on a loopback port against the emulator as the provider:
/// deliveries that come early, are forged, repeat or fail never cost the real result.
/// </summary>
public sealed class ReadmeWebhookReceiverTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Backoff = TimeSpan.FromMinutes(1);

    private readonly string _imagesFolder = Path.Combine(Path.GetTempPath(), "seedream-readme-receiver-" + Guid.NewGuid().ToString("N"));
    private readonly SavedTasks _saved = new();
    private readonly HttpClient _forger = new();
    private FakeTimeProvider _time = null!;
    private SeedreamEmulator _emulator = null!;
    private SeedreamClient _client = null!;
    private WebApplication _receiver = null!;
    private Uri _callback = null!;

    public async Task InitializeAsync()
    {
        // The clock starts now: the client that saves the images checks their links' expiry by the real clock.
        _time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var options = new EmulatorOptions { QueueDuration = TimeSpan.FromSeconds(1), ProcessingDuration = TimeSpan.FromSeconds(4) };
        options.Webhook.Backoff = Backoff;
        _emulator = await SeedreamEmulator.StartAsync(options, _time);
        _client = new SeedreamClient(new SeedreamClientOptions { ApiKey = _emulator.ApiKey, BaseUrl = _emulator.BaseAddress });

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton(_client);
        builder.Services.AddSingleton<ISavedTasks>(_saved);
        _receiver = builder.Build();
        ReadmeWebhookReceiver.Map(_receiver, _imagesFolder);
        await _receiver.StartAsync();
        _callback = new Uri(new Uri(_receiver.Urls.First()), "/seedream/callback");
    }

    public async Task DisposeAsync()
    {
        await _receiver.DisposeAsync();
        _client.Dispose();
        _forger.Dispose();
        await _emulator.DisposeAsync();
        if (Directory.Exists(_imagesFolder))
        {
            Directory.Delete(_imagesFolder, recursive: true);
        }
    }

    [Fact]
    public async Task EarlyAndForgedDeliveries_AreAcknowledged_SaveNothing_AndTheRealDeliverySaves()
    {
        using var attacker = new RawResponder("HTTP/1.1 200 OK\nContent-Type: image/png\nContent-Length: 0");
        var id = await CreateTaskAsync();
        _time.Advance(TimeSpan.FromSeconds(2));
        var processing = await TaskJsonAsync(id);
        var claimsCompleted = (JObject)processing.DeepClone();
        claimsCompleted["status"] = "completed";
        claimsCompleted["progress"] = 100;
        claimsCompleted["result"] = JObject.FromObject(new { images = new[] { new { url = attacker.Url.AbsoluteUri } } });
        var unknownTask = (JObject)claimsCompleted.DeepClone();
        unknownTask["task_id"] = "task-forged";

        var early = await DeliverAsync(processing.ToString());
        var forgedEarly = await DeliverAsync(claimsCompleted.ToString());
        var forgedId = await DeliverAsync(unknownTask.ToString());
        var twoIds = await DeliverAsync($$"""{"task_id":"task-forged","status":"completed","task_id":"{{id}}"}""");
        var savedBeforeTheEnd = Directory.Exists(_imagesFolder) ? Directory.GetFiles(_imagesFolder).Length : 0;
        _time.Advance(TimeSpan.FromSeconds(3));
        var attempts = await _emulator.WhenWebhookSettledAsync(id).WaitAsync(Patience);

        Assert.Equal((200, 200, 404, 400), (early, forgedEarly, forgedId, twoIds));
        Assert.Equal(0, savedBeforeTheEnd);
        Assert.Equal(0, attacker.Requests);
        Assert.Equal(200, Assert.Single(attempts).StatusCode);
        await AssertSavedAsync(id);
    }

    [Fact]
    public async Task RepeatedDelivery_OfASavedTask_IsAcknowledged_WithoutReadingOrSavingAgain()
    {
        var id = await CreateTaskAsync();
        _time.Advance(TimeSpan.FromSeconds(5));
        await _emulator.WhenWebhookSettledAsync(id).WaitAsync(Patience);
        var finished = await TaskJsonAsync(id);
        var (polls, files) = (_emulator.Counters.Polls, _emulator.Counters.FilesServed);

        var repeats = new[] { await DeliverAsync(finished.ToString()), await DeliverAsync(finished.ToString()) };

        Assert.Equal(new[] { 200, 200 }, repeats);
        Assert.Equal((polls, files), (_emulator.Counters.Polls, _emulator.Counters.FilesServed));
        await AssertSavedAsync(id);
    }

    [Fact]
    public async Task DeliveryWhoseSaveFails_IsAnswered500_AndTheProvidersNextAttemptSaves()
    {
        File.WriteAllText(_imagesFolder, "a file where the images folder should be");
        var id = await CreateTaskAsync();

        _time.Advance(TimeSpan.FromSeconds(5));
        await WaitForAsync(() => _emulator.Deliveries.Count == 1);
        var failed = _emulator.Deliveries.Single();
        File.Delete(_imagesFolder);
        _time.Advance(Backoff);
        var attempts = await _emulator.WhenWebhookSettledAsync(id).WaitAsync(Patience);

        Assert.Equal(500, failed.StatusCode);
        Assert.Equal(new int?[] { 500, 200 }, attempts.Select(attempt => attempt.StatusCode));
        await AssertSavedAsync(id);
    }

    private async Task<string> CreateTaskAsync()
    {
        using var http = _emulator.CreateHttpClient();
        using var content = new StringContent($$"""{"model":"seedream-5.0","prompt":"a shiba in a space suit","callback_url":"{{_callback}}"}""", Encoding.UTF8, "application/json");
        using var answer = await http.PostAsync("v1/tasks", content);
        answer.EnsureSuccessStatusCode();
        return (string)JObject.Parse(await answer.Content.ReadAsStringAsync())["task_id"]!;
    }

    private async Task<JObject> TaskJsonAsync(string id)
    {
        using var http = _emulator.CreateHttpClient();
        return JObject.Parse(await http.GetStringAsync("v1/tasks/" + id));
    }

    /// <summary>POSTs <paramref name="body"/> to the receiver as a delivery would, answering its status.</summary>
    private async Task<int> DeliverAsync(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var answer = await _forger.PostAsync(_callback, content);
        return (int)answer.StatusCode;
    }

    /// <summary>The task is recorded as saved, and its one image is on disk, byte for byte the emulator's.</summary>
    private async Task AssertSavedAsync(string id)
    {
        Assert.Equal(new[] { id }, _saved.Ids);
        var url = (await TaskJsonAsync(id)).SelectToken("result.images[0].url")!;
        var link = (string)(url is JArray links ? links[0] : url)!;
        using var plain = new HttpClient();
        var served = await plain.GetByteArrayAsync(link);
        var file = Assert.Single(Directory.GetFiles(_imagesFolder));
        Assert.Equal(served, File.ReadAllBytes(file));
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The provider made no attempt in time.");
            await Task.Delay(10);
        }
    }
}
