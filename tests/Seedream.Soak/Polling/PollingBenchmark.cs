using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;

namespace Seedream.Soak.Polling;

/// <summary>
/// Figures of the client's default polling schedule: for tasks of 10 s, 60 s, 5 min and 5 min 1 s (one
/// second past the default time limit) on a fake clock,
/// the polls each task costs and how late its completion is noticed; and the cost of 1,000 waits at once
/// (on the real clock, in-memory API, so only the client is measured).
/// </summary>
internal static class PollingBenchmark
{
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(10);

    /// <summary>Runs <paramref name="samples"/> tasks of each duration at once through <see cref="SeedreamClient.GenerateAsync"/> with default options.</summary>
    public static async Task<string> SchedulesAsync(int samples)
    {
        var table = new StringBuilder()
            .AppendLine("| task duration | tasks | polls per task (min / mean / max) | completion noticed after (min / mean / max) | timed out |")
            .AppendLine("|---|---|---|---|---|");
        foreach (var duration in new[] { TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(60), TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(301) })
        {
            var clock = new FakeTimeProvider(Start);
            using var api = new SimulatedTaskApi(clock, duration);
            using var client = new SeedreamClient(new SeedreamClientOptions { ApiKey = "sk-bench", BaseUrl = new Uri("https://api.sim.test/") }, api, clock);
            var runs = Enumerable.Range(0, samples).Select(_ => MeasureAsync(client, api, clock)).ToList();
            var all = Task.WhenAll(runs);
            while (!all.IsCompleted)
            {
                await Task.Yield();
                if (!all.IsCompleted)
                {
                    clock.Advance(Step);
                }
            }

            var results = await all;
            var done = results.Where(result => result.Delay is not null).ToList();
            string Seconds(double value) => value.ToString("F2", CultureInfo.InvariantCulture) + " s";
            table.Append(CultureInfo.InvariantCulture, $"| {Describe(duration)} | {samples} | ");
            table.Append(done.Count == 0
                ? "— | — | "
                : string.Create(CultureInfo.InvariantCulture, $"{done.Min(r => r.Polls)} / {done.Average(r => r.Polls):F1} / {done.Max(r => r.Polls)} | ")
                  + $"{Seconds(done.Min(r => r.Delay!.Value.TotalSeconds))} / {Seconds(done.Average(r => r.Delay!.Value.TotalSeconds))} / {Seconds(done.Max(r => r.Delay!.Value.TotalSeconds))} | ");
            table.AppendLine(CultureInfo.InvariantCulture, $"{results.Count(result => result.Delay is null)} |");
        }

        return table.AppendLine().AppendLine($"Fake clock stepped by {Step.TotalMilliseconds} ms, so delays are exact to within that. Defaults: first poll 2 s after submit, ×1.5 per poll, at most 5 s apart, ±20% jitter, 5 min time limit.").ToString();
    }

    /// <summary>Runs <paramref name="tasks"/> waits at once on the real clock for tasks of <paramref name="duration"/>, and measures the process.</summary>
    public static async Task<string> ConcurrentWaitsAsync(int tasks, TimeSpan duration)
    {
        using var api = new SimulatedTaskApi(TimeProvider.System, duration);
        using var client = new SeedreamClient(new SeedreamClientOptions { ApiKey = "sk-bench", BaseUrl = new Uri("https://api.sim.test/") }, api);
        GC.Collect();
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var workingSetBefore = process.WorkingSet64;
        var wall = Stopwatch.StartNew();
        var handles = await Task.WhenAll(Enumerable.Range(0, tasks).Select(_ => client.SubmitAsync(Request())));
        var results = await Task.WhenAll(handles.Select(handle => handle.WaitForCompletionAsync()));
        var elapsed = wall.Elapsed;
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var polls = handles.Sum(handle => api.Polls(handle.Id));
        string Mib(long bytes) => (bytes / (1024.0 * 1024)).ToString("F1", CultureInfo.InvariantCulture) + " MiB";
        return new StringBuilder()
            .AppendLine("| 1,000 concurrent waits | value |")
            .AppendLine("|---|---|")
            .AppendLine(CultureInfo.InvariantCulture, $"| tasks (each {Describe(duration)}) / completed | {tasks} / {results.Count(result => result.Task.Status == SeedreamTaskStatus.Completed)} |")
            .AppendLine(CultureInfo.InvariantCulture, $"| wall time | {elapsed.TotalSeconds:F1} s |")
            .AppendLine(CultureInfo.InvariantCulture, $"| polls | {polls} ({(double)polls / tasks:F1} per task) |")
            .AppendLine(CultureInfo.InvariantCulture, $"| CPU time (whole process) | {cpu.TotalMilliseconds:F0} ms ({cpu.TotalMilliseconds / tasks:F2} ms per task) |")
            .AppendLine(CultureInfo.InvariantCulture, $"| allocated | {Mib(allocated)} ({allocated / tasks / 1024.0:F1} KiB per task) |")
            .AppendLine(CultureInfo.InvariantCulture, $"| working set: before / after / peak | {Mib(workingSetBefore)} / {Mib(process.WorkingSet64)} / {Mib(process.PeakWorkingSet64)} |")
            .ToString();
    }

    private static async Task<(int Polls, TimeSpan? Delay)> MeasureAsync(SeedreamClient client, SimulatedTaskApi api, FakeTimeProvider clock)
    {
        SeedreamResult result;
        try
        {
            result = await client.GenerateAsync(Request());
        }
        catch (SeedreamWaitTimeoutException timeout)
        {
            return (api.Polls(timeout.TaskId!), null);
        }

        return (api.Polls(result.TaskId), clock.GetUtcNow() - api.FinishedAt(result.TaskId));
    }

    private static SeedreamRequest Request() => SeedreamRequest.ForModel("seedream-5.0").Prompt("a shiba in a space suit").Size("16:9").Resolution("2K").Build();

    private static string Describe(TimeSpan duration) =>
        duration.TotalMinutes < 1 ? $"{duration.TotalSeconds:0} s"
        : duration.Seconds == 0 ? $"{(int)duration.TotalMinutes} min"
        : $"{(int)duration.TotalMinutes} min {duration.Seconds} s";
}
