using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Seedream.Testing.Cli;
using Xunit;

namespace Seedream.Cli.Tests;

public class BadInputTests
{
    [Theory]
    [InlineData("seedream-4.5", "4:5", "2K", "1", "Nothing was sent: seedream-4.5 does not accept --size 4:5; allowed: 1:1, 2:3, 3:2, 3:4, 4:3, 9:16, 16:9, 21:9.")]
    [InlineData("seedream-5.0", "16:9", "8K", "1", "Nothing was sent: seedream-5.0 does not accept --resolution 8K; allowed: 2K, 3K.")]
    [InlineData("seedream-5.0", "16:9", "2K", "20", "Nothing was sent: seedream-5.0 does not accept --count 20; allowed: at most 15.")]
    public async Task Generate_RequestTheModelDoesNotAccept_ExitsWith2_NamingTheOptionAndWhatIsAllowed_BeforeAnyRequest(string model, string size, string resolution, string count, string expected)
    {
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, null, "generate", "一只柴犬", "--model", model, "--size", size, "--resolution", resolution, "--count", count);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal(expected, Assert.Single(run.Errors));
        Assert.Empty(run.OutputLines);
    }

    [Fact]
    public async Task Generate_WithAStopGraceThatIsNoDuration_ExitsWith2_NamingTheVariableAndTheFormsItTakes_BeforeAnyRequest()
    {
        await using var server = ScriptedServer.Start(_ => ScriptedAnswer.Never());
        using var directory = new TemporaryDirectory();
        var environment = new Dictionary<string, string>(server.Environment) { ["SEEDREAM_STOP_GRACE"] = "soon" };

        var run = await CliProcess.RunAsync(directory.Path, environment, "generate", "a cat");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal(
            "SEEDREAM_STOP_GRACE 'soon' is not a duration: set it to more than 0, in seconds, or a number with a unit: 90, 90s, 5m, 1h, 500ms, or unset it for the default 750 ms.",
            Assert.Single(run.Errors));
        Assert.True(server.Requests.IsEmpty);
    }

    [Fact]
    public async Task Generate_ExtraOptionTheModelLacks_ExitsWith2_NamingTheModelsThatHaveIt()
    {
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, null, "generate", "a cat", "--model", "seedream-4.0", "--format", "png");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.StartsWith("Nothing was sent: seedream-4.0 has no --format option (seedream-5.0 has it); its extra options: ", Assert.Single(run.Errors));
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

    [Theory]
    [InlineData("a file", "--out 'taken' is a file, not a folder; choose a folder for the images.")]
    [InlineData("under a file", "--out 'taken/images' cannot be created: {0} is a file, not a folder.")]
    [InlineData("empty", "--out is empty; give the folder to save the images in, e.g. --out images.")]
    public async Task Generate_OutThatCannotBeAFolder_ExitsWith2BeforeAnythingIsSubmitted(string what, string expected)
    {
        await using var api = await ConfiguredApi.StartAsync(TimeSpan.Zero, TimeSpan.Zero);
        using var directory = new TemporaryDirectory();
        File.WriteAllText(Path.Combine(directory.Path, "taken"), "not a folder");
        var folder = what switch { "a file" => "taken", "under a file" => "taken/images", _ => " " };

        var run = await CliProcess.RunAsync(directory.Path, api.Environment, "generate", "a cat", "--out", folder);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, expected, Path.Combine(directory.Path, "taken")), Assert.Single(run.Errors));
        Assert.Equal(0L, api.Emulator.Counters.TasksCreated);
    }

    [Fact]
    public async Task Generate_BaseUrlWithoutApiKey_ExitsWith2AndSaysTheKeyIsMissing()
    {
        using var directory = new TemporaryDirectory();
        var environment = new Dictionary<string, string> { ["SEEDREAM_BASE_URL"] = "https://api.example.com/" };

        var run = await CliProcess.RunAsync(directory.Path, environment, "generate", "a cat");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal(
            "SEEDREAM_BASE_URL is set but SEEDREAM_API_KEY is not: set the key to call that server, or unset SEEDREAM_BASE_URL to use the built-in emulator.",
            Assert.Single(run.Errors));
    }
}
