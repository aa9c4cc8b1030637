using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using Seedream.Transport;
using Xunit;

namespace Seedream.Emulator.Tests;

public class FaultInjectionTests
{
    private const string CreateBody = """{"model":"seedream-5.0","prompt":"a red fox"}""";

    [Theory]
    [InlineData(FaultKind.RateLimited, 429, "rate_limited")]
    [InlineData(FaultKind.ServiceUnavailable, 503, "service_unavailable")]
    public async Task RetryableStatusFaults_SendRetryAfter_AndCreateNoTask(FaultKind kind, int status, string code)
    {
        await using var harness = await EmulatorHarness.StartAsync(options =>
        {
            options.Faults.RetryAfterSeconds = 7;
            if (kind == FaultKind.RateLimited)
            {
                options.Faults.RateLimitRate = 1;
            }
            else
            {
                options.Faults.ServiceUnavailableRate = 1;
            }
        });

        using var response = await PostAsync(harness, "v1/tasks", CreateBody);
        var body = JObject.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), response.Headers.RetryAfter!.Delta);
        Assert.Equal(code, (string)body["error"]!["code"]!);
        Assert.Equal(0, harness.Counters.TasksCreated);
        Assert.Equal(1, harness.Counters.Faults(kind));
        Assert.Equal(1, harness.Counters.FaultsInjected);
    }

    [Fact]
    public async Task ServerErrorFault_Answers500ThroughTheTransportClient()
    {
        await using var harness = await EmulatorHarness.StartAsync(options => options.Faults.ServerErrorRate = 1);

        var error = await Assert.ThrowsAsync<SeedreamApiException<ErrorResponse>>(() => harness.Client.GetTaskAsync("task-any"));

        Assert.Equal(500, error.StatusCode);
        Assert.Equal("server_error", error.Result.Error!.Code);
        Assert.Equal(0, harness.Counters.Polls);
        Assert.Equal(1, harness.Counters.Faults(FaultKind.ServerError));
    }

    [Fact]
    public async Task DroppedConnection_AfterCreate_FailsTheClientButTheTaskExists()
    {
        await using var harness = await EmulatorHarness.StartAsync(options => options.Faults.DropConnectionRate = 1);

        var error = await Record.ExceptionAsync(() => harness.Client.CreateTaskAsync(EmulatorHarness.Request()));

        Assert.True(error is HttpRequestException or System.IO.IOException, $"expected a transport failure, got {error}");
        Assert.Equal(1, harness.Counters.TasksCreated);
        Assert.Equal(1, harness.Counters.Faults(FaultKind.DroppedConnection));
    }

    [Fact]
    public async Task TruncatedBody_EndsCleanlyWithHalfTheJson()
    {
        await using var harness = await EmulatorHarness.StartAsync(options => options.Faults.TruncateBodyRate = 1);

        using var response = await PostAsync(harness, "v1/tasks", CreateBody);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(200, (int)response.StatusCode);
        Assert.StartsWith("{\"task_id\":\"task-", text);
        Assert.ThrowsAny<Newtonsoft.Json.JsonException>(() => JObject.Parse(text));
        Assert.Equal(1, harness.Counters.TasksCreated);
        Assert.Equal(1, harness.Counters.Faults(FaultKind.TruncatedBody));
    }

    [Fact]
    public async Task Latency_DelaysTheAnswer_AndIsCounted()
    {
        var options = new EmulatorOptions { ApiKey = "sk-test" };
        options.Faults.LatencyRate = 1;
        options.Faults.Latency = TimeSpan.FromMilliseconds(150);
        await using var emulator = await SeedreamEmulator.StartAsync(options);
        using var http = emulator.CreateHttpClient();

        var clock = Stopwatch.StartNew();
        using var response = await http.GetAsync("v1/tasks/task-any");
        clock.Stop();

        Assert.Equal(404, (int)response.StatusCode);
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(140), $"answered after {clock.Elapsed.TotalMilliseconds} ms");
        Assert.Equal(1, emulator.Counters.Faults(FaultKind.Latency));
    }

    [Fact]
    public async Task SameSeed_InjectsTheSameFaultsInTheSameOrder()
    {
        var first = await StatusSequenceAsync(seed: 42);
        var second = await StatusSequenceAsync(seed: 42);

        Assert.Equal(first, second);
        Assert.Contains(200, first);
        Assert.True(first.Distinct().Count() >= 3, string.Join(",", first));
    }

    [Fact]
    public async Task ResultLinks_AreNotFaulted()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var task = await harness.CompleteAsync(EmulatorHarness.Request());
        harness.Emulator.Options.Faults.ServerErrorRate = 1;

        var (status, _, _) = await ImageDecoding.DownloadAsync(task.Result!.Images!.Single().Url!.Single());

        Assert.Equal(200, status);
        Assert.Equal(0, harness.Counters.FaultsInjected);
    }

    private static async Task<List<int>> StatusSequenceAsync(int seed)
    {
        await using var harness = await EmulatorHarness.StartAsync(options =>
        {
            options.Faults.Seed = seed;
            options.Faults.ServerErrorRate = 0.2;
            options.Faults.ServiceUnavailableRate = 0.2;
            options.Faults.RateLimitRate = 0.2;
        });
        var statuses = new List<int>();
        for (var i = 0; i < 30; i++)
        {
            using var response = await PostAsync(harness, "v1/tasks", CreateBody);
            statuses.Add((int)response.StatusCode);
        }

        Assert.Equal(statuses.Count(status => status == 200), harness.Counters.TasksCreated);
        return statuses;
    }

    private static Task<HttpResponseMessage> PostAsync(EmulatorHarness harness, string path, string json) =>
        harness.Http.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));
}
