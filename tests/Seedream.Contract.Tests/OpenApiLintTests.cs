using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using Xunit;
using Seedream.Testing;

namespace Seedream.Contract.Tests;

public class OpenApiLintTests
{
    private static readonly string LintDirectory = Path.Combine(RepositoryPaths.Root, "tests", "Seedream.Contract.Tests", "lint");

    [Fact]
    public async Task OpenApiDocument_LintsWithoutErrorsOrWarnings()
    {
        var redocly = Path.Combine(LintDirectory, "node_modules", ".bin", "redocly");
        if (!File.Exists(redocly))
        {
            var install = await RunAsync("npm", "install --no-audit --no-fund --loglevel=error");
            Assert.True(install.ExitCode == 0, "npm install of the linter failed:\n" + install.Output);
        }

        var lint = await RunAsync(redocly, $"lint \"{RepositoryPaths.Spec("seedream-tasks.openapi.json")}\" --format=stylish");

        Assert.True(lint.ExitCode == 0, "redocly lint failed:\n" + lint.Output);
        Assert.Contains("Your API description is valid", lint.Output);
        Assert.DoesNotMatch(@"You have \d+ warning", lint.Output);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string fileName, string arguments)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = LintDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
