using System;
using System.Linq;
using System.Threading.Tasks;
using Seedream.Fuzz.Tests.Infrastructure;
using Seedream.Testing.Sockets;
using Xunit;
using Xunit.Abstractions;

namespace Seedream.Fuzz.Tests.Client.Sockets;

/// <summary>
/// The CLI part of the socket fuzz's oracle: the first socket fuzz cases (one per hundred of the socket fuzz's count),
/// made <see cref="QuickWire"/>, run through <c>seedream wait</c> or <c>seedream generate</c> with the key in the
/// environment. Besides <see cref="SocketOracle"/> (the key in any letter case in neither standard output nor
/// standard error nor a file name under the folder, files named after the asked task and images, no unsafe re-send,
/// the run within its bound + <see cref="CallBounds.Slack"/>), the exit code is one the CLI documents, and not 1 (an unexpected error).
/// </summary>
public sealed class CliSocketFuzzTests
{
    /// <summary>One CLI case per this many socket fuzz cases: a process start is slow.</summary>
    private const int Share = 100;
    private const int Parallelism = 4;

    /// <summary>The CLI's documented exit codes but 1 (see Seedream.Cli's <c>ExitCodes</c>).</summary>
    private static readonly int[] Documented = { 0, 2, 3, 4, 5, 130 };

    private readonly ITestOutputHelper _output;

    public CliSocketFuzzTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public Task TheCli_OnMutatedSockets_EndsInTime_WithADocumentedExitCode_AndNeverShowsTheKey() =>
        SocketFuzzRun.RunAsync(
            _output,
            "CLI socket fuzz",
            Math.Max(1, FuzzSettings.Iterations(SocketClientFuzzTests.ShortCount) / Share),
            Parallelism,
            choices => QuickWire.Of(SocketMutator.Build(choices)),
            async (fuzzCase, violations) =>
            {
                var (evidence, run) = await CliCaseRunner.RunAsync(fuzzCase);
                var found = SocketOracle.Judge(evidence.Outcome, evidence, violations).ToList();
                if (!Documented.Contains(run.ExitCode))
                {
                    violations.Add(evidence.Outcome, Violation.UntypedEscape, "exit code " + run.ExitCode);
                    found.Add("UntypedEscape: exit code " + run.ExitCode);
                }

                Assert.True(found.Count == 0, string.Join(Environment.NewLine, found.Append(run.ToString())));
                return evidence.Outcome;
            });
}
