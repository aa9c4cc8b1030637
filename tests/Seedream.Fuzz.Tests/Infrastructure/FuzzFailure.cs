using System;
using System.Collections.Generic;
using System.Linq;

namespace Seedream.Fuzz.Tests.Infrastructure;

/// <summary>
/// Fuzz cases that broke a property: how many, the tally of every outcome, and for the first few which
/// case it was, how to rerun it alone, what went wrong and what the input was.
/// </summary>
internal sealed class FuzzFailure : Exception
{
    /// <summary>How many failing cases are described in full.</summary>
    public const int Shown = 3;

    public FuzzFailure(ulong seed, int count, IReadOnlyList<(int Case, string Input, Exception Cause)> failures, FuzzTally tally)
        : base(Describe(seed, count, failures, tally), failures[0].Cause)
    {
    }

    private static string Describe(ulong seed, int count, IReadOnlyList<(int Case, string Input, Exception Cause)> failures, FuzzTally tally) =>
        $"{count} of {tally.Total} fuzz cases (seed {seed}) failed.{Environment.NewLine}{tally.Report("Outcomes")}"
        + string.Concat(failures.Select(failure =>
            $"{Environment.NewLine}Case {failure.Case}: {failure.Cause.Message}{Environment.NewLine}"
            + $"Rerun it alone with {FuzzSettings.SeedVariable}={seed} {FuzzSettings.CaseVariable}={failure.Case}.{Environment.NewLine}"
            + $"Input:{Environment.NewLine}{failure.Input}{Environment.NewLine}"));
}
