using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Seedream.Testing.Cli;
using Xunit;

namespace Seedream.Cli.Tests;

/// <summary>
/// With <c>--json</c>, standard output is exactly one JSON document however the command ends, with the task's id when
/// it is known and the error's kind, the API's code and the CLI's message when it did not succeed.
/// </summary>
public class JsonOnEveryEndTests
{
    private const string FailedTask = ",\"error\":{\"code\":\"content_blocked\",\"message\":\"The prompt was refused.\"}";

    [Theory]
    [InlineData("generate")]
    [InlineData("wait")]
    public async Task FailedTask_PrintsTheTaskWithItsError_AndExitsWith5(string command)
    {
        await using var server = ScriptedServer.Start(request => request.Method == "POST"
            ? ScriptedAnswer.Json(200, ScriptedServer.TaskJson("task-failed", "queued"))
            : ScriptedAnswer.Json(200, ScriptedServer.TaskJson("task-failed", "failed", FailedTask)));
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, server.Environment, Arguments(command, "task-failed", "--json"));

        Assert.True(run.ExitCode == 5, run.ToString());
        var json = SingleDocument(run);
        Assert.Equal("task-failed", json.GetProperty("id").GetString());
        Assert.Equal("failed", json.GetProperty("status").GetString());
        var error = json.GetProperty("error");
        Assert.Equal("task_failed", error.GetProperty("kind").GetString());
        Assert.Equal("content_blocked", error.GetProperty("code").GetString());
        Assert.Equal(run.Errors[^1], error.GetProperty("message").GetString());
        Assert.Contains("The prompt was refused.", run.Errors[^1]);
        Assert.Empty(json.GetProperty("images").EnumerateArray());
    }

    [Fact]
    public async Task Wait_ImagesNotSaved_PrintsTheTaskWithImageNotSaved_AndExitsWith5()
    {
        await using var server = ScriptedServer.Start(_ => ScriptedAnswer.Json(
            200,
            ScriptedServer.TaskJson("task-part", "completed", ",\"result\":{\"images\":[{\"error\":{\"code\":\"output_blocked\",\"message\":\"Refused.\"}}]}")));
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, server.Environment, "wait", "task-part", "--json");

        Assert.True(run.ExitCode == 5, run.ToString());
        var json = SingleDocument(run);
        Assert.Equal("task-part", json.GetProperty("id").GetString());
        Assert.Equal("completed", json.GetProperty("status").GetString());
        var message = json.GetProperty("error").GetProperty("message").GetString()!;
        Assert.Equal("image_not_saved", json.GetProperty("error").GetProperty("kind").GetString());
        Assert.Contains("were not saved", message);
        Assert.EndsWith(run.Errors[^1], message, StringComparison.Ordinal);
        var image = Assert.Single(json.GetProperty("images").EnumerateArray());
        Assert.Equal("output_blocked", image.GetProperty("error").GetProperty("code").GetString());
        Assert.False(image.TryGetProperty("file", out _));
    }

    [Fact]
    public async Task Wait_TimedOut_PrintsTheIdAndAWaitTimeout()
    {
        await using var server = ScriptedServer.Start(_ => ScriptedAnswer.Never());
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, server.Environment, "wait", "task-unanswered", "--timeout", "1s", "--json");

        Assert.True(run.ExitCode == 4, run.ToString());
        var json = SingleDocument(run);
        Assert.Equal("task-unanswered", json.GetProperty("id").GetString());
        Assert.False(json.TryGetProperty("status", out _));
        Assert.Equal("wait_timeout", json.GetProperty("error").GetProperty("kind").GetString());
        Assert.Equal(run.Errors[^1], json.GetProperty("error").GetProperty("message").GetString());
    }

    /// <summary>
    /// The create reached the server and the connection dropped, or the server failed after receiving it: the client never
    /// re-sends it, and the document says a task may exist. A refusal says no such thing.
    /// </summary>
    [Theory]
    [InlineData("hang-up", 3, "network", null, true)]
    [InlineData("500", 3, "server", null, true)]
    [InlineData("unreadable", 3, "invalid_response", null, true)]
    [InlineData("400", 3, "invalid_request", "invalid_parameter", false)]
    [InlineData("401", 3, "authentication", "invalid_api_key", false)]
    [InlineData("402", 3, "insufficient_balance", "insufficient_quota", false)]
    public async Task Generate_WhenTheCreateFailsOrIsRefused_PrintsTheErrorKindAndCode_AndWhetherATaskMayExist(string answer, int exitCode, string kind, string? code, bool mayHaveCreatedTask)
    {
        await using var server = ScriptedServer.Start(_ => answer switch
        {
            "hang-up" => ScriptedAnswer.HangUp(),
            "500" => ScriptedAnswer.Json(500, "{\"error\":{\"message\":\"Internal error.\",\"code\":\"internal_error\"}}"),
            "unreadable" => ScriptedAnswer.Json(200, "<html>Accepted</html>"),
            _ => ScriptedAnswer.Json(int.Parse(answer, System.Globalization.CultureInfo.InvariantCulture), $"{{\"error\":{{\"message\":\"No.\",\"code\":\"{code}\"}}}}"),
        });
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, server.Environment, "generate", "a cat", "--json");

        Assert.True(run.ExitCode == exitCode, run.ToString());
        Assert.Single(server.Requests, request => request.Method == "POST");
        var json = SingleDocument(run);
        var error = json.GetProperty("error");
        Assert.Equal(kind, error.GetProperty("kind").GetString());
        if (code is not null)
        {
            Assert.Equal(code, error.GetProperty("code").GetString());
        }

        Assert.Equal(run.Errors[^1], error.GetProperty("message").GetString());
        Assert.Equal(mayHaveCreatedTask, json.TryGetProperty("mayHaveCreatedTask", out var flag) && flag.GetBoolean());
        Assert.False(json.TryGetProperty("id", out _));
    }

    [Fact]
    public async Task Status_OfAnUnknownTask_PrintsTheIdAndNotFound()
    {
        await using var server = ScriptedServer.Start(_ => ScriptedAnswer.Json(404, "{\"error\":{\"message\":\"Task not found.\",\"code\":\"task_not_found\"}}"));
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, server.Environment, "status", "task-gone", "--json");

        Assert.True(run.ExitCode == 3, run.ToString());
        var json = SingleDocument(run);
        Assert.Equal("task-gone", json.GetProperty("id").GetString());
        Assert.Equal("not_found", json.GetProperty("error").GetProperty("kind").GetString());
        Assert.Equal("task_not_found", json.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Status_OfAFailedTask_PrintsItsOwnErrorWithItsKind_AndSucceeds()
    {
        await using var server = ScriptedServer.Start(_ => ScriptedAnswer.Json(200, ScriptedServer.TaskJson("task-failed", "failed", FailedTask)));
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, server.Environment, "status", "task-failed", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var error = SingleDocument(run).GetProperty("error");
        Assert.Equal("task_failed", error.GetProperty("kind").GetString());
        Assert.Equal("content_blocked", error.GetProperty("code").GetString());
        Assert.Equal("The prompt was refused.", error.GetProperty("message").GetString());
    }

    /// <summary>
    /// Nothing listens: a status read or a submit fails as a network error (the submit certainly created nothing, and says
    /// so by leaving mayHaveCreatedTask out); a wait rides out failed polls until its timeout.
    /// </summary>
    [Theory]
    [InlineData("status", 3, "network")]
    [InlineData("generate", 3, "network")]
    [InlineData("wait", 4, "wait_timeout")]
    public async Task NoServerListening_PrintsWhatWentWrong(string command, int exitCode, string kind)
    {
        Dictionary<string, string> environment;
        await using (var closed = ScriptedServer.Start(_ => ScriptedAnswer.Never()))
        {
            environment = new Dictionary<string, string>(closed.Environment);
        }

        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, environment, Arguments(command, "task-somewhere", command == "wait" ? new[] { "--json", "--timeout", "1" } : new[] { "--json" }));

        Assert.True(run.ExitCode == exitCode, run.ToString());
        var json = SingleDocument(run);
        Assert.Equal(command == "generate" ? null : "task-somewhere", json.TryGetProperty("id", out var id) ? id.GetString() : null);
        Assert.Equal(kind, json.GetProperty("error").GetProperty("kind").GetString());
        Assert.False(json.TryGetProperty("mayHaveCreatedTask", out _));
    }

    [Fact]
    public async Task CommandLineThatDoesNotParse_PrintsInvalidInput_WithTheSameWordsAsStandardError()
    {
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, null, "generate", "a cat", "--count", "x", "--json");

        Assert.True(run.ExitCode == 2, run.ToString());
        var error = SingleDocument(run).GetProperty("error");
        Assert.Equal("invalid_input", error.GetProperty("kind").GetString());
        Assert.Equal(run.ErrorText, error.GetProperty("message").GetString());
    }

    /// <summary>A first Ctrl+C waits for the create's answer; the second gives it up, and the document says a task may exist.</summary>
    [Fact]
    public async Task Generate_SecondCtrlCWhileTheCreateIsUnanswered_SaysATaskMayExist()
    {
        await using var server = ScriptedServer.Start(_ => ScriptedAnswer.Never());
        using var directory = new TemporaryDirectory();
        using var process = CliProcess.Start(directory.Path, server.Environment, "generate", "a cat", "--json");
        await server.ReceivedAsync(request => request.Method == "POST");

        process.Signal("INT");
        await process.ErrorLineAsync(line => line.StartsWith("Stopping: waiting for the API to answer", StringComparison.Ordinal));
        process.Signal("INT");
        var run = await process.WaitForExitAsync();

        Assert.True(run.ExitCode == 130, run.ToString());
        var json = SingleDocument(run);
        Assert.True(json.GetProperty("mayHaveCreatedTask").GetBoolean());
        Assert.Equal("interrupted", json.GetProperty("error").GetProperty("kind").GetString());
        Assert.Equal(
            "Stopped at once: create unanswered at forced exit. A task may have been created, and billed (it would show among your provider's tasks).",
            json.GetProperty("error").GetProperty("message").GetString());
        Assert.False(json.TryGetProperty("id", out _));
    }

    [Fact]
    public async Task Generate_CtrlCWhileQueued_PrintsTheTaskAndThatItWasCancelled()
    {
        await using var server = ScriptedServer.Start(request => request switch
        {
            { Path: "/v1/tasks/task-held/cancel" } => ScriptedAnswer.Json(200, "{\"task_id\":\"task-held\",\"status\":\"cancelled\",\"refunded\":true,\"refunded_quota\":1}"),
            _ => ScriptedAnswer.Json(200, ScriptedServer.TaskJson("task-held", "queued")),
        });
        using var directory = new TemporaryDirectory();
        var patient = new Dictionary<string, string>(server.Environment) { ["SEEDREAM_STOP_GRACE"] = "60s" };
        using var process = CliProcess.Start(directory.Path, patient, "generate", "a cat", "--json");
        await process.ErrorLineAsync(line => line.StartsWith("task-held: queued", StringComparison.Ordinal));

        process.Signal("INT");
        var run = await process.WaitForExitAsync();

        Assert.True(run.ExitCode == 130, run.ToString());
        var json = SingleDocument(run);
        Assert.Equal("task-held", json.GetProperty("id").GetString());
        Assert.Equal("queued", json.GetProperty("status").GetString());
        Assert.Equal("interrupted", json.GetProperty("error").GetProperty("kind").GetString());
        Assert.Equal("Cancelled: task task-held was still queued, so it was cancelled and its quota refunded.", json.GetProperty("error").GetProperty("message").GetString());
    }

    /// <summary>The cancel is never answered and the grace period is long, so only the second Ctrl+C ends the process: by Environment.Exit, past the command's own code.</summary>
    [Fact]
    public async Task Generate_SecondCtrlCWhileCancelling_StillPrintsOneDocument_WithTheTaskAndWhereItStands()
    {
        await using var server = ScriptedServer.Start(request => request switch
        {
            { Path: "/v1/tasks/task-held/cancel" } => ScriptedAnswer.Never(),
            _ => ScriptedAnswer.Json(200, ScriptedServer.TaskJson("task-held", "queued")),
        });
        using var directory = new TemporaryDirectory();
        var patient = new Dictionary<string, string>(server.Environment) { ["SEEDREAM_STOP_GRACE"] = "60s" };
        using var process = CliProcess.Start(directory.Path, patient, "generate", "a cat", "--json");
        await process.ErrorLineAsync(line => line.StartsWith("task-held: queued", StringComparison.Ordinal));

        process.Signal("INT");
        await server.ReceivedAsync(request => request.Path == "/v1/tasks/task-held/cancel");
        process.Signal("INT");
        var run = await process.WaitForExitAsync();

        Assert.True(run.ExitCode == 130, run.ToString());
        Assert.Contains(run.Errors, line => line.StartsWith("Stopped at once (second Ctrl+C).", StringComparison.Ordinal));
        var json = SingleDocument(run);
        Assert.Equal("task-held", json.GetProperty("id").GetString());
        Assert.Equal("queued", json.GetProperty("status").GetString());
        Assert.Equal("interrupted", json.GetProperty("error").GetProperty("kind").GetString());
        Assert.Equal(
            "Stopped before the command ended. Task task-held may still be queued: cancelling it had not finished. `seedream cancel task-held` cancels it while it is queued.",
            json.GetProperty("error").GetProperty("message").GetString());
    }

    private static string[] Arguments(string command, string taskId, params string[] rest) =>
        (command == "generate" ? new[] { "generate", "a cat" } : new[] { command, taskId }).Concat(rest).ToArray();

    /// <summary>Standard output parsed as exactly one JSON object: a second document or any trailing text fails the parse.</summary>
    private static JsonElement SingleDocument(CliRun run)
    {
        using var document = JsonDocument.Parse(run.OutputText);
        Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
        return document.RootElement.Clone();
    }
}
