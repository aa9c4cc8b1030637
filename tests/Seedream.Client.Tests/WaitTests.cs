using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Seedream.Client.Tests.Infrastructure;
using Xunit;

namespace Seedream.Client.Tests;

public class WaitTests
{
    private const string TaskPath = "/v1/tasks/task-1";

    [Fact]
    public async Task WaitAsync_PollsOnTheGrowingSchedule_AndReportsEachStatusAndProgressChangeOnce()
    {
        using var h = new Harness(o => o.Polling.FollowProgress = false);
        h.Handler.On("GET", TaskPath,
            Reply.Json(200, TaskJson.Task("task-1", "queued", 0)),
            Reply.Json(200, TaskJson.Task("task-1", "processing", 30)),
            Reply.Json(200, TaskJson.Task("task-1", "processing", 30)),
            Reply.Json(200, TaskJson.Task("task-1", "processing", 60)),
            Reply.Json(200, TaskJson.Task("task-1", "processing", 90)),
            Reply.Json(200, TaskJson.Task("task-1", "completed", 100, TaskJson.Link("https://cdn.test/a.png"))));
        var updates = new List<SeedreamTaskUpdate>();

        var result = await h.RunAsync(h.Client.GetOperation("task-1").WaitForCompletionAsync(new SyncProgress(updates.Add)));

        var pollTimes = h.Handler.RequestsTo("GET", TaskPath).Select(r => r.At.TotalSeconds).ToArray();
        Assert.Equal(new[] { 0, 2, 5, 9.5, 14.5, 19.5 }, pollTimes.Select(t => Math.Round(t, 1)));
        Assert.Equal(
            new[] { "queued 0", "processing 30", "processing 60", "processing 90", "completed 100" },
            updates.Select(u => u.Status + " " + u.Progress));
        Assert.Equal(new[] { true, true, false, false, true }, updates.Select(u => u.StatusChanged));
        Assert.Equal(new SeedreamTaskStatus?[] { null, "queued", "processing", "processing", "processing" }, updates.Select(u => u.PreviousStatus));
        Assert.Equal("task-1", result.TaskId);
        Assert.Single(result.Images);
    }

    [Fact]
    public async Task WaitAsync_HonoursRetryAfter_WhenPollingIsRateLimited()
    {
        using var h = new Harness();
        h.Handler.On("GET", TaskPath,
            Reply.Json(200, TaskJson.Task("task-1", "processing", 10)),
            Reply.Error(429, "rate_limited", "slow down", ("Retry-After", "20")),
            Reply.Json(200, TaskJson.Task("task-1", "completed", 100, TaskJson.Link("https://cdn.test/a.png"))));

        await h.RunAsync(h.Client.GetOperation("task-1").WaitForCompletionAsync());

        var pollTimes = h.Handler.RequestsTo("GET", TaskPath).Select(r => Math.Round(r.At.TotalSeconds, 1)).ToArray();
        Assert.Equal(new[] { 0, 2, 22.0 }, pollTimes);
    }

    [Fact]
    public async Task WaitAsync_RidesOutServerErrorsAndNetworkFailures_UntilTheTaskCompletes()
    {
        using var h = new Harness();
        h.Handler.On("GET", TaskPath,
            Reply.Error(500, "internal_error", "oops"),
            Reply.Throw(new System.Net.Http.HttpRequestException("connection reset")),
            Reply.Error(503, "overloaded", "busy"),
            Reply.Json(200, TaskJson.Task("task-1", "completed", 100, TaskJson.Link("https://cdn.test/a.png"))));

        var result = await h.RunAsync(h.Client.GetOperation("task-1").WaitForCompletionAsync());

        Assert.Equal("completed", result.Task.Status);
        Assert.Equal(4, h.Handler.RequestsTo("GET", TaskPath).Count);
    }

    [Fact]
    public async Task WaitAsync_UnknownStatus_IsTreatedAsStillRunning_UntilTheTaskCompletes()
    {
        using var h = new Harness();
        h.Handler.On("GET", TaskPath,
            Reply.Json(200, TaskJson.Task("task-1", "rendering", 40)),
            Reply.Json(200, TaskJson.Task("task-1", "post_processing", 95)),
            Reply.Json(200, TaskJson.Task("task-1", "completed", 100, TaskJson.Link("https://cdn.test/a.png"))));

        var result = await h.RunAsync(h.Client.GetOperation("task-1").WaitForCompletionAsync());

        Assert.Equal("completed", result.Task.Status);
    }

    [Fact]
    public async Task WaitAsync_StopsAtTheDeadline_WithATimeoutThatCarriesTheTaskIdAndLastStatus()
    {
        using var h = new Harness(o => o.Polling.Timeout = TimeSpan.FromSeconds(30));
        h.Handler.On("GET", TaskPath, Reply.Json(200, TaskJson.Task("task-1", "rendering", 40)));

        var error = await Assert.ThrowsAsync<SeedreamWaitTimeoutException>(() => h.RunAsync(h.Client.GetOperation("task-1").WaitForCompletionAsync()));

        Assert.Equal("task-1", error.TaskId);
        Assert.Equal("rendering", error.LastStatus?.Value);
        Assert.Equal(40, error.LastProgress);
        Assert.Equal(TimeSpan.FromSeconds(30), error.Timeout);
        Assert.Contains("task-1", error.Message);
        var polls = h.Handler.RequestsTo("GET", TaskPath);
        Assert.InRange(polls.Last().At.TotalSeconds, 25, 29.999);
        Assert.InRange(polls.Count, 6, 9);
    }

    [Fact]
    public async Task WaitAsync_DeadlineBeforeAnyStatusWasRead_SaysNoStatusWasRead_NotAnUnknownOne()
    {
        using var h = new Harness(o => o.Polling.Timeout = TimeSpan.FromSeconds(30));
        h.Handler.On("GET", TaskPath, Reply.Hang());

        var error = await Assert.ThrowsAsync<SeedreamWaitTimeoutException>(() => h.RunAsync(h.Client.GetOperation("task-1").WaitForCompletionAsync()));

        Assert.Null(error.LastStatus);
        Assert.Null(error.LastProgress);
        Assert.Contains("did not finish within 30 s (SeedreamPollingOptions.Timeout); no status was read before the deadline. It may still finish", error.Message);
        Assert.DoesNotContain("last status", error.Message);
    }

    [Fact]
    public async Task Cancellation_StopsPollingAtOnce_WithoutWaitingForTheNextPoll()
    {
        using var h = new Harness();
        h.Handler.On("GET", TaskPath, Reply.Json(200, TaskJson.Task("task-1", "processing", 10)));
        using var cancellation = new CancellationTokenSource();

        var wait = h.Client.GetOperation("task-1").WaitForCompletionAsync(null, cancellation.Token);
        Assert.Single(h.Handler.Requests);
        cancellation.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait);
        h.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Single(h.Handler.Requests);
    }

    [Fact]
    public async Task GetOperation_FromABareTaskId_AfterARestart_NeedsNoOtherState()
    {
        using (var before = new Harness())
        {
            before.Handler.On("POST", "/v1/tasks", Reply.Json(200, TaskJson.Task("task-1", "queued", 0)));
            var handle = await before.Client.SubmitAsync(SeedreamRequest.ForModel("seedream-5.0").Prompt("a cat").Build());
            Assert.Equal("task-1", handle.Id);
        }

        using var after = new Harness();
        after.Handler.On("GET", TaskPath, Reply.Json(200, TaskJson.Task("task-1", "completed", 100, TaskJson.Link("https://cdn.test/a.png"))));

        var result = await after.RunAsync(after.Client.GetOperation("task-1").WaitForCompletionAsync());

        Assert.Equal("task-1", result.TaskId);
        Assert.Empty(after.Handler.RequestsTo("POST", "/v1/tasks"));
        Assert.Equal(TimeSpan.Zero, after.Handler.Requests.Single().At);
    }

    [Fact]
    public async Task GenerateAsync_SubmitsOnce_ThenFirstPollsAfterTheInitialDelay()
    {
        using var h = new Harness();
        h.Handler
            .On("POST", "/v1/tasks", Reply.Json(200, TaskJson.Task("task-1", "queued", 0)))
            .On("GET", TaskPath, Reply.Json(200, TaskJson.Task("task-1", "completed", 100, TaskJson.Link("https://cdn.test/a.png"))));

        var result = await h.RunAsync(h.Client.GenerateAsync(SeedreamRequest.ForModel("seedream-5.0").Prompt("a cat").Build()));

        Assert.Equal("task-1", result.TaskId);
        Assert.Single(h.Handler.RequestsTo("POST", "/v1/tasks"));
        Assert.Equal(2, h.Handler.RequestsTo("GET", TaskPath).Single().At.TotalSeconds, 1);
    }

    [Fact]
    public async Task WaitAsync_FailedTask_RaisesTaskFailed_WithTheTasksCodeAndMessage()
    {
        using var h = new Harness();
        h.Handler.On("GET", TaskPath, Reply.Json(200, TaskJson.Failed("task-1", "content_policy", "The prompt was refused.")));

        var error = await Assert.ThrowsAsync<SeedreamTaskFailedException>(() => h.RunAsync(h.Client.GetOperation("task-1").WaitForCompletionAsync()));

        Assert.Equal("task-1", error.TaskId);
        Assert.Equal("content_policy", error.ApiCode);
        Assert.Equal("The prompt was refused.", error.ApiMessage);
        Assert.Contains("content_policy", error.Message);
        Assert.Contains("The prompt was refused.", error.Message);
    }

    [Fact]
    public async Task WaitAsync_CancelledTask_RaisesTaskFailed_SayingItWasCancelled()
    {
        using var h = new Harness();
        h.Handler.On("GET", TaskPath, Reply.Json(200, TaskJson.Task("task-1", "cancelled", 0)));

        var error = await Assert.ThrowsAsync<SeedreamTaskFailedException>(() => h.RunAsync(h.Client.GetOperation("task-1").WaitForCompletionAsync()));

        Assert.Equal("cancelled", error.Status);
        Assert.Contains("cancelled", error.Message);
    }

    [Fact]
    public async Task CancelAsync_AnswersTheRefund()
    {
        using var h = new Harness();
        h.Handler.On("POST", "/v1/tasks/task-1/cancel", Reply.Json(200, "{\"task_id\":\"task-1\",\"status\":\"cancelled\",\"refunded\":true,\"refunded_quota\":12}"));

        var answer = await h.Client.CancelAsync("task-1");

        Assert.True(answer.Refunded);
        Assert.Equal(12, answer.RefundedQuota);
        Assert.Equal(SeedreamTaskStatus.Cancelled, answer.Status);
    }

    private sealed class SyncProgress : IProgress<SeedreamTaskUpdate>
    {
        private readonly Action<SeedreamTaskUpdate> _report;

        public SyncProgress(Action<SeedreamTaskUpdate> report)
        {
            _report = report;
        }

        public void Report(SeedreamTaskUpdate value) => _report(value);
    }
}
