using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Seedream.Testing.Benchmarks;

namespace Seedream.Client.Benchmarks;

/// <summary>
/// Runs the client benchmarks: <c>dotnet run -c Release --project tests/Seedream.Client.Benchmarks -- --filter '*'</c>.
/// Pass <c>--cpu-time</c> first to time with the benchmark thread's CPU time (in-process), which a busy shared
/// machine does not distort the way it distorts wall time.
/// </summary>
public static class Program
{
    /// <summary>Entry point; other arguments go to BenchmarkDotNet's switcher.</summary>
    /// <param name="args">BenchmarkDotNet arguments, e.g. <c>--filter '*'</c>, optionally preceded by <c>--cpu-time</c>.</param>
    /// <returns>0 when every selected benchmark ran, 1 when one failed.</returns>
    public static int Main(string[] args)
    {
        var cpuTime = args.FirstOrDefault() == "--cpu-time";
        var config = cpuTime
            ? DefaultConfig.Instance.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithClock(new ThreadCpuClock()).WithId("ThreadCpuTime").AsDefault())
            : DefaultConfig.Instance;
        return BenchmarkProgram.Run(typeof(Program).Assembly, cpuTime ? args.Skip(1).ToArray() : args, config);
    }
}
