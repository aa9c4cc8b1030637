using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Seedream.Testing.Cli;
using Seedream.Testing.Sockets;
using Xunit;

namespace Seedream.Cli.Tests;

public class HostileServerTests
{
    private const string Escape = "\u001b";

    [Fact]
    public async Task Status_ServerTextWithControlCharacters_IsShownEscaped_NeverSentToTheTerminal()
    {
        var task = ScriptedServer.TaskJson(
            "task-hostile",
            "failed" + Escape + "]0;owned\u0007",
            ",\"error\":{\"code\":\"bad\\u001b[2J\",\"message\":\"line one\\rline two\\u009b31m\"}");
        await using var server = ScriptedServer.Start(_ => ScriptedAnswer.Json(200, task));
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, server.Environment, "status", "task-hostile");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("status    failed\\x1B]0;owned\\x07 40%", run.Output);
        Assert.Contains("error     bad\\x1B[2J: line one\\x0Dline two\\x9B31m", run.Output);
        AssertNoControlCharacters(run);
    }

    /// <summary>
    /// The status comes with the submit's answer and no poll is ever answered, so it is the last status at the deadline;
    /// the deadline (15 s) leaves a busy machine's process start-up and submit well within it.
    /// </summary>
    [Fact]
    public async Task Generate_ProgressAndTimeoutWithControlCharactersInTheStatus_AreShownEscaped()
    {
        await using var server = ScriptedServer.Start(request => request.Method == "POST"
            ? ScriptedAnswer.Json(200, ScriptedServer.TaskJson("task-hostile", "processing" + Escape + "[2K\u202E"))
            : ScriptedAnswer.Never());
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, server.Environment, "generate", "a cat", "--timeout", "15");

        Assert.True(run.ExitCode == 4, run.ToString());
        Assert.Contains("task-hostile: processing\\x1B[2K\\u202E 40%", run.Errors);
        Assert.Contains(run.Errors, line => line.Contains("its last status was processing\\x1B[2K\\u202E", StringComparison.Ordinal));
        AssertNoControlCharacters(run);
    }

    [Fact]
    public async Task Generate_ServerEchoingTheKeyInTheTaskIdAndErrors_ShowsItNowhere_NorInFileNames()
    {
        var echoed = "task-" + ScriptedServer.Key.ToUpperInvariant();
        await using var server = ScriptedServer.Start(request => request switch
        {
            { Method: "POST" } => ScriptedAnswer.Json(200, ScriptedServer.TaskJson(echoed, "queued " + ScriptedServer.Key)),
            { Path: var path } when path.StartsWith("/files/", StringComparison.Ordinal) => ScriptedAnswer.Json(500, "{}"),
            _ => ScriptedAnswer.Json(200, ScriptedServer.TaskJson(echoed, "completed", $",\"result\":{{\"images\":[{{\"url\":\"{request.Server}files/{ScriptedServer.Key}.jpeg\"}},{{\"error\":{{\"code\":\"{ScriptedServer.Key}\",\"message\":\"key {ScriptedServer.Key} refused\"}}}}]}}")),
        });
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, server.Environment, "generate", "a cat", "--out", "out");

        Assert.True(run.ExitCode != 0, run.ToString());
        Assert.Contains("[redacted]", run.ErrorText);
        Assert.DoesNotContain(ScriptedServer.Key, run.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(ScriptedServer.Key, string.Join("|", System.IO.Directory.GetFileSystemEntries(directory.Path, "*", System.IO.SearchOption.AllDirectories)), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Json_KeyWithCharactersJsonEscapes_EchoedByTheServer_IsInNoSpellingOnEitherStream()
    {
        const string key = "sk-live+AB<C>&'D";
        var echoed = "task-" + key;
        var model = ",\"model\":" + ScriptedServer.Quote("seedream-" + key);
        await using var server = ScriptedServer.Start(request => request switch
        {
            { Method: "POST" } => ScriptedAnswer.Json(200, ScriptedServer.TaskJson(echoed, "queued")),
            { Path: "/v1/tasks/task-known" } => ScriptedAnswer.Json(200, ScriptedServer.TaskJson("task-known", "processing", model)),
            _ => ScriptedAnswer.Json(200, ScriptedServer.TaskJson(echoed, "completed", model + ",\"result\":{\"images\":[]}")),
        });
        var environment = new Dictionary<string, string> { ["SEEDREAM_API_KEY"] = key, ["SEEDREAM_BASE_URL"] = server.BaseAddress.ToString() };
        using var directory = new TemporaryDirectory();

        var status = await CliProcess.RunAsync(directory.Path, environment, "status", "task-known", "--json");
        var generate = await CliProcess.RunAsync(directory.Path, environment, "generate", "a cat", "--json");

        Assert.True(status.ExitCode == 0, status.ToString());
        Assert.True(generate.ExitCode == 5, generate.ToString());
        Assert.Equal("seedream-[redacted]", JsonDocument.Parse(status.OutputText).RootElement.GetProperty("model").GetString());
        Assert.Equal("task-[redacted]", JsonDocument.Parse(generate.OutputText).RootElement.GetProperty("id").GetString());
        foreach (var run in new[] { status, generate })
        {
            Assert.Empty(KeySearch.SpellingsIn(key, run.ToString()));
        }
    }

    [Fact]
    public async Task Generate_WhenTheCreateAnswerIsCutShortButNamesItsTask_FollowsThatTask_AndSendsTheCreateOnce()
    {
        await using var server = ScriptedServer.Start(request => request switch
        {
            { Method: "POST" } => ScriptedAnswer.Json(200, "{\"task_id\":\"task-cut\",\"status\":\"queued\""),
            _ => ScriptedAnswer.Json(200, ScriptedServer.TaskJson("task-cut", "failed", ",\"error\":{\"code\":\"task_failed\",\"message\":\"followed to its end\"}")),
        });
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, server.Environment, "generate", "a cat");

        Assert.True(run.ExitCode == 5, run.ToString());
        Assert.Contains("The API's answer to the submit was cut short, but it named task task-cut: following it.", run.Errors);
        Assert.Contains("followed to its end", run.ErrorText, StringComparison.Ordinal);
        Assert.Contains(server.Requests, request => request.Method == "GET" && request.Path == "/v1/tasks/task-cut");
        Assert.Single(server.Requests, request => request.Method == "POST");
    }

    [Fact]
    public async Task Status_ErrorAnswerWithControlCharacters_ExitsWith3_WithTheMessageEscaped()
    {
        await using var server = ScriptedServer.Start(_ => ScriptedAnswer.Json(404, "{\"error\":{\"message\":\"gone\\u001b[31m\\u0007\",\"code\":\"task_not_found\"}}"));
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, server.Environment, "status", "task-gone");

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.Contains("gone\\x1B[31m\\x07", run.ErrorText);
        AssertNoControlCharacters(run);
    }

    private static void AssertNoControlCharacters(CliRun run)
    {
        var offending = run.Output.Concat(run.Errors).Where(line => line.Any(c => char.IsControl(c) || c == '\u202E')).ToList();
        Assert.True(offending.Count == 0, "Raw control characters reached the terminal:" + Environment.NewLine + string.Join(Environment.NewLine, offending));
    }

    [Fact]
    public async Task Generate_WhenTheConnectionDropsAfterTheCreateWasSent_ExitsWith3_SendsItOnce_AndNeverAdvisesGeneratingAgain()
    {
        await using var server = ScriptedServer.Start(_ => ScriptedAnswer.HangUp());
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, server.Environment, "generate", "a cat");

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.Single(server.Requests, request => request.Method == "POST");
        Assert.Contains("may have reached the server and created a task", run.ErrorText);
        Assert.DoesNotContain("Try again later", run.ErrorText);
        Assert.DoesNotContain("Exception", run.ErrorText);
    }
}
