using System.Threading.Tasks;
using Seedream.Testing.Cli;
using Xunit;

namespace Seedream.Cli.Tests;

public class ModelsCommandTests
{
    [Fact]
    public async Task Models_ListsEveryCatalogModelWithItsSizesResolutionsExtrasAndNotes()
    {
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, null, "models");

        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (var table in SeedreamModelCatalog.Shipped.All)
        {
            Assert.Contains($"{table.Id}  {table.Description}", run.Output);
            Assert.Contains("  sizes:       " + string.Join(", ", table.Sizes), run.Output);
            Assert.Contains("  resolutions: " + string.Join(", ", table.Resolutions), run.Output);
            foreach (var note in table.Notes)
            {
                Assert.Contains("    - " + note, run.Output);
            }
        }

        Assert.Contains("    output_format = png | jpeg (default jpeg); also --format", run.Output);
        Assert.Contains("    guidance_scale = a number from 1 to 10", run.Output);
        Assert.Contains("    tools = web_search (adds {\"type\": \"web_search\"} to extra.tools); also --web-search", run.Output);
    }

    [Fact]
    public async Task Models_UnknownModel_ExitsWith2AndNamesTheKnownOnes()
    {
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, null, "models", "seedream-9.0");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal(
            "'seedream-9.0' is not a known model; known models: seedream-4.0, seedream-4.5, seedream-5.0. " +
            "A model of your own needs its table: give it with --model-table FILE or SEEDREAM_MODEL_TABLES (`seedream models --new ID` writes one).",
            Assert.Single(run.Errors));
    }
}
