using Seedream.Testing.Benchmarks;

namespace Seedream.Generators.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release --project tests/Seedream.Generators.Benchmarks -- --filter '*'</c>.</summary>
public static class Program
{
    /// <summary>Runs the benchmarks <paramref name="args"/> select; exits with 1 when one failed.</summary>
    /// <param name="args">BenchmarkDotNet arguments, e.g. <c>--filter '*'</c>.</param>
    public static int Main(string[] args) => BenchmarkProgram.Run(typeof(Program).Assembly, args);
}
