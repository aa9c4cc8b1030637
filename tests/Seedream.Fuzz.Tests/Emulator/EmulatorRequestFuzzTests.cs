using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;
using Seedream.Emulator;
using Seedream.Fuzz.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace Seedream.Fuzz.Tests.Emulator;

/// <summary>
/// The emulator under mutated requests (no fault injection): every answer is a success or a 4xx, never
/// a 5xx or a dropped connection; every 4xx with a body carries the error envelope with a message; and
/// the emulator still creates a task afterwards.
/// </summary>
public sealed class EmulatorRequestFuzzTests
{
    private const int ShortCount = 1500;
    private const string ApiKey = "sk-fuzz";

    private readonly ITestOutputHelper _output;

    public EmulatorRequestFuzzTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task MutatedRequests_AreAnsweredWithSuccessOr4xx_NeverA5xxOrACrash()
    {
        // The clock never moves, so no task ends: the store is let hold every one, so that valid creates go on being accepted.
        var options = new EmulatorOptions { ApiKey = ApiKey, SyncWait = TimeSpan.Zero, MaxRetainedTasks = int.MaxValue };
        await using var emulator = await SeedreamEmulator.StartAsync(options, new FakeTimeProvider(new DateTimeOffset(2026, 4, 4, 6, 46, 0, TimeSpan.Zero)));
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = emulator.BaseAddress };
        var taskIds = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            taskIds.Add(await CreateTaskAsync(http));
        }

        var tally = await FuzzRunner.RunAsync(
            RequestMutator.Choices,
            FuzzSettings.Iterations(ShortCount),
            choices => RequestMutator.Build(choices, ApiKey, taskIds).ToString(),
            async choices =>
            {
                var request = RequestMutator.Build(choices, ApiKey, taskIds);
                using var message = ToMessage(request);
                using var response = await http.SendAsync(message);
                var body = await response.Content.ReadAsStringAsync();
                var status = (int)response.StatusCode;
                Assert.True(status < 500, $"The emulator answered {status}: {body}");
                if (body.Length == 0)
                {
                    // Kestrel itself refuses some requests (e.g. a NUL in the path) before any endpoint runs, and a HEAD answer has no body.
                    return $"{Endpoint(request)} → {status} from the server, no body";
                }

                if (status >= 400)
                {
                    Assert.True(HasErrorMessage(body), $"A {status} without the error envelope: {body}");
                }

                return $"{Endpoint(request)} → {status}";
            });

        _output.WriteLine(tally.Report("Emulator request fuzz (seed " + FuzzSettings.Seed + ")"));
        _output.WriteLine($"Emulator counters: {emulator.Counters.TasksCreated} tasks created, {emulator.Counters.Rejected} rejected, {emulator.Counters.Polls} polls, {emulator.Counters.Cancels} cancels");
        Assert.StartsWith("task", await CreateTaskAsync(http), StringComparison.Ordinal);
    }

    private static async Task<string> CreateTaskAsync(HttpClient http)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, "/v1/tasks")
        {
            Content = new StringContent("{\"model\":\"seedream-5.0\",\"prompt\":\"a shiba in a space suit\"}", Encoding.UTF8, "application/json"),
        };
        message.Headers.TryAddWithoutValidation("Authorization", "Bearer " + ApiKey);
        using var response = await http.SendAsync(message);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return (string)JObject.Parse(body)["task_id"]!;
    }

    private static bool HasErrorMessage(string body)
    {
        var message = JObject.Parse(body).SelectToken("error.message");
        return message is { Type: JTokenType.String } && ((string)message!).Length > 0;
    }

    private static HttpRequestMessage ToMessage(FuzzRequest request)
    {
        var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Path);
        if (request.Body is not null)
        {
            message.Content = new ByteArrayContent(request.Body);
        }

        foreach (var (name, value) in request.Headers)
        {
            if (!message.Headers.TryAddWithoutValidation(name, value))
            {
                message.Content?.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return message;
    }

    private static string Endpoint(FuzzRequest request)
    {
        var (method, route) = request.Path is "/v1/tasks" or "/v1/tasks/sync" ? ("POST", request.Path)
            : request.Path.EndsWith("/cancel", StringComparison.Ordinal) ? ("POST", "/v1/tasks/{id}/cancel")
            : ("GET", "/v1/tasks/{id}");
        return request.Method == method ? method + " " + route : "another method on " + route;
    }
}
