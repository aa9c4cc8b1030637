using System;
using System.Linq;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using Xunit;

namespace Seedream.Emulator.Tests;

/// <summary>Every non-2xx answer carries the spec's error envelope, whoever refused the request: routing, the head limits, the body reader.</summary>
public class ErrorEnvelopeTests
{
    public static TheoryData<string, string, int, string, string> Refusals() => new()
    {
        { "no such route", "GET /nowhere HTTP/1.1", 404, "not_found", "No such endpoint: GET /nowhere." },
        { "a method the create does not take", "GET /v1/tasks HTTP/1.1", 405, "method_not_allowed", "GET is not allowed on /v1/tasks; it takes POST." },
        { "a method the task does not take", "DELETE /v1/tasks/task-1 HTTP/1.1", 405, "method_not_allowed", "DELETE is not allowed on /v1/tasks/task-1" },
        { "a method a file does not take", "POST /files/a.png HTTP/1.1\r\nContent-Length: 0", 405, "method_not_allowed", "POST is not allowed on /files/a.png; it takes GET" },
        { "a 9 KiB task id", "GET /v1/tasks/task-" + new string('a', 9 * 1024) + " HTTP/1.1", 414, "uri_too_long", "the most read is 8192" },
        { "a 40 KiB header", "GET /v1/tasks/task-1 HTTP/1.1\r\nX-Padding: " + new string('p', 40 * 1024), 431, "headers_too_large", "the most read is 32768" },
        { "150 headers", "GET /v1/tasks/task-1 HTTP/1.1\r\n" + string.Join("\r\n", Enumerable.Range(0, 150).Select(i => $"X-H{i}: v")), 431, "headers_too_large", "the most read is 100" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Refusal_CarriesTheErrorEnvelope(string what, string head, int status, string code, string message)
    {
        await using var harness = await EmulatorHarness.StartAsync();

        var answer = await RawRequest.SendAsync(harness.Emulator.BaseAddress, head + $"\r\nHost: x\r\nAuthorization: Bearer {harness.Emulator.ApiKey}");

        Assert.True(status == answer.Status, $"{what}: {answer.Head}");
        await AssertEnvelopeAsync(answer, code, message);
    }

    [Fact]
    public async Task Create_WithABrokenChunkedBody_Is400_WithTheEnvelope()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        var answer = await RawRequest.SendAsync(
            harness.Emulator.BaseAddress,
            $"POST /v1/tasks HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {harness.Emulator.ApiKey}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked",
            "zz\r\n{}\r\n0\r\n\r\n");

        Assert.Equal(400, answer.Status);
        await AssertEnvelopeAsync(answer, "invalid_request", "The request could not be read");
        Assert.Equal(0, harness.Counters.TasksCreated);
    }

    [Fact]
    public async Task SyncEndpoint_RefusedByTheHeadLimits_AddsTheErrorType()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        var answer = await RawRequest.SendAsync(harness.Emulator.BaseAddress, "POST /v1/tasks/sync HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nX-Padding: " + new string('p', 40 * 1024));

        Assert.Equal(431, answer.Status);
        Assert.Equal("invalid_request_error", (string?)JObject.Parse(answer.Body)["error"]?["type"]);
    }

    private static async Task AssertEnvelopeAsync(RawRequest.Answer answer, string code, string message)
    {
        Assert.Contains("Content-Type: application/json", answer.Head, StringComparison.OrdinalIgnoreCase);
        OpenApiSchemas.AssertValid(await OpenApiSchemas.ForComponentAsync("ErrorResponse"), answer.Body, $"the {answer.Status} answer");
        var error = JObject.Parse(answer.Body)["error"]!;
        Assert.Equal(code, (string?)error["code"]);
        Assert.Contains(message, (string?)error["message"], StringComparison.Ordinal);
    }
}
