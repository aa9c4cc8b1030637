using System;
using System.Diagnostics;
using System.Text.Json;
using System.Threading.Tasks;
using Seedream.Testing.Cli;
using Xunit;

namespace Seedream.Cli.Tests;

/// <summary>
/// <c>--timeout</c> bounds the whole command against a server that stalls: the client's own limits (30 s per request,
/// 60 s per download) are longer than a command's deadline plus <see cref="Slack"/>, so a command that ends within that
/// ended at its deadline. Where the stall comes after an answer the test checks (the submit's status, a completed task),
/// the deadline is 15 s, which a busy machine's process start-up and first request stay well within; where it comes at
/// once, 5 s.
/// </summary>
public class WholeCommandTimeoutTests
{
    private static readonly TimeSpan Slack = TimeSpan.FromSeconds(13);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Generate_WhenTheCreateStalls_EndsAtItsTimeout_SaysATaskMayHaveBeenCreated_AndTheJsonCarriesIt(bool headersArrive)
    {
        await using var server = ScriptedServer.Start(_ => headersArrive ? ScriptedAnswer.StalledBody() : ScriptedAnswer.Never());
        using var directory = new TemporaryDirectory();

        var clock = Stopwatch.StartNew();
        var run = await CliProcess.RunAsync(directory.Path, server.Environment, "generate", "a cat", "--timeout", "5", "--json");
        clock.Stop();

        Assert.True(run.ExitCode == 4, run.ToString());
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5) + Slack);
        Assert.Single(server.Requests, request => request.Method == "POST");
        Assert.Equal(
            "The API did not answer the submit within 5 s (--timeout); a task may have been created, and billed (it would show among your tasks at the provider): " +
            "look for it there before generating again.",
            run.Errors[^1]);
        using var json = JsonDocument.Parse(run.OutputText);
        Assert.True(json.RootElement.GetProperty("mayHaveCreatedTask").GetBoolean());
        Assert.Equal("request_timeout", json.RootElement.GetProperty("error").GetProperty("kind").GetString());
        Assert.Equal(run.Errors[^1], json.RootElement.GetProperty("error").GetProperty("message").GetString());
        Assert.False(json.RootElement.TryGetProperty("id", out _));
    }

    [Fact]
    public async Task Wait_WhenTheImageDownloadStalls_EndsAtItsTimeout_AndSaysHowToSaveTheImagesLater()
    {
        await using var server = ScriptedServer.Start(request => request.Path.StartsWith("/files/", StringComparison.Ordinal)
            ? ScriptedAnswer.Never()
            : ScriptedAnswer.Json(200, ScriptedServer.TaskJson("task-done", "completed", $",\"result\":{{\"images\":[{{\"url\":\"{request.Server}files/0.jpeg\"}}]}}")));
        using var directory = new TemporaryDirectory();

        var clock = Stopwatch.StartNew();
        var run = await CliProcess.RunAsync(directory.Path, server.Environment, "wait", "task-done", "--timeout", "15", "--json");
        clock.Stop();

        Assert.True(run.ExitCode == 4, run.ToString());
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(15) + Slack);
        Assert.Contains(server.Requests, request => request.Path == "/files/0.jpeg");
        Assert.Equal(
            "Task task-done completed, but its images were not all saved within 15 s (--timeout); `seedream wait task-done` saves them (their links expire after 24 hours).",
            run.Errors[^1]);
        using var json = JsonDocument.Parse(run.OutputText);
        Assert.Equal("task-done", json.RootElement.GetProperty("id").GetString());
        Assert.Equal("completed", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("image_not_saved", json.RootElement.GetProperty("error").GetProperty("kind").GetString());
        Assert.False(Assert.Single(json.RootElement.GetProperty("images").EnumerateArray()).TryGetProperty("file", out _));
    }

    /// <summary>The submit is answered at once and no poll ever is: the deadline passes during the wait, with the submit's status the last one seen.</summary>
    [Fact]
    public async Task Generate_WhenEveryPollStalls_EndsAtItsTimeout_WithTheLastStatusSeen()
    {
        await using var server = ScriptedServer.Start(request => request.Method == "POST"
            ? ScriptedAnswer.Json(200, ScriptedServer.TaskJson("task-slow", "queued"))
            : ScriptedAnswer.Never());
        using var directory = new TemporaryDirectory();

        var clock = Stopwatch.StartNew();
        var run = await CliProcess.RunAsync(directory.Path, server.Environment, "generate", "a cat", "--timeout", "15", "--json");
        clock.Stop();

        Assert.True(run.ExitCode == 4, run.ToString());
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(15) + Slack);
        Assert.Equal(
            "Task task-slow did not finish within 15 s (--timeout); its last status was queued. " +
            "It may still finish: `seedream wait task-slow` picks it up (running generate again would create and bill a new task).",
            run.Errors[^1]);
        using var json = JsonDocument.Parse(run.OutputText);
        Assert.Equal("task-slow", json.RootElement.GetProperty("id").GetString());
        Assert.Equal("queued", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("wait_timeout", json.RootElement.GetProperty("error").GetProperty("kind").GetString());
        Assert.False(json.RootElement.TryGetProperty("mayHaveCreatedTask", out _));
        Assert.Empty(json.RootElement.GetProperty("images").EnumerateArray());
        Assert.Single(server.Requests, request => request.Method == "POST");
        Assert.DoesNotContain(server.Requests, request => request.Path.EndsWith("/cancel", StringComparison.Ordinal));
    }
}
