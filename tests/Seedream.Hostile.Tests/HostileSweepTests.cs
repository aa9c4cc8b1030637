using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Seedream.Hostile.Tests.Infrastructure;
using Seedream.Hostile.Tests.Sweep;
using Seedream.Testing;
using Seedream.Testing.Sockets;
using Xunit;
using Xunit.Abstractions;

namespace Seedream.Hostile.Tests;

/// <summary>
/// Every hostile scenario against every public call, on real sockets. The oracle: each call ends within its
/// bound + <see cref="CallBounds.Slack"/> (hangs), a create is sent more than once only after an answer that created nothing (unsafe
/// re-sends), the key in any letter case is in no exception text or file name (leaks), and nothing but a
/// <see cref="SeedreamException"/> escapes (untyped escapes). The tally is the figure BENCHMARKS.md reports.
/// </summary>
public class HostileSweepTests(ITestOutputHelper output)
{
    private static readonly Violation[] Checked = { Violation.Hang, Violation.UnsafeResend, Violation.Leak, Violation.UntypedEscape };

    [Fact]
    public async Task EveryCall_AgainstEveryHostileScenario_EndsInTime_Typed_WithoutUnsafeResendsOrLeaks()
    {
        var runs = HostileScenario.All.SelectMany(scenario => SweepOperation.All.Select(operation => (scenario, operation))).ToList();
        var tally = new ViolationTally();
        using var gate = new SemaphoreSlim(12);

        await Task.WhenAll(runs.Select(async run =>
        {
            await gate.WaitAsync();
            try
            {
                await RunAsync(run.scenario, run.operation, tally);
            }
            finally
            {
                gate.Release();
            }
        }));

        output.WriteLine($"hostile sweep: {runs.Count} runs ({HostileScenario.All.Count} scenarios x {SweepOperation.All.Length} calls): {tally.Report(Checked)}");
        Assert.True(tally.IsClean, string.Join(Environment.NewLine, tally.Details.OrderBy(p => p)));
    }

    private static async Task RunAsync(HostileScenario scenario, SweepOperation operation, ViolationTally tally)
    {
        HostileServer? self = null;
        using var server = self = new HostileServer(_ => scenario.Answer(self));
        using var client = Clients.For(server);
        using var folder = new TemporaryDirectory();
        var run = $"{operation} / {scenario}";
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

        if (CallBounds.Overran(clock.Elapsed, operation.Bound))
        {
            tally.Add(run, Violation.Hang, $"{clock.Elapsed.TotalSeconds:0.0} s, bound {operation.Bound.TotalSeconds:0.0} s");
        }

        if (thrown is not null and not SeedreamException)
        {
            tally.Add(run, Violation.UntypedEscape, thrown.GetType().FullName + ": " + thrown.Message);
        }

        if (server.UnsafeResends > 0)
        {
            tally.Add(run, Violation.UnsafeResend, $"{server.Creates} creates");
        }

        if (KeySearch.Holding(Wire.ApiKey, Directory.GetFileSystemEntries(folder.Path).Append(thrown?.ToString())).Count > 0)
        {
            tally.Add(run, Violation.Leak, "the key appears in the exception text or a file name");
        }
    }
}
