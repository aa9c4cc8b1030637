using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Seedream.Testing.Cli;
using StbImageSharp;
using Xunit;

namespace Seedream.Cli.Tests;

public class GenerateCommandTests
{
    [Fact]
    public async Task Generate_ReadmeCommandWithoutApiKey_AnnouncesBuiltInEmulatorAndItsPlaceholderSizeOnce_SavesA16x9ImageInDefaultFolder_AndPrintsItsPath()
    {
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, null, "generate", "一只柴犬穿宇航服站在月球上", "--model", "seedream-5.0", "--size", "16:9", "--resolution", "2K");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(
            new[] { "No SEEDREAM_API_KEY: using the built-in emulator (offline, nothing is billed).", "Emulator images are placeholders at 1/4 size: 712x400 (real API: 2848x1600)." },
            run.Errors.Where(line => line.Contains("mulator", StringComparison.Ordinal)));
        Assert.All(run.Errors, line => Assert.True(line.Length <= 80, $"Longer than 80 columns: {line}"));
        var path = Assert.Single(run.OutputLines);
        Assert.Equal(Path.Combine(directory.Path, "seedream-output"), Path.GetDirectoryName(path));
        var image = ImageResult.FromMemory(File.ReadAllBytes(path));
        Assert.Equal(16.0 / 9.0, (double)image.Width / image.Height, 1);
    }

    [Fact]
    public async Task Generate_ImageSetAsPngInCapitalsIntoChosenFolder_SavesEveryImageAsPng_AndPrintsEachPath()
    {
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, null, "generate", "four seasons of one tree", "--size", "1:1", "--count", "3", "--format", "PNG", "--out", "set");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(3, run.OutputLines.Count);
        Assert.All(run.OutputLines, path =>
        {
            Assert.Equal(Path.Combine(directory.Path, "set"), Path.GetDirectoryName(path));
            Assert.Equal(".png", Path.GetExtension(path));
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, File.ReadAllBytes(path).Take(4));
        });
        Assert.Equal(run.OutputLines.OrderBy(p => p), Directory.GetFiles(Path.Combine(directory.Path, "set")).OrderBy(p => p));
    }

    [Fact]
    public async Task Generate_OnRedirectedOutput_ReportsProgressAsPlainLinesUpToCompletion()
    {
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, null, "generate", "a red kite", "--resolution", "3K");

        Assert.True(run.ExitCode == 0, run.ToString());
        var submitted = Assert.Single(run.Errors, line => line.StartsWith("Submitted task "));
        var taskId = submitted.Split(' ')[2];
        Assert.Contains($"{taskId}: queued", run.Errors);
        Assert.Contains($"{taskId}: completed 100%", run.Errors);
        Assert.Contains($"{taskId}: saving 1 image", run.Errors);
        Assert.DoesNotContain(run.Errors, line => line.Contains('\u001b'));
    }

    [Fact]
    public async Task Generate_OnATerminal_DrawsALiveProgressBarToCompletion_ThenPrintsThePath()
    {
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunOnTerminalAsync(directory.Path, 120, "generate", "a fox in the snow", "--out", "live");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("\u001b[", run.OutputText);
        Assert.Contains("\u2501", run.OutputText);
        Assert.Contains("100%", run.OutputText);
        Assert.DoesNotContain(run.Output, line => line.StartsWith("task-", StringComparison.Ordinal) && line.EndsWith(": completed 100%", StringComparison.Ordinal));
        var saved = Assert.Single(Directory.GetFiles(Path.Combine(directory.Path, "live")));
        Assert.Contains(saved, run.OutputText);
    }
}
