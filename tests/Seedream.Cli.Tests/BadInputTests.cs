using System.Threading.Tasks;
using Xunit;

namespace Seedream.Cli.Tests;

public class BadInputTests
{
    [Theory]
    [InlineData("seedream-9.0", "16:9", "2K", 1)]
    [InlineData("seedream-4.5", "4:5", "2K", 1)]
    [InlineData("seedream-5.0", "16:9", "2K", 20)]
    public async Task Generate_RequestTheModelDoesNotAccept_ExitsWith2AndTheClientsValidationMessage_BeforeAnyRequest(string model, string size, string resolution, int count)
    {
        var expected = Assert.Throws<SeedreamValidationException>(() =>
            SeedreamModelCatalog.Shipped.Validate(SeedreamRequest.ForModel(model).Prompt("一只柴犬").Size(size).Resolution(resolution).ImageCount(count).Build())).Message;
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, null, "generate", "一只柴犬", "--model", model, "--size", size, "--resolution", resolution, "--n", count.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(expected, run.ErrorText);
        Assert.DoesNotContain("emulator", run.ErrorText);
        Assert.Empty(run.OutputLines);
    }

    [Fact]
    public async Task Generate_UnknownOption_ExitsWith2AndPointsToHelp()
    {
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, null, "generate", "a cat", "--colour", "blue");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("--colour", run.ErrorText);
        Assert.Contains("See 'seedream generate --help'.", run.Errors);
    }

    [Fact]
    public async Task Help_ListsTheCommandsAndDocumentsTheExitCodes()
    {
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, null, "--help");

        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (var command in new[] { "generate <prompt>", "status <id>", "wait <id>", "cancel <id>", "models", "emulator" })
        {
            Assert.Contains(command, run.OutputText);
        }

        Assert.Contains("Exit codes: 0 success; 2 bad input", run.OutputText);
        Assert.Contains("130 cancelled with Ctrl+C", run.OutputText);
    }
}
