using Xunit;

namespace Seedream.Soak.Benchmarks;

/// <summary>
/// The benchmark smoke runs alone, after this project's other tests: its child processes and builds then do not
/// slow the soak's and the resume test's timed waits, nor they it.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BenchmarkSmokeCollection
{
    public const string Name = nameof(BenchmarkSmokeCollection);
}
