using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Seedream.Fuzz.Tests.Infrastructure;
using Seedream.Testing;
using Seedream.Testing.Time;
using Seedream.Transport;
using Xunit;
using Xunit.Abstractions;

namespace Seedream.Fuzz.Tests.Client;

/// <summary>
/// The client's response handling under mutated API bodies, statuses, headers, image downloads and
/// broken connections: each operation either succeeds with a sensible result or throws a
/// <see cref="SeedreamException"/> — never a NullReferenceException, InvalidCastException, a JSON
/// exception or anything else — it never hangs, and the API key is nowhere in the exception (its
/// <c>ToString()</c>, inner exceptions included) and in no log line, even when the server quotes it.
/// </summary>
public sealed class ClientResponseFuzzTests : IDisposable
{
    private const int ShortCount = 3000;
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan WallLimit = TimeSpan.FromSeconds(30);

    private readonly ITestOutputHelper _output;
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "seedream-client-fuzz-" + Guid.NewGuid().ToString("N"));

    public ClientResponseFuzzTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task MutatedAnswers_EndInSuccessOrASeedreamException_NeverHang_AndNeverShowTheKey()
    {
        var tally = await FuzzRunner.RunAsync(
            ResponseMutator.Choices,
            FuzzSettings.Iterations(ShortCount),
            choices => ResponseMutator.Build(choices).ToString(),
            async choices =>
            {
                var script = ResponseMutator.Build(choices);
                var clock = new WatchedClock(Start);
                using var logs = new LogCapture();
                var options = new SeedreamClientOptions
                {
                    ApiKey = ResponseMutator.ApiKey,
                    BaseUrl = new Uri("https://api.seedream.test/"),
                    RequestTimeout = TimeSpan.FromSeconds(10),
                    Polling = { Timeout = TimeSpan.FromSeconds(60) },
                    UseSyncEndpoint = script.Operation == ClientOperation.Generate && choices[0] % 2 == 0,
                };
                using var handler = new ScriptedHandler(script);
                using var client = new SeedreamClient(options, handler, clock, logs.Factory);
                var directory = Path.Combine(_directory, "case");
                var run = RunAsync(client, script.Operation, directory);
                await clock.DriveAsync(run, WallLimit);
                string outcome;
                try
                {
                    outcome = await run;
                }
                catch (SeedreamException exception)
                {
                    Assert.DoesNotContain(ResponseMutator.ApiKey, exception.ToString(), StringComparison.Ordinal);
                    outcome = exception.GetType().Name;
                }
                finally
                {
                    if (Directory.Exists(directory))
                    {
                        Directory.Delete(directory, recursive: true);
                    }
                }

                var leaks = logs.Lines.Where(line => line.Contains(ResponseMutator.ApiKey, StringComparison.Ordinal)).ToList();
                Assert.True(leaks.Count == 0, "The API key is in a log line: " + string.Join(Environment.NewLine, leaks));
                return script.Operation + ": " + outcome;
            });

        _output.WriteLine(tally.Report("Client response fuzz (seed " + FuzzSettings.Seed + ")"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static async Task<string> RunAsync(SeedreamClient client, ClientOperation operation, string directory)
    {
        switch (operation)
        {
            case ClientOperation.Submit:
                var handle = await client.SubmitAsync(Request());
                Assert.False(string.IsNullOrWhiteSpace(handle.Id));
                return "submitted";
            case ClientOperation.Get:
                var task = await client.GetTaskAsync(ApiBodies.TaskId);
                Assert.NotNull(task);
                return "status " + (task.Status.IsTerminal ? task.Status.Value : "running/unknown");
            case ClientOperation.Cancel:
                await client.CancelAsync(ApiBodies.TaskId);
                return "cancelled";
            case ClientOperation.Stream:
                var count = 0;
                await foreach (var image in client.StreamImagesAsync(ApiBodies.TaskId))
                {
                    Assert.Equal(ApiBodies.TaskId, image.TaskId);
                    count++;
                }

                return count == 0 ? "streamed no image" : "streamed images";
            default:
                var result = operation == ClientOperation.Generate
                    ? await client.GenerateAsync(Request())
                    : await client.GetOperation(ApiBodies.TaskId).WaitForCompletionAsync();
                Assert.Equal(SeedreamTaskStatus.Completed, result.Task.Status);
                var saved = await result.SaveImagesAsync(directory);
                foreach (var file in saved)
                {
                    Assert.Equal(new FileInfo(file.Path).Length, file.Length);
                    Assert.True(file.Length > 0, $"Image {file.Index} was saved as an empty file: {file.Path}");
                }

                return saved.Count == 0 ? "completed, nothing to save" : "completed and saved";
        }
    }

    private static SeedreamRequest Request() => SeedreamRequest.ForModel("seedream-5.0").Prompt("一只柴犬穿宇航服站在月球上").Size("16:9").Resolution("2K").Build();
}
