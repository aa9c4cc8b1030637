using System.Threading.Tasks;
using Seedream.Testing.Cli;
using Xunit;

namespace Seedream.Cli.Tests;

public class HelpTests
{
    [Theory]
    [InlineData("")]
    [InlineData("--help")]
    public async Task BareSeedreamAndHelp_ListTheCommandsWithOptionalArgumentsInBrackets_AndExitWith0(string arguments)
    {
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, null, arguments.Split(' ', System.StringSplitOptions.RemoveEmptyEntries));

        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (var command in new[] { "  generate <prompt>", "  status <id>", "  wait <id>", "  cancel <id>", "  models [model]", "  emulator" })
        {
            Assert.Contains(run.Output, line => line.StartsWith(command, System.StringComparison.Ordinal));
        }

        Assert.Contains("Exit codes: 0 success; 2 bad input", run.OutputText);
        Assert.Contains("130 cancelled with Ctrl+C", run.OutputText);
        Assert.Empty(run.Errors);
    }

    [Fact]
    public async Task GenerateHelp_NamesEveryOptionsAcceptedValuesOrForm_WithoutDoubledDefaults()
    {
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, null, "generate", "--help");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(run.Output, line => line.Contains("-m, --model <ID>", System.StringComparison.Ordinal) && line.Contains("seedream-4.0, seedream-4.5, seedream-5.0 (any letter case)", System.StringComparison.Ordinal));
        Assert.Contains(run.Output, line => line.Contains("-s, --size <W:H>", System.StringComparison.Ordinal));
        Assert.Contains(run.Output, line => line.Contains("-r, --resolution <NK>", System.StringComparison.Ordinal) && line.Contains("any letter case", System.StringComparison.Ordinal));
        Assert.Contains(run.Output, line => line.Contains("-n, --count <COUNT>", System.StringComparison.Ordinal) && line.Contains("a whole number of 1 or more", System.StringComparison.Ordinal));
        Assert.Contains(run.Output, line => line.Contains("-i, --image <URL>", System.StringComparison.Ordinal) && line.Contains("http or https link", System.StringComparison.Ordinal));
        Assert.Contains(run.Output, line => line.Contains("-f, --format <png|jpeg>", System.StringComparison.Ordinal) && line.Contains("jpg is taken for jpeg", System.StringComparison.Ordinal));
        Assert.Contains(run.Output, line => line.Contains("--watermark <yes|no>", System.StringComparison.Ordinal) && line.Contains("also true/false, on/off, 1/0", System.StringComparison.Ordinal));
        Assert.Contains(run.Output, line => line.Contains("-x, --extra <KEY=VALUE>", System.StringComparison.Ordinal));
        Assert.Contains(run.Output, line => line.Contains("--timeout <DURATION>", System.StringComparison.Ordinal) && line.Contains("90, 90s, 5m", System.StringComparison.Ordinal));
        Assert.Contains(run.Output, line => line.Contains("--model-table <FILE>", System.StringComparison.Ordinal) && line.Contains("SEEDREAM_MODEL_TABLES", System.StringComparison.Ordinal));
        Assert.DoesNotContain("Default: seedream-5.0 [default", run.OutputText);
    }
}
