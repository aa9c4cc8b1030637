using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Seedream.Testing.Cli;
using Xunit;

namespace Seedream.Cli.Tests;

public class ProgressDisplayTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Generate_OnA40ColumnTerminal_ShowsStatusAndPercentageWithinTheWidth_NeverALoneEllipsis(bool withKey)
    {
        // With a key, what the CLI writes passes through its key redaction: the terminal must still be seen as one, 40 columns
        // wide. The API's task runs 5 s so that a poll (2 s apart) sees it processing.
        await using var api = withKey ? await ConfiguredApi.StartAsync(queued: TimeSpan.Zero, processing: TimeSpan.FromSeconds(5)) : null;
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunOnTerminalAsync(directory.Path, 40, api?.Environment, "generate", "a fox in the snow", "--out", "narrow");

        Assert.True(run.ExitCode == 0, run.ToString());
        var screen = Regex.Replace(run.OutputText, @"\u001b\[[0-9;?]*[A-Za-z]", string.Empty);
        var lines = screen.Split('\n', '\r').Select(line => line.TrimEnd()).Where(line => line.Length > 0).ToList();
        Assert.Contains(lines, line => line.StartsWith("processing", StringComparison.Ordinal) && line.Contains('%', StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("saving 1 image", StringComparison.Ordinal) && line.Contains("100%", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line == "\u2026");
        Assert.Single(Directory.GetFiles(Path.Combine(directory.Path, "narrow")));
        var progress = lines.Where(line => new[] { "waiting", "queued", "processing", "completed", "saving" }.Any(status => line.StartsWith(status, StringComparison.Ordinal))).ToList();
        Assert.All(progress, line => Assert.True(line.Length <= 40, $"Wider than the terminal: '{line}'"));
    }
}
