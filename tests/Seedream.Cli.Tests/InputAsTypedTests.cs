using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Seedream.Testing.Cli;
using Xunit;

namespace Seedream.Cli.Tests;

public class InputAsTypedTests
{
    [Fact]
    public async Task Generate_NamesAndExtraValuesInAnyLetterCase_JpgAndNoWords_AreTaken_AndSaveAJpeg()
    {
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(
            directory.Path,
            null,
            "generate", "a cat", "--model", "SEEDREAM-5.0", "--resolution", "2k", "--format", "jpg", "--watermark", "no", "-n", "1", "--timeout", "90s",
            "--extra", "response_format=B64_JSON", "--extra", "stream=off");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(run.Errors, line => line.StartsWith("Submitted task ", StringComparison.Ordinal) && line.EndsWith(" (seedream-5.0, 2K).", StringComparison.Ordinal));
        var path = Assert.Single(run.OutputLines);
        Assert.Equal(".jpg", Path.GetExtension(path));
        Assert.Equal(new byte[] { 0xFF, 0xD8, 0xFF }, File.ReadAllBytes(path).Take(3));
    }

    [Theory]
    [InlineData("off")]
    [InlineData("0")]
    [InlineData("YES")]
    [InlineData("true")]
    public async Task Generate_WatermarkWords_AreAcceptedBeforeAnythingIsChecked(string word)
    {
        using var directory = new TemporaryDirectory();

        // --count 20 makes the run stop at validation (exit 2, nothing sent) once --watermark has parsed.
        var run = await CliProcess.RunAsync(directory.Path, null, "generate", "a cat", "--watermark", word, "--n", "20");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal("Nothing was sent: seedream-5.0 does not accept --count 20; allowed: at most 15.", Assert.Single(run.Errors));
    }

    [Fact]
    public async Task Generate_PromptLongerThanTheModelRecommends_IsWarnedAboutAndStillGenerated()
    {
        var recommended = SeedreamModelCatalog.Shipped.Find("seedream-4.5")!.Limits.RecommendedPromptLength;
        var prompt = new string('猫', recommended + 20);
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, null, "generate", prompt, "--model", "seedream-4.5");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"Note: the prompt has {recommended + 20} characters; seedream-4.5 works best with at most {recommended}, and may ignore the rest.", run.Errors);
        Assert.Single(run.OutputLines);
    }

    [Fact]
    public async Task Models_TakesTheIdInAnyLetterCase_AndShowsSizesInMegabytes()
    {
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, null, "models", "SeeDream-4.5");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("seedream-4.5  ", run.Output[0]);
        Assert.Contains("  reference:   up to 14 images (--image), each at most 10 MB", run.Output);
        Assert.Contains("  image set:   reference images + generated images (--count) at most 15", run.Output);
        Assert.DoesNotContain(run.Output, line => line.StartsWith("seedream-5.0", StringComparison.Ordinal));
    }
}
