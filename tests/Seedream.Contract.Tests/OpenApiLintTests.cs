using System;
using System.IO;
using System.Threading.Tasks;
using Seedream.Testing;
using Xunit;

namespace Seedream.Contract.Tests;

public class OpenApiLintTests
{
    private static readonly string LintDirectory = Path.Combine(RepositoryPaths.Root, "tests", "Seedream.Contract.Tests", "lint");

    [Theory]
    [InlineData("seedream-tasks.openapi.json")]
    [InlineData("modelark-images.openapi.json")]
    public async Task OpenApiDocument_LintsWithoutErrorsOrWarnings(string document)
    {
        var redocly = Path.Combine(LintDirectory, "node_modules", ".bin", "redocly");
        if (!File.Exists(redocly))
        {
            var install = await RunAsync("npm", "install", "--no-audit", "--no-fund", "--loglevel=error");
            Assert.True(install.Succeeded, install.Describe());
        }

        var lint = await RunAsync(redocly, "lint", RepositoryPaths.Spec(document), "--format=stylish");

        Assert.True(lint.Succeeded, lint.Describe());
        Assert.Contains("Your API description is valid", lint.Output);
        Assert.DoesNotMatch(@"You have \d+ warning", lint.Output);
    }

    private static Task<CommandResult> RunAsync(string fileName, params string[] arguments)
    {
        var start = ProcessRunner.Prepare(fileName, arguments, LintDirectory);
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        return ProcessRunner.RunAsync(start, ProcessRunner.HangGuard);
    }
}
