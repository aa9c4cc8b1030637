using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Seedream.Fuzz.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace Seedream.Fuzz.Tests.Client.Sockets;

/// <summary>
/// The client fuzzer's socket mode: the mutated API bodies of <see cref="ResponseMutator"/>, served by a
/// hostile loopback server that also stalls, trickles, resets, lies about lengths, damages chunked framing and
/// headers, redirects anywhere, sends huge bodies and gateway pages, echoes the key back in any letter case, and
/// serves HTML, XML and gzip as image/jpeg. Real wall time with short limits; several cases at once. The oracle
/// (<see cref="SocketOracle"/>) is tallied by kind and must be all zeros.
/// </summary>
public sealed class SocketClientFuzzTests : IDisposable
{
    /// <summary>The count CI runs (SEEDREAM_FUZZ_ITERATIONS overrides it).</summary>
    internal const int ShortCount = 1000;
    private const int Parallelism = 12;

    private readonly ITestOutputHelper _output;
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "seedream-socket-fuzz-" + Guid.NewGuid().ToString("N"));

    public SocketClientFuzzTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public Task MutatedAnswersOnSockets_EndInTime_Typed_WithoutResendsMisnamedOrNonImageFiles_AndNeverShowTheKey() =>
        SocketFuzzRun.RunAsync(_output, "Client socket fuzz", FuzzSettings.Iterations(ShortCount), Parallelism, SocketMutator.Build, async (fuzzCase, violations) =>
        {
            var directory = Path.Combine(_directory, Guid.NewGuid().ToString("N"));
            try
            {
                var evidence = await SocketCaseRunner.RunAsync(fuzzCase, directory);
                var found = SocketOracle.Judge(evidence.Outcome, evidence, violations);
                Assert.True(found.Count == 0, string.Join(Environment.NewLine, found.Concat(evidence.LogLines.Prepend("Client log:"))));
                return evidence.Outcome;
            }
            finally
            {
                if (Directory.Exists(directory))
                {
                    Directory.Delete(directory, recursive: true);
                }
            }
        });

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
