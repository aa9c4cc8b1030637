using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Seedream.Hostile.Tests.Infrastructure;
using Seedream.Testing;
using Seedream.Testing.Sockets;
using Seedream.Testing.Time;
using Xunit;

namespace Seedream.Hostile.Tests;

/// <summary>
/// Through every door at once: a server that echoes the key (in another letter case) in task ids, image
/// link hosts, redirect targets and error texts. The key must be in no exception text (inner exceptions included), no
/// log line, no telemetry (span names, tags, events, status, metric tags) and no file name.
/// </summary>
public sealed class EchoedKeyEverywhereTests : IDisposable
{
    private static readonly string Echoed = Wire.ApiKey.ToUpperInvariant();
    private static readonly string EchoedHost = Wire.ApiKey.ToLowerInvariant() + ".invalid";

    private readonly LogCapture _logs = new();
    private readonly TemporaryDirectory _folder = new();

    [Fact]
    public async Task SavingImages_FromLinksWhoseHostsAndRedirectsEchoTheKey_LeavesItNowhere()
    {
        using var telemetry = new TelemetryCapture(SeedreamTelemetry.ActivitySourceName, SeedreamTelemetry.MeterName);
        using var server = new HostileServer(request => request.Path.EndsWith("redirect.png", StringComparison.Ordinal)
            ? Answer.Redirect(302, "ftp://" + EchoedHost + "/a.png")
            : Answer.Bytes(200, Wire.Png, "image/png"));
        using var client = Client(server);
        var task = SeedreamWebhook.Parse(Wire.Completed(
            "task-" + Echoed,
            "http://" + EchoedHost + "/unreachable.png",
            server.Url("redirect.png").ToString(),
            server.Url("fine.png").ToString()));

        var error = await Assert.ThrowsAnyAsync<SeedreamException>(() => client.CreateResult(task).SaveImagesAsync(_folder.Path));

        Assert.Single(Directory.GetFiles(_folder.Path));
        AssertNowhere(telemetry, error);
        Assert.Contains("Downloading image", _logs.All);
    }

    [Fact]
    public async Task ApiRedirect_ToAHostThatEchoesTheKey_LeavesItNowhere()
    {
        using var telemetry = new TelemetryCapture(SeedreamTelemetry.ActivitySourceName, SeedreamTelemetry.MeterName);
        using var server = new HostileServer(_ => Answer.Redirect(307, "http://" + EchoedHost + "/v1/tasks"));
        using var client = Client(server);

        var submit = await Assert.ThrowsAnyAsync<SeedreamException>(() => client.SubmitAsync(Clients.Request()));
        var get = await Assert.ThrowsAnyAsync<SeedreamException>(() => client.GetTaskAsync("task-1"));

        AssertNowhere(telemetry, submit, get);
    }

    /// <summary>The wait's 3 s deadline is on a clock that moves only while the client is between polls, so the 404s it must log are read however slow the machine.</summary>
    [Fact]
    public async Task CancelAndFreshTaskNotFound_ForAnIdThatEchoesTheKey_LeaveItNowhere()
    {
        using var telemetry = new TelemetryCapture(SeedreamTelemetry.ActivitySourceName, SeedreamTelemetry.MeterName);
        using var server = new HostileServer(request => request.IsCreate
            ? Answer.Json(200, Wire.Task("task-" + Echoed, "queued"))
            : Answer.Json(request.Path.EndsWith("/cancel", StringComparison.Ordinal) ? 500 : 404, Wire.Error("no", "nothing for " + Echoed)));
        var clock = new WatchedClock();
        using var client = Client(server, options => options.Polling.Timeout = TimeSpan.FromSeconds(3), clock);

        var operation = await client.SubmitAsync(Clients.Request());
        var wait = await Assert.ThrowsAnyAsync<SeedreamException>(() => Driven(clock, operation.WaitForCompletionAsync()));
        var cancel = await Assert.ThrowsAnyAsync<SeedreamException>(() => Driven(clock, client.CancelAsync(operation.Id)));

        Assert.Contains("HTTP 404); polling again", _logs.All);
        AssertNowhere(telemetry, wait, cancel);
    }

    public void Dispose()
    {
        _logs.Dispose();
        _folder.Dispose();
    }

    /// <summary>Moves <paramref name="clock"/> whenever <paramref name="call"/> waits between requests, until it ends, and then ends as it did.</summary>
    private static async Task Driven(WatchedClock clock, Task call)
    {
        await clock.DriveAsync(call);
        await call;
    }

    private SeedreamClient Client(HostileServer server, Action<SeedreamClientOptions>? configure = null, TimeProvider? clock = null)
    {
        var options = Clients.Options(server.BaseUrl);
        configure?.Invoke(options);
        return new SeedreamClient(options, new SocketsHttpHandler(), clock, _logs.Factory);
    }

    private void AssertNowhere(TelemetryCapture telemetry, params Exception[] errors)
    {
        var recorded = string.Join(Environment.NewLine, telemetry.AllTagValues());
        Assert.All(errors, error => Assert.DoesNotContain(Wire.ApiKey, error.ToString(), StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(Wire.ApiKey, _logs.All, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Wire.ApiKey, recorded, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Wire.ApiKey, string.Join("|", Directory.GetFileSystemEntries(_folder.Path, "*", SearchOption.AllDirectories)), StringComparison.OrdinalIgnoreCase);
        Assert.NotEmpty(telemetry.Activities);
    }
}
