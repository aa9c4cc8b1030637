using System;
using System.IO;
using System.Linq;
using Seedream.Cli.Output;
using Xunit;

namespace Seedream.Cli.Tests;

/// <summary>The CLI decides its exit code and its words from a failure's data; the library's message may say anything.</summary>
public class FailureDecisionTests
{
    /// <summary>Messages that say one thing while the data says another: none of them may move the exit code or the words.</summary>
    private static readonly string[] Messages =
    {
        "x",
        "The API key is missing or invalid (HTTP 401). Check SeedreamClientOptions.ApiKey.",
        "GET /v1/tasks/t got no answer within 30 s; the task failed; nothing was sent (SeedreamClientOptions.BaseUrl).",
    };

    public static TheoryData<SeedreamErrorKind, int?, int> KindsAndExitCodes => new()
    {
        { SeedreamErrorKind.InvalidRequest, null, 2 },
        { SeedreamErrorKind.InvalidRequest, 400, 3 },
        { SeedreamErrorKind.Authentication, 401, 3 },
        { SeedreamErrorKind.InsufficientBalance, 402, 3 },
        { SeedreamErrorKind.RateLimited, 429, 3 },
        { SeedreamErrorKind.NotFound, 404, 3 },
        { SeedreamErrorKind.Server, 503, 3 },
        { SeedreamErrorKind.InvalidResponse, 200, 3 },
        { SeedreamErrorKind.Network, null, 3 },
        { SeedreamErrorKind.RequestTimeout, null, 4 },
        { SeedreamErrorKind.WaitTimeout, null, 4 },
        { SeedreamErrorKind.TaskFailed, null, 5 },
        { SeedreamErrorKind.ImageNotSaved, null, 5 },
    };

    [Theory]
    [MemberData(nameof(KindsAndExitCodes))]
    public void TheExitCodeAndTheWords_FollowTheKind_WhateverTheMessageSays(SeedreamErrorKind kind, int? status, int exitCode)
    {
        var reports = Messages
            .Select(message => Report(new SeedreamException(kind, message, status, "some_code", "what the API said", "task-1", false, null, null)))
            .ToList();

        Assert.All(reports, report => Assert.Equal(exitCode, report.ExitCode));
        Assert.Single(reports.Select(report => report.Text).Distinct());
        Assert.All(reports, report => Assert.All(Messages.Skip(1), message => Assert.DoesNotContain(message, report.Text)));
    }

    [Theory]
    [InlineData(SeedreamErrorKind.Server, 502, 3)]
    [InlineData(SeedreamErrorKind.Network, null, 3)]
    [InlineData(SeedreamErrorKind.RequestTimeout, null, 4)]
    [InlineData(SeedreamErrorKind.InvalidResponse, 200, 3)]
    public void ACreateThatMayHaveCreatedATask_NamesTheCommandThatFollowsIt_NeverAMethod(SeedreamErrorKind kind, int? status, int exitCode)
    {
        var report = Report(new SeedreamException(kind, "follow that task (GetAsync or WaitAsync)", status, null, null, "task-named", true, null, null));

        Assert.Equal(exitCode, report.ExitCode);
        Assert.StartsWith("The request may have reached the server and created a task (", report.Text);
        Assert.EndsWith("`seedream wait task-named` follows it.", report.Text);
        Assert.DoesNotContain("Async", report.Text);
    }

    private static (int ExitCode, string Text) Report(SeedreamException failure)
    {
        var messages = new StringWriter();
        var exitCode = FailureReport.Write(failure, new CliOutput(new StringWriter(), messages, messagesOnTerminal: false));
        return (exitCode, messages.ToString().TrimEnd());
    }
}
