using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Seedream.Testing.Cli;
using Seedream.Testing.Sockets;

namespace Seedream.Fuzz.Tests.Client.Sockets;

/// <summary>
/// Runs one socket fuzz case through the CLI: <c>seedream generate</c> for a generate case, <c>seedream wait</c>
/// for the others, as a process whose environment holds the key and points it at a hostile server answering from
/// the case's script (made <see cref="QuickWire"/>). The process's output stands for the log lines of the evidence.
/// </summary>
internal static class CliCaseRunner
{
    public static async Task<(CaseEvidence Evidence, CliRun Run)> RunAsync(SocketFuzzCase fuzzCase)
    {
        var script = new SocketScript(fuzzCase);
        HostileServer? self = null;
        await using var server = self = new HostileServer(request => script.Answer(request, self!.BaseUrl));
        var folder = Directory.CreateTempSubdirectory("seedream-cli-fuzz-");
        try
        {
            var generate = fuzzCase.Operation == ClientOperation.Generate;
            var command = generate ? new[] { "generate", "a lighthouse at dusk" } : new[] { "wait", ApiBodies.TaskId };
            var environment = new Dictionary<string, string> { ["SEEDREAM_API_KEY"] = ResponseMutator.ApiKey, ["SEEDREAM_BASE_URL"] = server.BaseUrl.ToString() };
            var clock = Stopwatch.StartNew();
            var run = await CliProcess.RunAsync(folder.FullName, environment, command.Concat(new[] { "--out", "images", "--timeout", CliLimits.WaitTimeout.TotalSeconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture) }).ToArray());
            var phase = ("cli " + command[0], clock.Elapsed, generate ? CliLimits.Generate : CliLimits.Wait);
            var evidence = new CaseEvidence(
                new[] { phase },
                null,
                run.Output.Concat(run.Errors).ToList(),
                SocketCaseRunner.Files(folder.FullName),
                server.Exchanges,
                script.AskedIds(fuzzCase.Operation),
                $"cli {command[0]}: exit {run.ExitCode}");
            return (evidence, run);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
