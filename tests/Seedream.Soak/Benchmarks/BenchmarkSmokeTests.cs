using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Seedream.Testing;
using Xunit;

namespace Seedream.Soak.Benchmarks;

/// <summary>
/// Every benchmark behind BENCHMARKS.md still runs: each BenchmarkDotNet program once with a one-iteration
/// in-process job, each script with a handful of jobs or files, this program's concurrent waits with a handful
/// of tasks, all from the outputs of the build these tests belong to. The figures mean nothing here (a Debug build, one iteration); what fails is a benchmark that no
/// longer runs: a setup that throws, a benchmark that does not execute, a script that finds nothing to measure.
/// </summary>
[Collection(BenchmarkSmokeCollection.Name)]
public sealed class BenchmarkSmokeTests : IDisposable
{
    private const string BatchScript = "tests/Seedream.Batch.Tests/Benchmarks/batch-10k.sh";
    private const string RealBuildScript = "tests/Seedream.Generators.Benchmarks/RealBuild/measure.sh";

    /// <summary>One launch, no warm-up, one iteration of one call, in the program's own process (no project built per benchmark).</summary>
    private static readonly string[] OneIteration =
    {
        "--filter", "*", "--inProcess", "--strategy", "ColdStart", "--launchCount", "1", "--warmupCount", "0", "--iterationCount", "1",
    };

    /// <summary>A generous bound for a busy 2-core machine; each run takes seconds.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    /// <summary>The configuration these tests were built in, and with them the programs and scripts they run.</summary>
    private static readonly string Configuration = typeof(BenchmarkSmokeTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;

    private readonly string _directory = Directory.CreateTempSubdirectory("seedream-benchmark-smoke-").FullName;

    /// <summary>Each benchmark program and the mode it is run in (BENCHMARKS.md runs the client's with <c>--cpu-time</c>).</summary>
    public static TheoryData<string, string> Programs() => new()
    {
        { "Seedream.Generators.Benchmarks", string.Empty },
        { "Seedream.Client.Benchmarks", string.Empty },
        { "Seedream.Client.Benchmarks", "--cpu-time" },
    };

    [Theory]
    [MemberData(nameof(Programs))]
    public async Task BenchmarkProgram_RunsEveryBenchmarkOnce(string project, string mode)
    {
        var program = RepositoryPaths.Of("tests", project, "bin", Configuration, "net10.0", project + ".dll");
        var arguments = new[] { program }.Concat(mode.Length == 0 ? Array.Empty<string>() : new[] { mode }).Concat(OneIteration).Concat(new[] { "--artifacts", _directory });

        var result = await DotnetCli.RunAsync(_directory, arguments, Patience);

        Assert.True(result.Succeeded, result.Describe());
        var found = Regex.Match(result.Output, @"Found (\d+) benchmark\(s\) in total").Groups[1].Value;
        var executed = Regex.Match(result.Output, @"Global total time: .*, executed benchmarks: (\d+)").Groups[1].Value;
        Assert.True(found.Length > 0 && found != "0" && executed == found, $"{executed} of {found} benchmarks executed.\n{result.Describe()}");
    }

    [Fact]
    public async Task BatchScript_RunsTwentyJobs_AndSavesThemAll()
    {
        var environment = new Dictionary<string, string>
        {
            ["JOBS"] = "20",
            ["CONCURRENCY"] = "4",
            ["BIN"] = RepositoryPaths.Of("runtime", "Seedream.Cli", "bin", Configuration, "net10.0"),
        };

        var result = await DotnetCli.RunProgramAsync("bash", _directory, new[] { RepositoryPaths.Of(BatchScript) }, Patience, environment);

        Assert.True(result.Succeeded, result.Describe());
        Assert.Contains("| saved 20 of 20 jobs |", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RealBuildScript_TimesTheGeneratorAndRegexGeneratorInOneBuild()
    {
        var environment = new Dictionary<string, string>
        {
            ["FILES"] = "2",
            ["BUILDS"] = "1",
            ["GENERATOR"] = RepositoryPaths.Of("generator", "Seedream.Generators", "bin", Configuration, "netstandard2.0", "Seedream.Generators.dll"),
        };

        var result = await DotnetCli.RunProgramAsync("bash", _directory, new[] { RepositoryPaths.Of(RealBuildScript), Path.Combine(_directory, "work") }, Patience, environment);

        Assert.True(result.Succeeded, result.Describe());
        Assert.Matches(@"median of 1: Seedream generator \+ analyzers \d+ ms, RegexGenerator \d+ ms", result.Output);
    }

    /// <summary>This program's <c>waits</c> mode (BENCHMARKS.md's concurrent waits), with 20 tasks of 1 s; its <c>polling</c>, <c>soak</c> and resume modes have their own tests.</summary>
    [Fact]
    public async Task SoakWaitsMode_CompletesEveryTask()
    {
        var arguments = new[] { Path.Combine(AppContext.BaseDirectory, "Seedream.Soak.dll"), "waits", "--tasks", "20", "--seconds", "1" };

        var result = await DotnetCli.RunAsync(_directory, arguments, Patience);

        Assert.True(result.Succeeded, result.Describe());
        Assert.Contains("| tasks (each 1 s) / completed | 20 / 20 |", result.Output, StringComparison.Ordinal);
    }

    /// <summary>A benchmark added to the repository is added here too, or this fails: none can rot unnoticed.</summary>
    [Fact]
    public void EveryBenchmarkOfTheRepository_HasASmokeRunHere()
    {
        var tests = RepositoryPaths.Of("tests");
        var programs = Directory.EnumerateFiles(tests, "*.csproj", SearchOption.AllDirectories)
            .Where(path => File.ReadAllText(path).Contains("<PackageReference Include=\"BenchmarkDotNet\"", StringComparison.Ordinal))
            .Select(path => Path.GetFileNameWithoutExtension(path)!)
            .OrderBy(name => name, StringComparer.Ordinal);
        var scripts = Directory.EnumerateFiles(tests, "*.sh", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(RepositoryPaths.Root, path).Replace('\\', '/'))
            .Where(path => !path.Split('/').Any(part => part is "bin" or "obj" or "node_modules"))
            .OrderBy(path => path, StringComparer.Ordinal);

        Assert.Equal(Programs().Select(row => (string)row[0]).Distinct().OrderBy(name => name, StringComparer.Ordinal), programs);
        Assert.Equal(new[] { BatchScript, RealBuildScript }.OrderBy(path => path, StringComparer.Ordinal), scripts);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
