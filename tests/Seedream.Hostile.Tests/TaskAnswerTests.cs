using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Seedream.Hostile.Tests.Infrastructure;
using Seedream.Testing.Sockets;
using Xunit;

namespace Seedream.Hostile.Tests;

/// <summary>An answer counts only when it is about what was asked, and one odd field never hides a task.</summary>
public class TaskAnswerTests
{
    [Fact]
    public async Task Wait_AnswerAboutAnotherTask_IsAnError_AndNothingIsSavedUnderItsName()
    {
        using var server = new HostileServer(request => request.Path.EndsWith(".png")
            ? Answer.Bytes(200, Wire.Png, "image/png")
            : Answer.Json(200, Wire.Completed("task-other", "/files/a.png")));
        using var client = Clients.For(server);

        var error = await Clients.ThrowsWithinAsync<SeedreamServerException>(Clients.RequestBound, () => client.GetOperation("task-asked").WaitForCompletionAsync());

        Assert.Contains("task-other", error.Message);
        Assert.DoesNotContain(server.Seen, r => r.Path.EndsWith(".png"));
    }

    [Theory]
    [InlineData("Completed")]
    [InlineData(" COMPLETED ")]
    public async Task Wait_StatusInAnotherCaseOrWithSpaces_IsKnown(string status)
    {
        using var server = new HostileServer(_ => Answer.Json(200, Wire.Task("task-1", status, 100, ",\"result\":{\"images\":[]}")));
        using var client = Clients.For(server);

        var result = await client.GetOperation("task-1").WaitForCompletionAsync();

        Assert.Equal("task-1", result.TaskId);
        Assert.Single(server.Seen);
    }

    [Theory]
    [InlineData("\"progress\":\"42%\"")]
    [InlineData("\"progress\":42.5")]
    [InlineData("\"created_at\":\"2026-11-29T17:00:00Z\"")]
    [InlineData("\"created_at\":17752851600000000000")]
    [InlineData("\"completed_at\":{\"odd\":true}")]
    [InlineData("\"error\":\"a plain string\"")]
    public async Task Get_OddSecondaryField_StillGivesTheStatusAndResult(string odd)
    {
        var body = "{\"task_id\":\"task-1\",\"status\":\"completed\"," + odd + ",\"result\":{\"images\":[{\"url\":\"https://cdn.example/a.png\",\"expires_at\":\"soon\"}]}}";
        using var server = new HostileServer(_ => Answer.Json(200, body));
        using var client = Clients.For(server);

        var task = await client.GetTaskAsync("task-1");

        Assert.Equal(SeedreamTaskStatus.Completed, task.Status);
        Assert.Single(task.Images);
    }

    [Theory]
    [InlineData("<html>not json</html>")]
    [InlineData("{\"task_id\":\"task-1\"}")]
    public async Task Wait_AnswerThatCanNeverBeRead_IsRetried_ThenReportedAsAServerError_NotATimeout(string body)
    {
        using var server = new HostileServer(_ => Answer.Full(200, body, "application/json"));
        using var client = Clients.For(server);

        await Clients.ThrowsWithinAsync<SeedreamServerException>(Clients.RequestBound, () => client.GetOperation("task-1").WaitForCompletionAsync());

        Assert.Equal(Clients.Attempts, server.Seen.Count);
    }

    [Fact]
    public async Task Wait_404RightAfterSubmit_IsPolledAgain()
    {
        var polls = 0;
        using var server = new HostileServer(request => request.IsCreate
            ? Answer.Json(200, Wire.Task("task-fresh", "queued"))
            : System.Threading.Interlocked.Increment(ref polls) < 3
                ? Answer.Json(404, Wire.Error("task_not_found", "no such task"))
                : Answer.Json(200, Wire.Task("task-fresh", "completed", 100, ",\"result\":{\"images\":[]}")));
        using var client = Clients.For(server);

        var result = await client.GenerateAsync(Clients.Request());

        Assert.Equal("task-fresh", result.TaskId);
        Assert.Equal(3, polls);
    }

    [Fact]
    public async Task Wait_404ForATaskThisClientDidNotJustCreate_EndsAtOnce()
    {
        using var server = new HostileServer(_ => Answer.Json(404, Wire.Error("task_not_found", "no such task")));
        using var client = Clients.For(server);

        await Assert.ThrowsAsync<SeedreamNotFoundException>(() => client.GetOperation("task-old").WaitForCompletionAsync());
        Assert.Single(server.Seen);
    }

    [Fact]
    public async Task Webhook_BodyWithAByteOrderMark_Parses()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(System.Text.Encoding.UTF8.GetBytes(Wire.Task("task-1", "completed", 100))).ToArray();

        var fromText = SeedreamWebhook.Parse("\uFEFF" + Wire.Task("task-1", "completed", 100));
        var fromStream = await SeedreamWebhook.ParseAsync(new MemoryStream(bytes));

        Assert.Equal("task-1", fromText.Id);
        Assert.Equal("task-1", fromStream.Id);
    }
}
