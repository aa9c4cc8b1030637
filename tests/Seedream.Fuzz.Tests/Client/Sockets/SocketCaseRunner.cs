using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Seedream.Testing;
using Seedream.Testing.Sockets;

namespace Seedream.Fuzz.Tests.Client.Sockets;

/// <summary>
/// Runs one socket fuzz case: a hostile loopback server answering from the case's script, a client with
/// <see cref="SocketLimits"/> built by <c>AddSeedream</c> (the shipped primary handlers, logging captured)
/// talking to it on real sockets, the operation's calls timed one by one.
/// </summary>
internal static class SocketCaseRunner
{
    public static async Task<CaseEvidence> RunAsync(SocketFuzzCase fuzzCase, string directory)
    {
        var script = new SocketScript(fuzzCase);
        HostileServer? self = null;
        await using var server = self = new HostileServer(request => script.Answer(request, self!.BaseUrl));
        using var logs = new LogCapture();
        var phases = new List<(string, TimeSpan, TimeSpan)>();
        Exception? thrown = null;
        string outcome;
        using (var services = new ServiceCollection()
                   .AddLogging(logging => logging.AddProvider(logs.Provider).SetMinimumLevel(LogLevel.Trace))
                   .AddSeedream(options => SocketLimits.Configure(options, server.BaseUrl, fuzzCase.UseSyncEndpoint))
                   .BuildServiceProvider())
        {
            var client = services.GetRequiredService<SeedreamClient>();
            async Task<object?> Timed(string call, TimeSpan bound, Func<Task<object?>> run)
            {
                var clock = Stopwatch.StartNew();
                try
                {
                    return await run();
                }
                finally
                {
                    phases.Add((call, clock.Elapsed, bound));
                }
            }

            try
            {
                outcome = await RunAsync(client, fuzzCase, directory, Timed);
            }
            catch (Exception exception)
            {
                thrown = exception;
                outcome = exception.GetType().Name;
            }
        }

        return new CaseEvidence(phases, thrown, logs.Lines, Files(directory), server.Exchanges, script.AskedIds(fuzzCase.Operation), fuzzCase.Operation + ": " + outcome);
    }

    private static async Task<string> RunAsync(SeedreamClient client, SocketFuzzCase fuzzCase, string directory, Func<string, TimeSpan, Func<Task<object?>>, Task<object?>> timed)
    {
        switch (fuzzCase.Operation)
        {
            case ClientOperation.Submit:
                await timed("submit", SocketLimits.Request, async () => await client.SubmitAsync(Request()));
                return "submitted";
            case ClientOperation.Get:
                var task = (SeedreamTask)(await timed("status", SocketLimits.Request, async () => await client.GetTaskAsync(ApiBodies.TaskId)))!;
                return "status " + (task.Status.IsTerminal ? task.Status.Value : "running/unknown");
            case ClientOperation.Cancel:
                await timed("cancel", SocketLimits.Request, async () => { await client.CancelAsync(ApiBodies.TaskId); return null; });
                return "cancelled";
            case ClientOperation.Stream:
                var count = (int)(await timed("stream", SocketLimits.Wait, async () => await CountAsync(client.StreamImagesAsync(ApiBodies.TaskId))))!;
                return count == 0 ? "streamed no image" : "streamed images";
            default:
                var result = fuzzCase.Operation == ClientOperation.Generate
                    ? (SeedreamResult)(await timed("generate", SocketLimits.Request + SocketLimits.Wait, async () => await client.GenerateAsync(Request())))!
                    : (SeedreamResult)(await timed("wait", SocketLimits.Wait, async () => await client.GetOperation(ApiBodies.TaskId).WaitForCompletionAsync()))!;
                var saved = (IReadOnlyList<SeedreamSavedImage>)(await timed("save", SocketLimits.Save, async () => await result.SaveImagesAsync(directory)))!;
                return saved.Count == 0 ? "completed, nothing to save" : "completed and saved";
        }
    }

    /// <summary>Every file under <paramref name="directory"/> (none when it was never made) with its bytes.</summary>
    public static IReadOnlyDictionary<string, byte[]> Files(string directory) =>
        Directory.Exists(directory)
            ? Directory.GetFiles(directory, "*", SearchOption.AllDirectories).ToDictionary(path => path, File.ReadAllBytes)
            : new Dictionary<string, byte[]>();

    private static async Task<object?> CountAsync(IAsyncEnumerable<SeedreamImage> images)
    {
        var count = 0;
        await foreach (var _ in images)
        {
            count++;
        }

        return count;
    }

    private static SeedreamRequest Request() => SeedreamRequest.ForModel("seedream-5.0").Prompt("一只柴犬穿宇航服站在月球上").Size("16:9").Resolution("2K").Build();
}
