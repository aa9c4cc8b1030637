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
/// "rejected: SEEDREAM001"); the tally is what the test reports. A check that throws fails the run
/// with the case number and its input.
/// </summary>
internal static class FuzzRunner
{
    public static async Task<FuzzTally> RunAsync<T>(Gen<T> gen, int cases, Func<T, string> describe, Func<T, Task<string>> check)
    {
        var seed = FuzzSettings.Seed;
        var tally = new FuzzTally();
        var clock = Stopwatch.StartNew();
        foreach (var caseNumber in CaseNumbers(cases))
        {
            var input = gen.Generate(new PCG((uint)caseNumber, seed), null!, out _);
            string outcome;
            try
            {
                outcome = await check(input).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                throw new FuzzFailure(caseNumber, seed, describe(input), exception);
            }

            tally.Add(outcome);
        }

        tally.Elapsed = clock.Elapsed;
        return tally;
    }

    public static FuzzTally Run<T>(Gen<T> gen, int cases, Func<T, string> describe, Func<T, string> check) =>
        RunAsync(gen, cases, describe, input => Task.FromResult(check(input))).GetAwaiter().GetResult();

    private static IEnumerable<int> CaseNumbers(int cases) =>
        FuzzSettings.OnlyCase is int only ? new[] { only } : Enumerable.Range(0, cases);
}
