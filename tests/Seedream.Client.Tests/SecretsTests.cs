using System;
using System.Linq;
using System.Threading.Tasks;
using Seedream.Client.Tests.Infrastructure;
using Seedream.Testing;
using Xunit;

namespace Seedream.Client.Tests;

/// <summary>The API key never appears in a message, ToString() or log line; image links are secrets too.</summary>
public class SecretsTests
{
    private const string SignedLink = "https://cdn.test/images/a.png?X-Signature=SIGNATURE-abcdef";

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(402)]
    [InlineData(404)]
    [InlineData(429)]
    [InlineData(500)]
    public async Task AnErrorBodyThatEchoesTheKey_NeverLeaksIt_IntoMessagesToStringOrLogs(int status)
    {
        using var h = new Harness(o => o.Retry.MaxAttempts = 1);
        h.Handler.On("GET", "/v1/tasks/task-1", Reply.Error(status, "echo", "Bearer " + Harness.ApiKey + " was used"));

        var error = await Assert.ThrowsAnyAsync<SeedreamException>(() => h.Client.GetTaskAsync("task-1"));

        Assert.DoesNotContain(Harness.ApiKey, error.Message);
        Assert.DoesNotContain(Harness.ApiKey, error.ToString());
        Assert.DoesNotContain(Harness.ApiKey, error.ApiMessage ?? string.Empty);
        Assert.DoesNotContain(Harness.ApiKey, h.Logs.All);
        Assert.Contains("[redacted]", error.Message);
    }

    [Fact]
    public async Task AFailedTaskWhoseErrorQuotesTheKey_ThrowsAndLogsWithoutIt()
    {
        using var h = new Harness();
        h.Handler.On("GET", "/v1/tasks/task-1", Reply.Json(200, TaskJson.Failed("task-1", "invalid_api_key", "Invalid API key " + Harness.ApiKey)));

        var error = await Assert.ThrowsAsync<SeedreamTaskFailedException>(() => h.RunAsync(h.Client.GetOperation("task-1").WaitForCompletionAsync()));

        Assert.DoesNotContain(Harness.ApiKey, error.ToString());
        Assert.DoesNotContain(Harness.ApiKey, error.ApiMessage);
        Assert.DoesNotContain(Harness.ApiKey, h.Logs.All);
        Assert.Equal("invalid_api_key", error.ApiCode);
    }

    [Fact]
    public async Task AnImageErrorOrStatusQuotingTheKey_NeverReachesMessagesOrLogs()
    {
        using var h = new Harness(o => o.Polling.Timeout = System.TimeSpan.FromSeconds(10));
        h.Handler
            .On("GET", "/v1/tasks/task-1", Reply.Json(200, TaskJson.Task("task-1", "completed", 100, TaskJson.ImageError("denied", "key " + Harness.ApiKey + " lacks access"))))
            .On("GET", "/v1/tasks/task-2", Reply.Json(200, TaskJson.Task("task-2", "stuck-" + Harness.ApiKey, 10)));
        using var directory = new TemporaryDirectory();
        var result = await h.RunAsync(h.Client.GetOperation("task-1").WaitForCompletionAsync());

        var notSaved = await Assert.ThrowsAsync<SeedreamImagesNotSavedException>(() => result.SaveImagesAsync(directory.Path));
        var timeout = await Assert.ThrowsAsync<SeedreamWaitTimeoutException>(() => h.RunAsync(h.Client.GetOperation("task-2").WaitForCompletionAsync()));

        Assert.DoesNotContain(Harness.ApiKey, notSaved.ToString());
        Assert.DoesNotContain(Harness.ApiKey, result.Images[0].ToString());
        Assert.DoesNotContain(Harness.ApiKey, timeout.ToString());
        Assert.DoesNotContain(Harness.ApiKey, timeout.LastStatus?.Value);
        Assert.DoesNotContain(Harness.ApiKey, h.Logs.All);
    }

    [Fact]
    public async Task AWholeRun_LogsTheTaskButNeverTheKey_TheAuthorizationHeader_OrImageLinks()
    {
        using var h = new Harness();
        h.Handler
            .On("POST", "/v1/tasks", Reply.Error(429, "rate_limited", "slow", ("Retry-After", "1")), Reply.Json(200, TaskJson.Task("task-1", "queued", 0)))
            .On("GET", "/v1/tasks/task-1",
                Reply.Error(503, "busy", "busy"),
                Reply.Json(200, TaskJson.Task("task-1", "completed", 100, TaskJson.Link(SignedLink))))
            .On("GET", "/images/a.png", Reply.Error(503, "busy", "busy"), Reply.Bytes(TestImages.Png, "image/png"));
        using var directory = new TemporaryDirectory();

        var result = await h.RunAsync(h.Client.GenerateAsync(SeedreamRequest.ForModel("seedream-5.0").Prompt("a cat").Build()));
        await h.RunAsync(result.SaveImagesAsync(directory.Path));

        var logs = h.Logs.All;
        Assert.Contains("task-1", logs);
        Assert.DoesNotContain(Harness.ApiKey, logs);
        Assert.DoesNotContain("Bearer", logs);
        Assert.DoesNotContain("SIGNATURE", logs);
        Assert.DoesNotContain("/images/a.png", logs);
        Assert.DoesNotContain("SIGNATURE", result.Images[0].ToString());
    }

    [Fact]
    public async Task TheKey_IsSentAsBearerToTheApi_ButNeverToTheImageHost()
    {
        using var h = new Harness();
        h.Handler
            .On("GET", "/v1/tasks/task-1", Reply.Json(200, TaskJson.Task("task-1", "completed", 100, TaskJson.Link(SignedLink))))
            .On("GET", "/images/a.png", Reply.Bytes(TestImages.Png, "image/png"));
        using var directory = new TemporaryDirectory();

        var result = await h.RunAsync(h.Client.GetOperation("task-1").WaitForCompletionAsync());
        await result.SaveImagesAsync(directory.Path);

        Assert.Equal("Bearer " + Harness.ApiKey, h.Handler.RequestsTo("GET", "/v1/tasks/task-1").Single().Authorization);
        Assert.Null(h.Handler.RequestsTo("GET", "/images/a.png").Single().Authorization);
    }

    [Fact]
    public void OptionsToString_SaysWhetherTheKeyIsSet_WithoutShowingIt()
    {
        var options = new SeedreamClientOptions { ApiKey = Harness.ApiKey };

        Assert.DoesNotContain(Harness.ApiKey, options.ToString());
        Assert.Contains("ApiKey = (set)", options.ToString());
    }
}
