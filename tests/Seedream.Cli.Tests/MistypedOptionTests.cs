using System.Threading.Tasks;
using Seedream.Testing.Cli;
using Xunit;

namespace Seedream.Cli.Tests;

/// <summary>
/// A mistyped option is answered with the option it most likely means; the hint to quote the prompt comes only when the
/// words left over look like a prompt, never for the value of a mistyped option.
/// </summary>
public class MistypedOptionTests
{
    [Theory]
    [InlineData(new[] { "generate", "a cat", "--modle", "seedream-5.0" }, "'--modle' is not an option of seedream generate; did you mean --model?")]
    [InlineData(new[] { "generate", "--modle", "seedream-5.0", "a cat" }, "'--modle' is not an option of seedream generate; did you mean --model?")]
    [InlineData(new[] { "generate", "a cat", "--modle=seedream-5.0" }, "'--modle' is not an option of seedream generate; did you mean --model?")]
    [InlineData(new[] { "generate", "a cat", "--websearch" }, "'--websearch' is not an option of seedream generate; did you mean --web-search?")]
    [InlineData(new[] { "generate", "a cat", "--reslution", "2K" }, "'--reslution' is not an option of seedream generate; did you mean --resolution?")]
    [InlineData(new[] { "status", "--jsn", "task-1" }, "'--jsn' is not an option of seedream status; did you mean --json?")]
    [InlineData(new[] { "batch", "run", "jobs.jsonl", "--wait-timout", "5m" }, "'--wait-timout' is not an option of seedream batch run; did you mean --wait-timeout?")]
    [InlineData(new[] { "models", "--model-tables", "models" }, "'--model-tables' is not an option of seedream models; did you mean --model-table?")]
    [InlineData(new[] { "--verison" }, "'--verison' is not an option of seedream; did you mean --version?")]
    public async Task MistypedOption_ExitsWith2_NamingTheOptionItMostLikelyMeans_AndNothingElse(string[] arguments, string expected)
    {
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, null, arguments);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal(expected, run.Errors[0]);
        Assert.Equal(2, run.Errors.Count);
        Assert.Matches("^See 'seedream( [a-z]+)* --help'\\.$", run.Errors[1]);
    }

    [Fact]
    public async Task UnknownOption_WithNothingClose_ExitsWith2_NamingIt()
    {
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, null, "generate", "a cat", "--colour", "blue");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal(new[] { "'--colour' is not an option of seedream generate.", "See 'seedream generate --help'." }, run.Errors);
    }

    [Fact]
    public async Task MistypedOption_BeforeAnUnquotedPrompt_NamesTheOption_AndShowsTheQuotedPrompt_WithoutTheOptionsValue()
    {
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, null, "generate", "--modle", "seedream-5.0", "a", "cat");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal(
            new[]
            {
                "'--modle' is not an option of seedream generate; did you mean --model?",
                "The prompt must be one argument: put it in quotes, e.g. seedream generate \"a cat\"",
                "See 'seedream generate --help'.",
            },
            run.Errors);
    }

    [Theory]
    [InlineData("--json=maybe", "--json is a switch and takes no value (give it, or leave it out); 'maybe' is not one.")]
    [InlineData("--web-search", "--web-search is a switch and takes no value (give it, or leave it out); 'yes' is not one.")]
    public async Task SwitchGivenAValue_ExitsWith2_SayingItTakesNone(string option, string expected)
    {
        using var directory = new TemporaryDirectory();

        var run = option == "--web-search"
            ? await CliProcess.RunAsync(directory.Path, null, "generate", "a cat", option, "yes")
            : await CliProcess.RunAsync(directory.Path, null, "generate", "a cat", option);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal(new[] { expected, "See 'seedream generate --help'." }, run.Errors);
    }
}
