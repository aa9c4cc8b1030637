using System;
using System.Diagnostics;
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

    /// <summary>The real time <see cref="DriveAsync"/> waits for a task, generous for a busy 2-core machine.</summary>
    private static readonly TimeSpan RealTimeLimit = TimeSpan.FromMinutes(2);

    private static readonly DateTimeOffset Start = new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    public Harness(Action<SeedreamClientOptions>? configure = null, Func<double>? random = null)
    {
        Clock = new FakeTimeProvider(Start);
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
    public async Task<T> RunAsync<T>(Task<T> task)
    {
        await DriveAsync(task);
        return await task;
    }

    /// <summary>
    /// Moves the fake clock forward in small steps until <paramref name="task"/> ends, however much fake time that takes:
    /// on a busy machine the code under test may need a while to reach its next timer, and the clock must still be moving
    /// then. Fails after <see cref="RealTimeLimit"/> of real time.
    /// </summary>
    /// <exception cref="TimeoutException">The task did not end within <see cref="RealTimeLimit"/>.</exception>
    public async Task DriveAsync(Task task)
    {
        var step = TimeSpan.FromMilliseconds(10);
        var watch = Stopwatch.StartNew();
        while (!task.IsCompleted)
        {
            if (watch.Elapsed > RealTimeLimit)
            {
                throw new TimeoutException($"The task did not end within {RealTimeLimit.TotalSeconds} s of real time ({Clock.GetUtcNow() - Start} of fake time).");
            }

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
