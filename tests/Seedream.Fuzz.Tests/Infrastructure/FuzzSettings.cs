using System;
using System.Globalization;

namespace Seedream.Fuzz.Tests.Infrastructure;

/// <summary>
/// How many cases each fuzz test runs and from which seed. By default (and in CI) every test runs its
/// short count; <c>SEEDREAM_FUZZ_ITERATIONS</c> sets the count (100000 for the full runs in
/// BENCHMARKS.md), <c>SEEDREAM_FUZZ_SEED</c> the seed, and <c>SEEDREAM_FUZZ_CASE</c> runs one case
/// alone (the number a failure reports).
/// </summary>
internal static class FuzzSettings
{
    public const string IterationsVariable = "SEEDREAM_FUZZ_ITERATIONS";
    public const string SeedVariable = "SEEDREAM_FUZZ_SEED";
    public const string CaseVariable = "SEEDREAM_FUZZ_CASE";

    /// <summary>The seed every fuzz test derives its cases from.</summary>
    public static ulong Seed => ReadNumber(SeedVariable) is long seed ? (ulong)seed : 20261124UL;

    /// <summary>The number of cases to run: <c>SEEDREAM_FUZZ_ITERATIONS</c> when set, else <paramref name="shortCount"/>.</summary>
    public static int Iterations(int shortCount) => ReadNumber(IterationsVariable) is long count ? checked((int)count) : shortCount;

    /// <summary>The single case to run, when <c>SEEDREAM_FUZZ_CASE</c> is set.</summary>
    public static int? OnlyCase => ReadNumber(CaseVariable) is long only ? checked((int)only) : null;

    private static long? ReadNumber(string variable)
    {
        var text = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < 0)
        {
            throw new InvalidOperationException($"{variable} must be a non-negative integer, but it is '{text}'.");
        }

        return value;
    }
}
