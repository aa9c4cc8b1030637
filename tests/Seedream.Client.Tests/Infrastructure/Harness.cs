using System;
using System.Threading.Tasks;
using Seedream.Testing;
using Seedream.Testing.Time;

namespace Seedream.Client.Tests.Infrastructure;

/// <summary>
/// A client over a <see cref="ScriptedHandler"/> on a fake clock that moves only while the client waits for it,
/// with jitter pinned to its midpoint (no jitter) so schedules are exact, and every log line captured.
/// </summary>
internal sealed class Harness : IDisposable
{
    public const string ApiKey = "sk-live-SECRET-0123456789abcdef";
    public const string ApiBase = "https://api.seedream.test/";

    public Harness(Action<SeedreamClientOptions>? configure = null, Func<double>? random = null)
    {
        Clock = new WatchedClock(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));
        Handler = new ScriptedHandler(Clock);
        Logs = new LogCapture();
        Options = new SeedreamClientOptions { ApiKey = ApiKey, BaseUrl = new Uri(ApiBase) };
        configure?.Invoke(Options);
        Client = new SeedreamClient(Options, Handler, Clock, Logs.Factory, random ?? (() => 0.5));
    }

    public WatchedClock Clock { get; }

    public ScriptedHandler Handler { get; }

    public LogCapture Logs { get; }

    public SeedreamClientOptions Options { get; }

    public SeedreamClient Client { get; }

    /// <summary>Moves the clock whenever the client waits for it, until <paramref name="task"/> ends, then returns its outcome.</summary>
    public async Task<T> RunAsync<T>(Task<T> task)
    {
        await DriveAsync(task);
        return await task;
    }

    /// <summary>Moves the clock whenever the client waits for it, until <paramref name="task"/> ends (see <see cref="WatchedClock.DriveAsync(Task, TimeSpan?)"/>).</summary>
    public Task DriveAsync(Task task) => Clock.DriveAsync(task);

    public void Dispose()
    {
        Client.Dispose();
        Logs.Dispose();
    }
}
