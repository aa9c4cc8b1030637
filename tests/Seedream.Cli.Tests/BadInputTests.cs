using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
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
    public async Task Generate_ExtraOptionTheModelLacks_ExitsWith2_NamingTheModelsThatHaveIt()
    {
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, null, "generate", "a cat", "--model", "seedream-4.0", "--format", "png");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.StartsWith("Nothing was sent: seedream-4.0 has no --format option (seedream-5.0 has it); its extra options: ", Assert.Single(run.Errors));
    }

    [Theory]
    [InlineData("--count", "x", "--count takes a whole number of 1 or more; 'x' is not one.")]
    [InlineData("-n", "2.5", "--count takes a whole number of 1 or more; '2.5' is not one.")]
    [InlineData("--n", "0", "--count takes a whole number of 1 or more; '0' is not one.")]
    [InlineData("--timeout", "5x", "--timeout takes a duration of more than 0, in seconds, or a number with a unit: 90, 90s, 5m, 1h, 500ms; '5x' is not one.")]
    [InlineData("--timeout", "0", "--timeout takes a duration of more than 0, in seconds, or a number with a unit: 90, 90s, 5m, 1h, 500ms; '0' is not one.")]
    [InlineData("--timeout", "99999h", "--timeout takes a duration of more than 0, in seconds, or a number with a unit: 90, 90s, 5m, 1h, 500ms; '99999h' is not one.")]
    [InlineData("--watermark", "maybe", "--watermark takes yes or no (also true/false, on/off, 1/0); 'maybe' is not one.")]
    [InlineData("--format", "gif", "--format takes png or jpeg (jpg is taken for jpeg); 'gif' is not one.")]
    [InlineData("--model", "seedream-9.0", "--model takes one of seedream-4.0, seedream-4.5, seedream-5.0; 'seedream-9.0' is not one.")]
    [InlineData("--image", "ftp://example.com/cat.png", "--image takes an http or https link such as https://example.com/cat.png; 'ftp://example.com/cat.png' is not one.")]
    [InlineData("--image", "file:///etc/passwd", "--image takes an http or https link such as https://example.com/cat.png; 'file:///etc/passwd' is not one.")]
    [InlineData("--image", "cat.png", "--image takes an http or https link such as https://example.com/cat.png; 'cat.png' is not one.")]
    [InlineData("--format", "\u001b[31mred", "--format takes png or jpeg (jpg is taken for jpeg); '\\x1B[31mred' is not one.")]
    public async Task Generate_OptionValueOfTheWrongForm_ExitsWith2_NamingTheOptionAndItsForm(string option, string value, string expected)
    {
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, null, "generate", "a cat", option, value);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal(new[] { expected, "See 'seedream generate --help'." }, run.Errors);
        Assert.Empty(run.OutputLines);
    }

    [Theory]
    [InlineData("status")]
    [InlineData("wait")]
    [InlineData("cancel")]
    public async Task TaskCommand_WithEmptyId_ExitsWith2AndSaysTheIdIsEmpty(string command)
    {
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, null, command, "  ");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal(
            new[] { "The task id is empty; give the id that `seedream generate` printed, e.g. task-wave1775285160b950328499.", $"See 'seedream {command} --help'." },
            run.Errors);
    }

    [Fact]
    public async Task Generate_UnquotedMultiWordPrompt_ExitsWith2AndShowsTheQuotedCommand()
    {
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, null, "generate", "a", "cat", "--size", "16:9", "in", "space");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal(
            new[] { "The prompt must be one argument: put it in quotes, e.g. seedream generate \"a cat in space\"", "See 'seedream generate --help'." },
            run.Errors);
    }

    [Theory]
    [InlineData("model", "'model' is not a seedream command; did you mean 'seedream models'?")]
    [InlineData("genrate", "'genrate' is not a seedream command; did you mean 'seedream generate'?")]
    [InlineData("stat", "'stat' is not a seedream command; did you mean 'seedream status'?")]
    [InlineData("draw", "'draw' is not a seedream command; the commands are generate, status, wait, cancel, models, emulator.")]
    public async Task MistypedCommand_ExitsWith2AndSuggestsTheClosestCommand(string typed, string expected)
    {
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, null, typed);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal(new[] { expected, "See 'seedream --help'." }, run.Errors);
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
