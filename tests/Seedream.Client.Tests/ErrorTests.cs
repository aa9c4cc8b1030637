using System;
using System.Threading.Tasks;
using Seedream.Client.Tests.Infrastructure;
using Xunit;

namespace Seedream.Client.Tests;

public class ErrorTests
{
    [Fact]
    public async Task BadRequest_IsInvalidRequest_WithTheApisCodeAndMessage()
    {
        using var h = new Harness();
        h.Handler.On("POST", "/v1/tasks", Reply.Error(400, "invalid_parameter", "size 7:3 is not supported"));

        var error = await Assert.ThrowsAsync<SeedreamInvalidRequestException>(() => h.Client.SubmitAsync(Request()));

        Assert.Equal(400, error.StatusCode);
        Assert.Equal("invalid_parameter", error.ApiCode);
        Assert.Equal("size 7:3 is not supported", error.ApiMessage);
        Assert.Contains("invalid_parameter", error.Message);
        Assert.Contains("size 7:3 is not supported", error.Message);
    }

    [Fact]
    public async Task Unauthorized_IsAuthentication_AndPointsAtTheKeySetting()
    {
        using var h = new Harness();
        h.Handler.On("GET", "/v1/tasks/task-1", Reply.Error(401, "invalid_api_key", "Invalid API key"));

        var error = await Assert.ThrowsAsync<SeedreamAuthenticationException>(() => h.Client.GetTaskAsync("task-1"));

        Assert.Equal(401, error.StatusCode);
        Assert.Contains("ApiKey", error.Message);
        Assert.Single(h.Handler.Requests);
    }

    [Fact]
    public async Task PaymentRequired_IsInsufficientBalance()
    {
        using var h = new Harness();
        h.Handler.On("POST", "/v1/tasks", Reply.Error(402, "insufficient_balance", "Balance too low"));

        var error = await Assert.ThrowsAsync<SeedreamInsufficientBalanceException>(() => h.Client.SubmitAsync(Request()));

        Assert.Equal("insufficient_balance", error.ApiCode);
        Assert.Single(h.Handler.Requests);
    }

    [Fact]
    public async Task NotFound_CarriesTheTaskId()
    {
        using var h = new Harness();
        h.Handler.On("GET", "/v1/tasks/task-404", Reply.Error(404, "task_not_found", "No such task"));

        var error = await Assert.ThrowsAsync<SeedreamNotFoundException>(() => h.Client.GetTaskAsync("task-404"));

        Assert.Equal("task-404", error.TaskId);
        Assert.Contains("task-404", error.Message);
    }

    [Fact]
    public async Task RateLimited_AfterTheClientsRetries_CarriesRetryAfter()
    {
        using var h = new Harness(o => o.Retry.MaxAttempts = 2);
        h.Handler.On("GET", "/v1/tasks/task-1", Reply.Error(429, "rate_limited", "Too many requests", ("Retry-After", "7")));

        var error = await Assert.ThrowsAsync<SeedreamRateLimitException>(() => h.RunAsync(h.Client.GetTaskAsync("task-1")));

        Assert.Equal(TimeSpan.FromSeconds(7), error.RetryAfter);
        Assert.Equal(2, h.Handler.Requests.Count);
        Assert.Equal(7, h.Handler.Requests[1].At.TotalSeconds, 1);
    }

    [Fact]
    public async Task RateLimited_WithARetryAfterLongerThanTheClientWaitsOut_IsRaisedAtOnce()
    {
        using var h = new Harness();
        h.Handler.On("GET", "/v1/tasks/task-1", Reply.Error(429, "rate_limited", "Too many requests", ("Retry-After", "3600")));

        var error = await Assert.ThrowsAsync<SeedreamRateLimitException>(() => h.Client.GetTaskAsync("task-1"));

        Assert.Equal(TimeSpan.FromHours(1), error.RetryAfter);
        Assert.Single(h.Handler.Requests);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    public async Task ServerErrors_AfterTheClientsRetries_AreServerErrors(int status)
    {
        using var h = new Harness();
        h.Handler.On("GET", "/v1/tasks/task-1", Reply.Error(status, "server_error", "Try later"));

        var error = await Assert.ThrowsAsync<SeedreamServerException>(() => h.RunAsync(h.Client.GetTaskAsync("task-1")));

        Assert.Equal(status, error.StatusCode);
        Assert.Equal(3, h.Handler.Requests.Count);
    }

    [Fact]
    public async Task ServerError_WithAnHtmlBody_IsStillAServerError()
    {
        using var h = new Harness(o => o.Retry.MaxAttempts = 1);
        h.Handler.On("GET", "/v1/tasks/task-1", Reply.Bytes(System.Text.Encoding.UTF8.GetBytes("<html>Bad gateway</html>"), "text/html", 502));

        var error = await Assert.ThrowsAsync<SeedreamServerException>(() => h.Client.GetTaskAsync("task-1"));

        Assert.Equal(502, error.StatusCode);
    }

    [Fact]
    public async Task ReadThatNeverAnswers_TimesOutPerAttempt_AndIsRetried_ThenRaisesTimeoutWithTheTaskId()
    {
        using var h = new Harness(o => o.RequestTimeout = TimeSpan.FromSeconds(10));
        h.Handler.On("GET", "/v1/tasks/task-1", Reply.Hang());

        var error = await Assert.ThrowsAsync<SeedreamRequestTimeoutException>(() => h.RunAsync(h.Client.GetTaskAsync("task-1")));

        Assert.Equal("task-1", error.TaskId);
        Assert.False(error.MayHaveCreatedTask);
        Assert.Equal(3, h.Handler.Requests.Count);
    }

    [Fact]
    public async Task AnswerWithoutATaskObject_IsAServerError_NotAnUnhandledParseFailure()
    {
        using var h = new Harness(o => o.Retry.MaxAttempts = 1);
        h.Handler.On("GET", "/v1/tasks/task-1", Reply.Json(200, "not json at all"));

        var error = await Assert.ThrowsAsync<SeedreamServerException>(() => h.Client.GetTaskAsync("task-1"));

        Assert.Equal(200, error.StatusCode);
    }

    private static SeedreamRequest Request() => SeedreamRequest.ForModel("seedream-5.0").Prompt("a cat").Build();
}
