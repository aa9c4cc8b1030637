using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CsCheck;

namespace Seedream.Fuzz.Tests.Infrastructure;

/// <summary>
/// Runs a CsCheck generator over a fixed sequence of seeds, so the same cases run every time:
/// case <c>i</c> is drawn from <c>PCG(stream i, seed)</c>. Each check classifies its case (e.g.
/// "rejected: SEEDREAM001"); the tally is what the test reports. A check that throws is counted as a
/// failure and the run goes on, so a long run shows every kind of failure; at the end the run fails
/// with the count, the tally, and the first cases' numbers and inputs.
/// </summary>
internal static class FuzzRunner
{
    public static Task<FuzzTally> RunAsync<T>(Gen<T> gen, int cases, Func<T, string> describe, Func<T, Task<string>> check) =>
        RunAsync(gen, cases, 1, describe, check);

    /// <summary>Runs the cases <paramref name="parallelism"/> at a time (for checks that mostly wait, e.g. on sockets); the report is the same as run one by one.</summary>
    public static async Task<FuzzTally> RunAsync<T>(Gen<T> gen, int cases, int parallelism, Func<T, string> describe, Func<T, Task<string>> check)
    {
        var seed = FuzzSettings.Seed;
        var tally = new FuzzTally();
        var failures = new List<(int Case, string Input, Exception Cause)>();
        var clock = Stopwatch.StartNew();
        using var gate = new SemaphoreSlim(parallelism);
        await Task.WhenAll(CaseNumbers(cases).Select(async caseNumber =>
        {
            await gate.WaitAsync().ConfigureAwait(false);
            try
            {
                var input = gen.Generate(new PCG((uint)caseNumber, seed), null!, out _);
                string outcome;
                try
                {
                    outcome = await check(input).ConfigureAwait(false);
                }
                catch (Exception exception)
                {
                    lock (failures)
                    {
                        failures.Add((caseNumber, describe(input), exception));
                    }

                    outcome = "FAILED: " + FirstLine(exception.Message);
                }

                lock (tally)
                {
                    tally.Add(outcome);
                }
            }
            finally
            {
                gate.Release();
            }
        })).ConfigureAwait(false);

        tally.Elapsed = clock.Elapsed;
        if (failures.Count > 0)
        {
            throw new FuzzFailure(seed, failures.Count, failures.OrderBy(failure => failure.Case).Take(FuzzFailure.Shown).ToList(), tally);
        }

        return tally;
    }

    public static FuzzTally Run<T>(Gen<T> gen, int cases, Func<T, string> describe, Func<T, string> check) =>
        RunAsync(gen, cases, describe, input => Task.FromResult(check(input))).GetAwaiter().GetResult();

    private static string FirstLine(string message)
    {
        var line = message.Split('\n')[0].Trim();
        return line.Length <= 120 ? line : line.Substring(0, 120) + "…";
    }

    private static IEnumerable<int> CaseNumbers(int cases) =>
        FuzzSettings.OnlyCase is int only ? new[] { only } : Enumerable.Range(0, cases);
}
