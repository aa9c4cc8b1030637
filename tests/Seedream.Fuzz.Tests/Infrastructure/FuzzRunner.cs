using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
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
    public static async Task<FuzzTally> RunAsync<T>(Gen<T> gen, int cases, Func<T, string> describe, Func<T, Task<string>> check)
    {
        var seed = FuzzSettings.Seed;
        var tally = new FuzzTally();
        var firstFailures = new List<(int Case, string Input, Exception Cause)>();
        var failures = 0;
        var clock = Stopwatch.StartNew();
        foreach (var caseNumber in CaseNumbers(cases))
        {
            var input = gen.Generate(new PCG((uint)caseNumber, seed), null!, out _);
            try
            {
                tally.Add(await check(input).ConfigureAwait(false));
            }
            catch (Exception exception)
            {
                if (failures++ < FuzzFailure.Shown)
                {
                    firstFailures.Add((caseNumber, describe(input), exception));
                }

                tally.Add("FAILED: " + FirstLine(exception.Message));
            }
        }

        tally.Elapsed = clock.Elapsed;
        if (failures > 0)
        {
            throw new FuzzFailure(seed, failures, firstFailures, tally);
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
