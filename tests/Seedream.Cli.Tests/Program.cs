using System;
using System.Globalization;
using System.Threading.Tasks;

namespace Seedream.Cli.Tests;

/// <summary>
/// The test project's harness, run by hand on a quiet machine:
/// <c>dotnet run -c Release --project tests/Seedream.Cli.Tests -- ctrl-c [--runs 5]</c> times Ctrl+C in every phase
/// (<see cref="CtrlCHarness"/>). <c>dotnet test</c> runs the tests as usual.
/// </summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    /// <param name="args"><c>ctrl-c</c>, optionally followed by <c>--runs N</c>.</param>
    /// <returns>The harness's exit code; 2 for a command line it does not take.</returns>
    public static async Task<int> Main(string[] args)
    {
        switch (args)
        {
            case ["ctrl-c"]:
                return await CtrlCHarness.RunAsync(5);
            case ["ctrl-c", "--runs", var text] when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var runs) && runs > 0:
                return await CtrlCHarness.RunAsync(runs);
            default:
                Console.Error.WriteLine("usage: Seedream.Cli.Tests ctrl-c [--runs N]   (N a whole number above 0; default 5)");
                return 2;
        }
    }
}
