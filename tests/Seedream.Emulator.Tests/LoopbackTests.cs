using System;
using System.Linq;
using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Threading.Tasks;
using Xunit;

namespace Seedream.Emulator.Tests;

/// <summary>The emulator keeps to this machine unless told otherwise: it listens on loopback, warns when it does not with the public key, and sends webhooks to loopback only.</summary>
public class LoopbackTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task ByDefault_ItListensOnLoopbackOnly_AndHasNothingToWarnAbout()
    {
        await using var emulator = await SeedreamEmulator.StartAsync(new EmulatorOptions());

        Assert.All(emulator.ListeningOn, url => Assert.Equal("127.0.0.1", new Uri(url).Host));
        Assert.False(emulator.ListensBeyondLoopback);
        Assert.Null(emulator.ExposureWarning);
    }

    [Fact]
    public async Task ListeningOnEveryInterface_WithThePublicDefaultKey_IsWarnedAbout_AndWithAKeyOfItsOwnIsNot()
    {
        await using var exposed = await SeedreamEmulator.StartAsync(new EmulatorOptions { Url = "http://0.0.0.0:0" });
        await using var keyed = await SeedreamEmulator.StartAsync(new EmulatorOptions { Url = "http://0.0.0.0:0", ApiKey = "sk-mine" });

        Assert.True(exposed.ListensBeyondLoopback);
        Assert.StartsWith("Warning: the emulator listens beyond this machine (http://0.0.0.0:", exposed.ExposureWarning, StringComparison.Ordinal);
        Assert.Contains("published default API key sk-emulator", exposed.ExposureWarning, StringComparison.Ordinal);
        Assert.True(keyed.ListensBeyondLoopback);
        Assert.Null(keyed.ExposureWarning);
    }

    [Fact]
    public async Task Webhook_ToAnAddressBeyondLoopback_IsNotSent_AndTheAttemptSaysWhy()
    {
        await using var receiver = await WebhookReceiver.StartAsync("http://0.0.0.0:0", 200);
        await using var harness = await EmulatorHarness.StartAsync(options =>
        {
            options.QueueDuration = TimeSpan.Zero;
            options.ProcessingDuration = TimeSpan.Zero;
            options.Webhook.MaxAttempts = 1;
        });
        var request = EmulatorHarness.Request();
        request.Callback_url = new UriBuilder(receiver.Url) { Host = NonLoopbackAddress().ToString() }.Uri;

        var id = (await harness.Client.CreateTaskAsync(request)).Task_id!;
        var attempt = Assert.Single(await harness.Emulator.WhenWebhookSettledAsync(id).WaitAsync(Patience));

        Assert.Null(attempt.StatusCode);
        Assert.Contains("is not a loopback address, and the emulator delivers webhooks to loopback only (set Webhook.AllowAnyHost", attempt.Error, StringComparison.Ordinal);
        Assert.Empty(receiver.Bodies);
    }

    [Fact]
    public async Task Webhook_ToAnAddressBeyondLoopback_IsSent_WhenAllowAnyHostSaysSo()
    {
        await using var receiver = await WebhookReceiver.StartAsync("http://0.0.0.0:0", 200);
        await using var harness = await EmulatorHarness.StartAsync(options =>
        {
            options.QueueDuration = TimeSpan.Zero;
            options.ProcessingDuration = TimeSpan.Zero;
            options.Webhook.AllowAnyHost = true;
        });
        var request = EmulatorHarness.Request();
        request.Callback_url = new UriBuilder(receiver.Url) { Host = NonLoopbackAddress().ToString() }.Uri;

        var id = (await harness.Client.CreateTaskAsync(request)).Task_id!;
        var attempt = Assert.Single(await harness.Emulator.WhenWebhookSettledAsync(id).WaitAsync(Patience));

        Assert.Equal(200, attempt.StatusCode);
        Assert.Single(receiver.Bodies);
    }

    [Fact]
    public async Task Webhook_ToLocalhostByName_IsSent()
    {
        await using var receiver = await WebhookReceiver.StartAsync(200);
        await using var harness = await EmulatorHarness.StartAsync(options =>
        {
            options.QueueDuration = TimeSpan.Zero;
            options.ProcessingDuration = TimeSpan.Zero;
        });
        var request = EmulatorHarness.Request();
        request.Callback_url = new UriBuilder(receiver.Url) { Host = "localhost" }.Uri;

        var id = (await harness.Client.CreateTaskAsync(request)).Task_id!;
        var attempt = Assert.Single(await harness.Emulator.WhenWebhookSettledAsync(id).WaitAsync(Patience));

        Assert.Equal(200, attempt.StatusCode);
    }

    /// <summary>An IPv4 address of this machine that is not loopback (a container or CI runner has one on its network interface).</summary>
    private static IPAddress NonLoopbackAddress() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Where(nic => nic.OperationalStatus == OperationalStatus.Up)
            .SelectMany(nic => nic.GetIPProperties().UnicastAddresses)
            .Select(unicast => unicast.Address)
            .FirstOrDefault(address => address.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(address))
        ?? throw new InvalidOperationException("This machine has no IPv4 address beyond loopback to send a webhook to.");
}
