using System;
using System.Linq;
using System.Threading.Tasks;
using Seedream.Transport;
using Xunit;

namespace Seedream.Emulator.Tests;

/// <summary>The emulator is a safe neighbour: bounded requests, bounded webhook answers, no redirects, bounded memory.</summary>
public class SafeNeighbourTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Webhook_RedirectingReceiver_IsNotFollowed()
    {
        using var target = new RawResponder("HTTP/1.1 200 OK\nContent-Length: 0");
        using var redirecting = new RawResponder($"HTTP/1.1 307 Temporary Redirect\nLocation: {target.Url}\nContent-Length: 0");
        await using var harness = await EmulatorHarness.StartAsync(options =>
        {
            options.QueueDuration = TimeSpan.Zero;
            options.ProcessingDuration = TimeSpan.Zero;
            options.Webhook.MaxAttempts = 1;
        });
        var request = EmulatorHarness.Request();
        request.Callback_url = redirecting.Url;

        var id = (await harness.Client.CreateTaskAsync(request)).Task_id!;
        var attempts = await harness.Emulator.WhenWebhookSettledAsync(id).WaitAsync(Patience);

        Assert.Equal(307, attempts.Single().StatusCode);
        Assert.False(attempts.Single().Succeeded);
        Assert.Equal(0, target.Requests);
    }

    [Fact]
    public async Task Webhook_ReceiverAnsweringAnEndlessBody_IsReadOnlyUpToTheCap()
    {
        using var endless = new RawResponder("HTTP/1.1 200 OK\nContent-Length: 1000000000", bodyBytes: 1024 * 1024);
        await using var harness = await EmulatorHarness.StartAsync(options =>
        {
            options.QueueDuration = TimeSpan.Zero;
            options.ProcessingDuration = TimeSpan.Zero;
            options.Webhook.MaxAttempts = 1;
            options.Webhook.AttemptTimeout = TimeSpan.FromMinutes(5);
        });
        var request = EmulatorHarness.Request();
        request.Callback_url = endless.Url;

        var id = (await harness.Client.CreateTaskAsync(request)).Task_id!;
        var attempts = await harness.Emulator.WhenWebhookSettledAsync(id).WaitAsync(Patience);

        Assert.True(attempts.Single().Succeeded);
    }

    [Fact]
    public async Task Create_PromptBeyondTheHardBound_Is400_WithTheErrorEnvelope()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        var (status, body) = await harness.PostAsync("v1/tasks", $"{{\"model\":\"seedream-4.5\",\"prompt\":\"{new string('x', 10_001)}\"}}");

        Assert.Equal(400, status);
        Assert.Contains("10000", (string?)body["error"]?["message"]);
    }

    [Theory]
    [InlineData("v1/tasks")]
    [InlineData("v1/tasks/sync")]
    public async Task Create_OversizedBody_Is413_WithTheErrorEnvelope(string path)
    {
        await using var harness = await EmulatorHarness.StartAsync();

        var (status, body) = await harness.PostAsync(path, $"{{\"model\":\"seedream-4.5\",\"prompt\":\"a\",\"pad\":\"{new string('x', 2 * 1024 * 1024)}\"}}");

        Assert.Equal(413, status);
        Assert.Equal("request_too_large", (string?)body["error"]?["code"]);
    }

    [Fact]
    public async Task FinishedTasks_AreForgottenAfterTheirRetention_WithTheirFiles()
    {
        await using var harness = await EmulatorHarness.StartAsync(options => options.TaskRetention = TimeSpan.FromHours(1));
        var old = await harness.CompleteAsync(EmulatorHarness.Request());
        var link = old.Result!.Images!.Single().Url!.Single();

        harness.Time.Advance(TimeSpan.FromHours(2));
        var fresh = await harness.Client.CreateTaskAsync(EmulatorHarness.Request());
        var (oldStatus, _) = await harness.GetAsync("v1/tasks/" + old.Task_id);
        using var file = await harness.Http.GetAsync(link);

        Assert.Equal(404, oldStatus);
        Assert.Equal(404, (int)file.StatusCode);
        Assert.Equal(SeedreamTaskStatus.Queued, (await harness.Client.GetTaskAsync(fresh.Task_id!)).Status);
    }

    [Fact]
    public void TaskRetention_DefaultsToLongerThanTheLinks()
    {
        var options = new EmulatorOptions();

        Assert.True(options.TaskRetention > options.LinkLifetime);
    }
}
