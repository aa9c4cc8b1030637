using System;
using System.Linq;
using System.Threading.Tasks;
using Seedream.Transport;
using Xunit;

namespace Seedream.Emulator.Tests;

public class TaskLifecycleTests
{
    [Fact]
    public async Task CreateTask_AnswersTheQueuedTaskInTheSeedShape()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        var task = await harness.Client.CreateTaskAsync(EmulatorHarness.Request());

        Assert.StartsWith("task-", task.Task_id);
        Assert.Equal("seedream-5.0", task.Model);
        Assert.Equal("generate", task.Action);
        Assert.Equal(SeedreamTaskStatus.Queued, task.Status);
        Assert.Equal(0, task.Progress);
        Assert.Equal(EmulatorHarness.Start, task.CreatedAt);
        Assert.Null(task.Result);
        Assert.Equal(new Uri(harness.Emulator.BaseAddress, "v1/tasks/" + task.Task_id).AbsoluteUri, task.Urls!.Get);
        Assert.Equal(1, harness.Counters.TasksCreated);
    }

    [Fact]
    public async Task GetTask_MovesFromQueuedThroughRisingProgressToCompleted()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var id = (await harness.Client.CreateTaskAsync(EmulatorHarness.Request())).Task_id!;

        var queued = await harness.Client.GetTaskAsync(id);
        harness.Time.Advance(TimeSpan.FromSeconds(1.5));
        var early = await harness.Client.GetTaskAsync(id);
        harness.Time.Advance(TimeSpan.FromSeconds(2));
        var late = await harness.Client.GetTaskAsync(id);
        harness.Time.Advance(TimeSpan.FromSeconds(2));
        var done = await harness.Client.GetTaskAsync(id);

        Assert.Equal((SeedreamTaskStatus.Queued.Value, 0), (queued.Status, queued.Progress));
        Assert.Equal(SeedreamTaskStatus.Processing, early.Status);
        Assert.Equal(SeedreamTaskStatus.Processing, late.Status);
        Assert.InRange(early.Progress!.Value, 1, 99);
        Assert.True(late.Progress > early.Progress, $"progress should rise: {early.Progress} then {late.Progress}");
        Assert.Equal((SeedreamTaskStatus.Completed.Value, 100), (done.Status, done.Progress));
        Assert.Equal(EmulatorHarness.Start.AddSeconds(1).ToUnixTimeMilliseconds(), done.Start_time);
        Assert.Equal(EmulatorHarness.Start.AddSeconds(5), done.CompletedAt);
        Assert.Single(done.Result!.Images!);
        Assert.Equal(4, harness.Counters.Polls);
    }

    [Fact]
    public async Task FailureRateOne_EndsTheTaskFailedWithTaskFailedError()
    {
        await using var harness = await EmulatorHarness.StartAsync(options => options.TaskFailureRate = 1);

        var task = await harness.CompleteAsync(EmulatorHarness.Request());

        Assert.Equal(SeedreamTaskStatus.Failed, task.Status);
        Assert.Equal(0, task.Progress);
        Assert.Equal("task_failed", task.Error!.Code);
        Assert.Null(task.Result);
        Assert.NotNull(task.Completed_at);
    }

    [Fact]
    public async Task GetTask_UnknownId_Answers404WithTheErrorEnvelope()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        var error = await Assert.ThrowsAsync<SeedreamApiException<ErrorResponse>>(() => harness.Client.GetTaskAsync("task-missing"));

        Assert.Equal(404, error.StatusCode);
        Assert.Equal("task_not_found", error.Result.Error!.Code);
        Assert.Contains("task-missing", error.Result.Error.Message);
    }

    [Fact]
    public async Task Cancel_WhileQueued_CancelsRefundsAndTheTaskReadsCancelled()
    {
        await using var harness = await EmulatorHarness.StartAsync(options => options.Quota = 4);
        var request = EmulatorHarness.Request();
        request.N = 3;
        var id = (await harness.Client.CreateTaskAsync(request)).Task_id!;

        var cancelled = await harness.Client.CancelTaskAsync(id);
        harness.Time.Advance(TimeSpan.FromSeconds(10));
        var after = await harness.Client.GetTaskAsync(id);
        var again = await harness.Client.CreateTaskAsync(request);

        Assert.Equal((id, SeedreamTaskStatus.Cancelled.Value, true, 3L), (cancelled.Task_id, cancelled.Status, cancelled.Refunded, cancelled.Refunded_quota));
        Assert.Equal(SeedreamTaskStatus.Cancelled, after.Status);
        Assert.Equal(0, after.Progress);
        Assert.Equal(EmulatorHarness.Start, after.CompletedAt);
        Assert.Null(after.Result);
        Assert.Equal(SeedreamTaskStatus.Queued, again.Status);
        Assert.Equal(1, harness.Counters.Cancels);
    }

    [Theory]
    [InlineData(1.5, "processing")]
    [InlineData(6, "completed")]
    public async Task Cancel_AfterTheQueue_Answers400NamingTheStatus(double secondsLater, string status)
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var id = (await harness.Client.CreateTaskAsync(EmulatorHarness.Request())).Task_id!;
        harness.Time.Advance(TimeSpan.FromSeconds(secondsLater));

        var error = await Assert.ThrowsAsync<SeedreamApiException<ErrorResponse>>(() => harness.Client.CancelTaskAsync(id));

        Assert.Equal(400, error.StatusCode);
        Assert.Contains($"is {status} and cannot be cancelled (only a queued task can be cancelled)", error.Result.Error!.Message);
        Assert.Equal(status, (await harness.Client.GetTaskAsync(id)).Status);
        Assert.Equal(0, harness.Counters.Cancels);
    }

    [Fact]
    public async Task Cancel_UnknownId_Answers404()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        var error = await Assert.ThrowsAsync<SeedreamApiException<ErrorResponse>>(() => harness.Client.CancelTaskAsync("task-missing"));

        Assert.Equal(404, error.StatusCode);
        Assert.Equal("task_not_found", error.Result.Error!.Code);
    }

    [Fact]
    public async Task Sync_WhenTheTaskFinishesWithinTheWait_AnswersTheCompletedTask()
    {
        await using var harness = await EmulatorHarness.StartAsync(options =>
        {
            options.QueueDuration = TimeSpan.Zero;
            options.ProcessingDuration = TimeSpan.Zero;
            options.SyncWait = TimeSpan.FromSeconds(30);
        });

        var task = await harness.Client.CreateTaskSyncAsync(EmulatorHarness.Request());

        Assert.Equal(SeedreamTaskStatus.Completed, task.Status);
        Assert.Equal(100, task.Progress);
        Assert.Single(task.Result!.Images!);
        Assert.Null(task.Poll_url);
        Assert.Equal(1, harness.Counters.SyncRequests);
    }

    [Fact]
    public async Task Sync_WhenTheTaskOutlastsTheWait_AnswersProcessingWithAPollUrl()
    {
        await using var harness = await EmulatorHarness.StartAsync(options => options.SyncWait = TimeSpan.Zero);

        var (status, body) = await harness.PostAsync("v1/tasks/sync", """{"model":"seedream-5.0","prompt":"a lighthouse at dusk"}""");
        var id = (string)body["task_id"]!;
        var polled = await harness.Client.GetTaskAsync(id);

        Assert.Equal(200, status);
        Assert.Equal(new[] { "poll_url", "progress", "status", "task_id" }, body.Properties().Select(p => p.Name).Order());
        Assert.Equal("processing", (string)body["status"]!);
        Assert.Equal("/v1/tasks/" + id, (string)body["poll_url"]!);
        Assert.Equal(SeedreamTaskStatus.Queued, polled.Status);
    }
}
