using System;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using Seedream.Testing;

namespace Seedream.Client.Tests.Infrastructure;

/// <summary>
/// A client over a <see cref="ScriptedHandler"/> on a fake clock, with jitter pinned to its midpoint
/// (no jitter) so schedules are exact, and every log line captured.
/// </summary>
internal sealed class Harness : IDisposable
{
    public const string ApiKey = "sk-live-SECRET-0123456789abcdef";
    public const string ApiBase = "https://api.seedream.test/";

    public Harness(Action<SeedreamClientOptions>? configure = null, Func<double>? random = null)
    {
        Clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));
        Handler = new ScriptedHandler(Clock);
        Logs = new LogCapture();
        Options = new SeedreamClientOptions { ApiKey = ApiKey, BaseUrl = new Uri(ApiBase) };
        configure?.Invoke(Options);
        Client = new SeedreamClient(Options, Handler, Clock, Logs.Factory, random ?? (() => 0.5));
    }

    public FakeTimeProvider Clock { get; }

    public ScriptedHandler Handler { get; }

    public LogCapture Logs { get; }

    public SeedreamClientOptions Options { get; }

    public SeedreamClient Client { get; }

    /// <summary>Moves the fake clock forward in small steps until <paramref name="task"/> ends, then returns its outcome.</summary>
    public async Task<T> RunAsync<T>(Task<T> task, TimeSpan? limit = null)
    {
        await DriveAsync(task, limit);
        return await task;
    }

    /// <summary>Moves the fake clock forward in small steps until <paramref name="task"/> ends (or the limit passes).</summary>
    public async Task DriveAsync(Task task, TimeSpan? limit = null)
    {
        var step = TimeSpan.FromMilliseconds(10);
        var end = Clock.GetUtcNow() + (limit ?? TimeSpan.FromMinutes(10));
        while (!task.IsCompleted && Clock.GetUtcNow() < end)
        {
            await Task.Yield();
            if (!task.IsCompleted)
            {
                Clock.Advance(step);
            }
        }
    }

    public void Dispose()
    {
        Client.Dispose();
        Logs.Dispose();
    }
}
