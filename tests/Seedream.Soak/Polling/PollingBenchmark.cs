using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Seedream.Testing.Time;

namespace Seedream.Soak.Polling;

/// <summary>
/// Figures of the client's polling: for tasks of about 10 s, 1 min and 4 min, each progress shape and each
/// schedule, on one fake clock, the polls each task costs and how late its completion is noticed; and the
/// cost of 1,000 waits at once (on the real clock, in-memory API, so only the client is measured).
/// </summary>
internal static class PollingBenchmark
{
    /// <summary>The seed of the samples: each sample's task duration and jitter, the same for every shape and schedule.</summary>
    public const int Seed = 15;

    private static readonly DateTimeOffset Start = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    /// <summary>A guard against a hang, in real time, for one duration's runs however busy the machine; no figure depends on it.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan[] Durations = { TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(4) };
    private static readonly ProgressShape[] Shapes = { ProgressShape.Linear, ProgressShape.Steps, ProgressShape.None };

    /// <summary>
    /// Runs <paramref name="samples"/> tasks of each duration (each sample's duration drawn within ±10 % of it)
    /// for every shape and schedule at once through <see cref="SeedreamClient.GenerateAsync"/>; each sample
    /// keeps its duration and its own seeded jitter across shapes and schedules.
    /// </summary>
    public static async Task<string> SchedulesAsync(int samples) => (await CompareSchedulesAsync(samples)).Markdown;

    /// <summary>The figures of <see cref="SchedulesAsync"/>, with the rows where following progress missed a target (see <see cref="Verdict"/>).</summary>
    public static async Task<(string Markdown, IReadOnlyList<string> Missed)> CompareSchedulesAsync(int samples)
    {
        var random = new Random(Seed);
        var plan = Enumerable.Range(0, samples).Select(_ => (Stretch: 0.9 + (0.2 * random.NextDouble()), JitterSeed: random.Next())).ToList();
        var header = new StringBuilder("| task | progress | ");
        var rule = new StringBuilder("|---|---|");
        foreach (var variant in PollingVariant.All)
        {
            header.Append(variant.Name).Append(" | ");
            rule.Append("---|");
        }

        var table = new StringBuilder().AppendLine(header.ToString().TrimEnd()).AppendLine(rule.ToString());
        var verdicts = new List<(string Text, bool Met)>();
        foreach (var duration in Durations)
        {
            var clock = new WatchedClock(Start);
            var runs = new List<(ProgressShape Shape, PollingVariant Variant, Task<Sample> Sample)>();
            var apis = new List<IDisposable>();
            foreach (var shape in Shapes)
            {
                foreach (var variant in PollingVariant.All)
                {
                    foreach (var (stretch, jitterSeed) in plan)
                    {
                        var api = new SimulatedTaskApi(clock, TimeSpan.FromTicks((long)(duration.Ticks * stretch)), shape);
                        var jitter = new Random(jitterSeed);
                        var options = new SeedreamClientOptions { ApiKey = "sk-bench", BaseUrl = new Uri("https://api.sim.test/") };
                        variant.Configure(options.Polling);
                        var client = new SeedreamClient(options, api, clock, null, jitter.NextDouble);
                        apis.Add(client);
                        apis.Add(api);
                        runs.Add((shape, variant, MeasureAsync(client, api)));
                    }
                }
            }

            await clock.DriveAsync(runs.Select(run => (Task)run.Sample).ToList(), HangGuard);

            apis.ForEach(disposable => disposable.Dispose());
            foreach (var shape in Shapes)
            {
                table.Append(CultureInfo.InvariantCulture, $"| {Describe(duration)} | {shape.Describe()} | ");
                var figures = PollingVariant.All.ToDictionary(variant => variant, variant => Figures.Of(runs.Where(run => run.Shape == shape && run.Variant == variant).Select(run => run.Sample.Result).ToList()));
                foreach (var variant in PollingVariant.All)
                {
                    table.Append(figures[variant]).Append(" | ");
                }

                table.Length--;
                table.AppendLine();
                verdicts.Add(Verdict(duration, shape, figures[PollingVariant.FollowingProgress], figures[PollingVariant.Backoff]));
            }
        }

        table.AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Each cell: mean polls per task, mean time from the task's finish to the first poll that saw it (max), and timed-out waits if any. {samples} samples per row (seed {Seed}), each task's duration drawn within ±10 % of the row's; on a fake clock that moves only while every client waits, straight to the next poll.")
            .AppendLine();
        verdicts.ForEach(verdict => table.AppendLine(verdict.Text));
        return (table.ToString(), verdicts.Where(verdict => !verdict.Met).Select(verdict => verdict.Text).ToList());
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

    /// <summary>
    /// Whether following progress met its targets for one row, against the backoff on the same samples: no task timed out, no more
    /// polls than the backoff, and the end noticed on average within 5 % of the duration (at least 0.5 s) for linear progress,
    /// otherwise no later than the backoff notices it.
    /// </summary>
    private static (string Text, bool Met) Verdict(TimeSpan duration, ProgressShape shape, Figures following, Figures backoff)
    {
        var problems = new List<string>();
        if (following.TimedOut > 0)
        {
            problems.Add($"{following.TimedOut} timed out");
        }

        if (following.MeanPolls > backoff.MeanPolls)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"more polls than the backoff ({following.MeanPolls:F2} > {backoff.MeanPolls:F2})"));
        }

        var allowed = shape == ProgressShape.Linear ? Math.Max(0.5, 0.05 * duration.TotalSeconds) : backoff.MeanLate;
        if (following.MeanLate > allowed)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"noticed {following.MeanLate:F2} s late on average, allowed {allowed:F2} s"));
        }

        return (string.Create(CultureInfo.InvariantCulture, $"- {Describe(duration)}, {shape.Describe()}: ") + (problems.Count == 0 ? "target met" : "TARGET MISSED: " + string.Join("; ", problems)), problems.Count == 0);
    }

    private static async Task<Sample> MeasureAsync(SeedreamClient client, SimulatedTaskApi api)
    {
        try
        {
            var result = await client.GenerateAsync(Request());
            return new Sample(api.Polls(result.TaskId), api.NoticedAfter(result.TaskId));
        }
        catch (SeedreamWaitTimeoutException timeout)
        {
            return new Sample(api.Polls(timeout.TaskId!), null);
        }
    }

    private static SeedreamRequest Request() => SeedreamRequest.ForModel("seedream-5.0").Prompt("a shiba in a space suit").Size("16:9").Resolution("2K").Build();

    private static string Describe(TimeSpan duration) =>
        duration.TotalMinutes < 1 ? $"{duration.TotalSeconds:0} s" : $"{(int)duration.TotalMinutes} min";

    private sealed record Sample(int Polls, TimeSpan? Late);

    private sealed record Figures(double MeanPolls, double MeanLate, double MaxLate, int TimedOut)
    {
        public static Figures Of(IReadOnlyList<Sample> samples)
        {
            var done = samples.Where(sample => sample.Late is not null).ToList();
            return new Figures(
                samples.Average(sample => sample.Polls),
                done.Count == 0 ? double.NaN : done.Average(sample => sample.Late!.Value.TotalSeconds),
                done.Count == 0 ? double.NaN : done.Max(sample => sample.Late!.Value.TotalSeconds),
                samples.Count - done.Count);
        }

        public override string ToString() =>
            string.Create(CultureInfo.InvariantCulture, $"{MeanPolls:F2} polls, {MeanLate:F2} s late ({MaxLate:F2})") + (TimedOut > 0 ? $", {TimedOut} timed out" : string.Empty);
    }
}
