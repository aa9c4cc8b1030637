using BenchmarkDotNet.Running;

namespace Seedream.Generators.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release --project tests/Seedream.Generators.Benchmarks -- --filter '*'</c>.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
