using System;
using System.Threading.Tasks;
using Seedream.Fuzz.Tests.Infrastructure;
using Seedream.Testing.Sockets;
using Xunit.Abstractions;

namespace Seedream.Fuzz.Tests.Client.Sockets;

/// <summary>
/// Runs socket fuzz cases several at a time through <see cref="FuzzRunner"/> and writes both tallies to the test
/// output: the outcomes, and (even when cases failed) the oracle's count of each <see cref="Violation"/>.
/// </summary>
internal static class SocketFuzzRun
{
    /// <param name="output">Where the tallies go.</param>
    /// <param name="title">What ran, e.g. "Client socket fuzz".</param>
    /// <param name="cases">How many cases.</param>
    /// <param name="parallelism">How many at once.</param>
    /// <param name="build">A case from its random choices.</param>
    /// <param name="check">Runs a case, counts its violations in the tally given, throws when it found any, and returns its outcome.</param>
    public static async Task RunAsync(ITestOutputHelper output, string title, int cases, int parallelism, Func<int[], SocketFuzzCase> build, Func<SocketFuzzCase, ViolationTally, Task<string>> check)
    {
        var violations = new ViolationTally();
        try
        {
            var tally = await FuzzRunner.RunAsync(SocketMutator.Choices, cases, parallelism, choices => build(choices).ToString(), choices => check(build(choices), violations));
            output.WriteLine(tally.Report(title + " (seed " + FuzzSettings.Seed + ")"));
        }
        finally
        {
            output.WriteLine("oracle: " + violations.Report(SocketOracle.Checked));
            foreach (var detail in violations.Details)
            {
                output.WriteLine("  " + detail);
            }
        }
    }
}
