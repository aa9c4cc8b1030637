using System;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json;
using Seedream.Transport;
using Xunit;
using WireTask = Seedream.Transport.SeedreamTask;

namespace Seedream.Emulator.Tests;

/// <summary>A webhook carries the finished task, as the spec's callback says, and nothing before it: not when a timer wakes early, not after a 2xx.</summary>
public class FinishedTaskWebhookTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task TimerWakingBeforeTheTaskEnds_SendsNothingYet_ThenOnlyTheFinishedTask()
    {
        await using var receiver = await WebhookReceiver.StartAsync(200);
        var time = new EarlyTimers(new FakeTimeProvider(EmulatorHarness.Start));
        var options = new EmulatorOptions { QueueDuration = TimeSpan.FromSeconds(1), ProcessingDuration = TimeSpan.FromSeconds(4) };
        options.Webhook.Backoff = TimeSpan.Zero;
        await using var emulator = await SeedreamEmulator.StartAsync(options, time);
        using var http = emulator.CreateHttpClient();
        var request = EmulatorHarness.Request();
        request.Callback_url = receiver.Url;
        var id = (await new SeedreamTasksClient(http).CreateTaskAsync(request)).Task_id!;

        time.Clock.Advance(TimeSpan.FromSeconds(5) - EarlyTimers.Early); // the timer set for the end fires here, 1 ms early
        var sentEarly = emulator.Deliveries.Count;
        time.Clock.Advance(EarlyTimers.Early);
        var attempts = await emulator.WhenWebhookSettledAsync(id).WaitAsync(Patience);

        Assert.Equal(0, sentEarly);
        var attempt = Assert.Single(attempts);
        Assert.Equal(EmulatorHarness.Start + TimeSpan.FromSeconds(5), attempt.At);
        var delivered = JsonConvert.DeserializeObject<WireTask>(Assert.Single(receiver.Bodies), SeedreamJson.CreateSettings())!;
        Assert.Equal(SeedreamTaskStatus.Completed, delivered.Status);
        Assert.Equal(100, delivered.Progress);
        Assert.Single(delivered.Result!.Images!);
    }
}
