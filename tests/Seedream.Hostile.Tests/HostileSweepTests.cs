using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Seedream.Hostile.Tests.Infrastructure;
using Seedream.Hostile.Tests.Sweep;
using Xunit;
using Xunit.Abstractions;

namespace Seedream.Hostile.Tests;

/// <summary>
/// Every hostile scenario against every public call, on real sockets. The oracle: each call ends within its
/// bound + 2 s (hangs), a create is sent more than once only after an answer that created nothing (unsafe
/// re-sends), the key in any letter case is in no exception text or file name (leaks), and nothing but a
/// <see cref="SeedreamException"/> escapes (untyped escapes). The tally is the figure BENCHMARKS.md reports.
/// </summary>
public class HostileSweepTests(ITestOutputHelper output)
{
    [Fact]
    public async Task EveryCall_AgainstEveryHostileScenario_EndsInTime_Typed_WithoutUnsafeResendsOrLeaks()
    {
        var runs = HostileScenario.All.SelectMany(scenario => SweepOperation.All.Select(operation => (scenario, operation))).ToList();
        var problems = new System.Collections.Concurrent.ConcurrentBag<string>();
        int hangs = 0, resends = 0, leaks = 0, untyped = 0;
        using var gate = new SemaphoreSlim(12);

        await Task.WhenAll(runs.Select(async run =>
        {
            await gate.WaitAsync();
            try
            {
                var found = await RunAsync(run.scenario, run.operation);
                foreach (var (kind, detail) in found)
                {
                    problems.Add($"{run.operation} / {run.scenario}: {kind}: {detail}");
                    switch (kind)
                    {
                        case "hang": Interlocked.Increment(ref hangs); break;
                        case "unsafe re-send": Interlocked.Increment(ref resends); break;
                        case "leak": Interlocked.Increment(ref leaks); break;
                        default: Interlocked.Increment(ref untyped); break;
                    }
                }
            }
            finally
            {
                gate.Release();
            }
        }));

        output.WriteLine($"hostile sweep: {runs.Count} runs ({HostileScenario.All.Count} scenarios x {SweepOperation.All.Length} calls): hangs {hangs}, unsafe re-sends {resends}, leaks {leaks}, untyped escapes {untyped}");
        Assert.True(problems.IsEmpty, string.Join(Environment.NewLine, problems.OrderBy(p => p)));
    }

    private static async Task<(string Kind, string Detail)[]> RunAsync(HostileScenario scenario, SweepOperation operation)
    {
        HostileServer? self = null;
        using var server = self = new HostileServer(_ => scenario.Answer(self));
        using var client = Clients.For(server);
        using var folder = new TempFolder();
        var found = new System.Collections.Generic.List<(string, string)>();
        var clock = Stopwatch.StartNew();
        Exception? thrown = null;
        try
        {
            await operation.Run(client, server, folder.Path);
        }
        catch (Exception exception)
        {
            thrown = exception;
        }

        if (clock.Elapsed > operation.Bound + Clients.Slack)
        {
            found.Add(("hang", $"{clock.Elapsed.TotalSeconds:0.0} s, bound {operation.Bound.TotalSeconds:0.0} s"));
        }

        if (thrown is not null and not SeedreamException)
        {
            found.Add(("untyped escape", thrown.GetType().FullName + ": " + thrown.Message));
        }

        if (server.Creates > 1 && !scenario.CreatedNothing)
        {
            found.Add(("unsafe re-send", $"{server.Creates} creates"));
        }

        var text = (thrown?.ToString() ?? string.Empty) + string.Join("|", Directory.GetFileSystemEntries(folder.Path));
        if (text.Contains(Wire.ApiKey, StringComparison.OrdinalIgnoreCase))
        {
            found.Add(("leak", "the key appears in the exception text or a file name"));
        }

        return found.ToArray();
    }
}
