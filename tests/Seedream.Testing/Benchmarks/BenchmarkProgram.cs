using System;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace Seedream.Testing.Benchmarks;

/// <summary>
/// The entry point every benchmark program shares (linked into each as source: they need BenchmarkDotNet, the
/// test helpers do not). Runs BenchmarkDotNet's switcher with the program's arguments and exits with 1 when
/// a benchmark failed (its setup threw, it did not run, a validator refused it), which BenchmarkDotNet itself
/// only prints. A Debug build (the solution's build in CI, whose smoke run proves every benchmark still works)
/// runs without BenchmarkDotNet's check for optimized assemblies and says its figures mean nothing; the figures
/// in BENCHMARKS.md come from Release builds.
/// </summary>
internal static class BenchmarkProgram
{
    /// <summary>Runs the benchmarks of <paramref name="assembly"/> that <paramref name="args"/> select.</summary>
    /// <param name="assembly">The benchmark program's assembly.</param>
    /// <param name="args">BenchmarkDotNet's command-line arguments, e.g. <c>--filter '*' --job dry</c>.</param>
    /// <param name="config">The program's configuration; BenchmarkDotNet's default when <see langword="null"/>.</param>
    /// <returns>0 when every selected benchmark ran, 1 otherwise.</returns>
    public static int Run(Assembly assembly, string[] args, IConfig? config = null)
    {
        config ??= DefaultConfig.Instance;
#if DEBUG
        Console.WriteLine("// A Debug build: the benchmarks run to show that they work; their figures mean nothing (use -c Release).");
        config = config.WithOptions(ConfigOptions.DisableOptimizationsValidator);
#endif
        var summaries = BenchmarkSwitcher.FromAssembly(assembly).Run(args, config);
        var failed = summaries
            .Where(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success))
            .Select(summary => summary.Title)
            .ToList();
        if (failed.Count == 0)
        {
            return 0;
        }

        Console.Error.WriteLine("Benchmarks failed in: " + string.Join(", ", failed));
        return 1;
    }
}
