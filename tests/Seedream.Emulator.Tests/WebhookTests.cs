using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Seedream.Transport;
using Xunit;
using WireTask = Seedream.Transport.SeedreamTask;

namespace Seedream.Emulator.Tests;

public class WebhookTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task FinishedTask_IsPostedToTheCallbackUrl_WhenItFinishesByTheClock()
    {
        await using var receiver = await WebhookReceiver.StartAsync(200);
        await using var harness = await EmulatorHarness.StartAsync();
        var request = EmulatorHarness.Request();
        request.Callback_url = receiver.Url;

        var id = (await harness.Client.CreateTaskAsync(request)).Task_id!;
        var beforeFinish = harness.Emulator.Deliveries.Count;
        harness.Time.Advance(TimeSpan.FromSeconds(5));
        var attempts = await harness.Emulator.WhenWebhookSettledAsync(id).WaitAsync(Patience);
        var delivered = JsonConvert.DeserializeObject<WireTask>(receiver.Bodies.Single(), SeedreamJson.CreateSettings())!;

        Assert.Equal(0, beforeFinish);
        var attempt = Assert.Single(attempts);
        Assert.Equal((id, receiver.Url, 1, 200), (attempt.TaskId, attempt.Url, attempt.Attempt, attempt.StatusCode));
        Assert.Equal(id, delivered.Task_id);
        Assert.Equal(SeedreamTaskStatus.Completed, delivered.Status);
        Assert.Single(delivered.Result!.Images!);
        Assert.Equal(1, harness.Counters.WebhooksDelivered);
    }

    [Fact]
    public async Task RejectedDelivery_IsRetried_AndEveryAttemptIsRecorded()
    {
        await using var receiver = await WebhookReceiver.StartAsync(500, 503, 200);
        await using var harness = await EmulatorHarness.StartAsync(options =>
        {
            options.QueueDuration = TimeSpan.Zero;
            options.ProcessingDuration = TimeSpan.Zero;
            options.Webhook.MaxAttempts = 5;
        });
        var request = EmulatorHarness.Request();
        request.Callback_url = receiver.Url;

        var id = (await harness.Client.CreateTaskAsync(request)).Task_id!;
        var attempts = await harness.Emulator.WhenWebhookSettledAsync(id).WaitAsync(Patience);

        Assert.Equal(new int?[] { 500, 503, 200 }, attempts.Select(a => a.StatusCode));
        Assert.Equal(new[] { 1, 2, 3 }, attempts.Select(a => a.Attempt));
        Assert.Equal(attempts, harness.Emulator.Deliveries);
        Assert.Equal(3, receiver.Bodies.Length);
        Assert.Single(receiver.Bodies.Distinct());
        Assert.Equal((3L, 1L, 0L), (harness.Counters.WebhookAttempts, harness.Counters.WebhooksDelivered, harness.Counters.WebhooksAbandoned));
    }

    [Fact]
    public async Task UnreachableReceiver_IsAbandonedAfterTheConfiguredAttempts()
    {
        Uri closedUrl;
        await using (var closed = await WebhookReceiver.StartAsync(200))
        {
            closedUrl = closed.Url;
        }

        await using var harness = await EmulatorHarness.StartAsync(options =>
        {
            options.QueueDuration = TimeSpan.Zero;
            options.ProcessingDuration = TimeSpan.Zero;
            options.Webhook.MaxAttempts = 2;
        });
        var request = EmulatorHarness.Request();
        request.Callback_url = closedUrl;

        var id = (await harness.Client.CreateTaskAsync(request)).Task_id!;
        var attempts = await harness.Emulator.WhenWebhookSettledAsync(id).WaitAsync(Patience);

        Assert.Equal(2, attempts.Count);
        Assert.All(attempts, attempt =>
        {
            Assert.Null(attempt.StatusCode);
            Assert.False(string.IsNullOrEmpty(attempt.Error));
            Assert.False(attempt.Succeeded);
        });
        Assert.Equal(1, harness.Counters.WebhooksAbandoned);
    }

    [Fact]
    public async Task CancelledTask_IsDeliveredAtOnceWithStatusCancelled()
    {
        await using var receiver = await WebhookReceiver.StartAsync(200);
        await using var harness = await EmulatorHarness.StartAsync();
        var request = EmulatorHarness.Request();
        request.Callback_url = receiver.Url;

        var id = (await harness.Client.CreateTaskAsync(request)).Task_id!;
        await harness.Client.CancelTaskAsync(id);
        await harness.Emulator.WhenWebhookSettledAsync(id).WaitAsync(Patience);
        harness.Time.Advance(TimeSpan.FromMinutes(1));

        var delivered = JsonConvert.DeserializeObject<WireTask>(receiver.Bodies.Single(), SeedreamJson.CreateSettings())!;
        Assert.Equal(SeedreamTaskStatus.Cancelled, delivered.Status);
        Assert.Single(harness.Emulator.Deliveries);
    }

    [Fact]
    public async Task WaitingForATaskWithoutCallbackUrl_SaysWhy()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var id = (await harness.Client.CreateTaskAsync(EmulatorHarness.Request())).Task_id!;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Emulator.WhenWebhookSettledAsync(id, CancellationToken.None));

        Assert.Contains("was not created with a callback_url", error.Message);
    }

    [Fact]
    public void Backoff_DoublesFromTheConfiguredDelay()
    {
        var options = new WebhookOptions { Backoff = TimeSpan.FromSeconds(1) };

        var delays = Enumerable.Range(1, 4).Select(options.DelayBefore);

        Assert.Equal(new[] { TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4) }, delays);
    }
}
