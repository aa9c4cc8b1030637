using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using Seedream.Testing.Cli;
using Xunit;

namespace Seedream.Cli.Tests;

public class EmulatorCommandTests
{
    [Fact]
    public async Task Emulator_ServesTheApiAtTheAddressItPrints_UntilCtrlC_ThenExitsWith0()
    {
        using var directory = new TemporaryDirectory();
        using var process = CliProcess.Start(directory.Path, null, "emulator", "--urls", "http://127.0.0.1:0", "--api-key", "sk-foreground");
        var hint = await process.ErrorLineAsync(line => line.StartsWith("Use it from another shell: export ", StringComparison.Ordinal));
        var baseUrl = hint.Substring(hint.IndexOf("SEEDREAM_BASE_URL=", StringComparison.Ordinal) + "SEEDREAM_BASE_URL=".Length);

        using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "sk-foreground");
        using var missing = await http.GetAsync("v1/tasks/task-none");
        process.Signal("INT");
        var run = await process.WaitForExitAsync();

        Assert.Contains("SEEDREAM_API_KEY=sk-foreground", hint);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Seedream emulator stopped after 0 task(s).", run.Errors);
    }

    [Fact]
    public async Task Emulator_ListeningBeyondLoopbackWithTheDefaultKey_PrintsAWarningLine_AndWithItsOwnKeyDoesNot()
    {
        using var directory = new TemporaryDirectory();
        using var exposed = CliProcess.Start(directory.Path, null, "emulator", "--urls", "http://0.0.0.0:0");
        using var keyed = CliProcess.Start(directory.Path, null, "emulator", "--urls", "http://0.0.0.0:0", "--api-key", "sk-mine");
        var warning = await exposed.ErrorLineAsync(line => line.StartsWith("Warning: ", StringComparison.Ordinal));
        await keyed.ErrorLineAsync(line => line.StartsWith("Use it from another shell: ", StringComparison.Ordinal));
        exposed.Signal("INT");
        keyed.Signal("INT");
        var keyedRun = await keyed.WaitForExitAsync();
        await exposed.WaitForExitAsync();

        Assert.StartsWith("Warning: the emulator listens beyond this machine (http://0.0.0.0:", warning, StringComparison.Ordinal);
        Assert.Contains("published default API key sk-emulator", warning, StringComparison.Ordinal);
        Assert.EndsWith("(--api-key, or --urls http://127.0.0.1:<port>)", warning, StringComparison.Ordinal);
        Assert.DoesNotContain(keyedRun.Errors, line => line.StartsWith("Warning", StringComparison.Ordinal));
    }
}
