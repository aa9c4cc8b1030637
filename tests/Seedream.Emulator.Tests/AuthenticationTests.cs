using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using Xunit;

namespace Seedream.Emulator.Tests;

public class AuthenticationTests
{
    public static TheoryData<string, string> Endpoints() => new()
    {
        { "POST", "v1/tasks" },
        { "POST", "v1/tasks/sync" },
        { "GET", "v1/tasks/task-any" },
        { "POST", "v1/tasks/task-any/cancel" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task EveryEndpoint_WithoutAKey_Answers401WithTheErrorEnvelope(string method, string path)
    {
        await using var harness = await EmulatorHarness.StartAsync();
        using var request = Request(method, path);

        var (status, body) = await SendAsync(harness, request);

        Assert.Equal(401, status);
        Assert.Equal("invalid_api_key", (string)body["error"]!["code"]!);
        Assert.Contains("Authorization: Bearer <key>", (string)body["error"]!["message"]!);
        Assert.Equal(0, harness.Counters.TasksCreated);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task EveryEndpoint_WithAWrongKey_Answers401WithoutEchoingTheKey(string method, string path)
    {
        await using var harness = await EmulatorHarness.StartAsync();
        using var request = Request(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "sk-wrong-secret");

        var (status, body) = await SendAsync(harness, request);

        Assert.Equal(401, status);
        Assert.Equal("Invalid API key.", (string)body["error"]!["message"]!);
        Assert.DoesNotContain("sk-wrong-secret", body.ToString());
        Assert.Equal(1, harness.Counters.Rejected);
    }

    [Fact]
    public async Task SyncEndpoint_AddsTheErrorType_AndTheAsyncEndpointDoesNot()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        using var sync = Request("POST", "v1/tasks/sync");
        using var async = Request("POST", "v1/tasks");

        var (_, syncBody) = await SendAsync(harness, sync);
        var (_, asyncBody) = await SendAsync(harness, async);

        Assert.Equal("authentication_error", (string)syncBody["error"]!["type"]!);
        Assert.Null(asyncBody["error"]!["type"]);
    }

    private static HttpRequestMessage Request(string method, string path) => new(new HttpMethod(method), path)
    {
        Content = method == "POST" ? new StringContent("""{"model":"seedream-5.0","prompt":"x"}""", Encoding.UTF8, "application/json") : null,
    };

    private static async Task<(int Status, JObject Body)> SendAsync(EmulatorHarness harness, HttpRequestMessage request)
    {
        using var client = new HttpClient { BaseAddress = harness.Emulator.BaseAddress };
        using var response = await client.SendAsync(request);
        return ((int)response.StatusCode, JObject.Parse(await response.Content.ReadAsStringAsync()));
    }
}
