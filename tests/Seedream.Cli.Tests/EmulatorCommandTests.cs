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

    [Theory]
    [InlineData("--urls", "https://127.0.0.1:5080", "--urls takes an http URL such as http://127.0.0.1:5080; 'https://127.0.0.1:5080' is not one.")]
    [InlineData("--api-key", "two words", "--api-key takes any text without spaces; 'two words' is not one.")]
    public async Task Emulator_WithAnAddressOrKeyItCannotUse_ExitsWith2_NamingTheOptionAndWhatItTakes(string option, string value, string expected)
    {
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, null, "emulator", option, value);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal(expected, run.Errors[0]);
    }
}
