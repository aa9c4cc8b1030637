using System;

namespace Seedream.Fuzz.Tests.Infrastructure;

/// <summary>A fuzz case that broke a property: says which case, how to rerun it alone, and what the input was.</summary>
internal sealed class FuzzFailure : Exception
{
    public FuzzFailure(int caseNumber, ulong seed, string input, Exception cause)
        : base(
            $"Fuzz case {caseNumber} (seed {seed}) failed: {cause.Message}{Environment.NewLine}"
            + $"Rerun it alone with {FuzzSettings.SeedVariable}={seed} {FuzzSettings.CaseVariable}={caseNumber}.{Environment.NewLine}"
            + $"Input:{Environment.NewLine}{input}",
            cause)
    {
    }
}
