using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
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
        // wide. The API's task is held processing (its clock stands still) until two polls have seen it so, a poll interval
        // (2 s) or more on screen; the built-in emulator's task processes for 1.5 s, which polls on a busy machine may miss.
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var api = withKey ? await ConfiguredApi.StartAsync(queued: TimeSpan.Zero, processing: TimeSpan.FromMinutes(1), time) : null;
        using var directory = new TemporaryDirectory();

        var running = CliProcess.RunOnTerminalAsync(directory.Path, 40, api?.Environment, "generate", "a fox in the snow", "--out", "narrow");
        if (api is not null)
        {
            await api.PolledAsync(3);
            time.Advance(TimeSpan.FromMinutes(1));
        }

        var run = await running;

        Assert.True(run.ExitCode == 0, run.ToString());
        var screen = Regex.Replace(run.OutputText, @"\u001b\[[0-9;?]*[A-Za-z]", string.Empty);
        var lines = screen.Split('\n', '\r').Select(line => line.TrimEnd()).Where(line => line.Length > 0).ToList();
        if (withKey)
        {
            Assert.Contains(lines, line => line.StartsWith("processing", StringComparison.Ordinal) && line.Contains('%', StringComparison.Ordinal));
        }

        Assert.Contains(lines, line => line.StartsWith("saving 1 image", StringComparison.Ordinal) && line.Contains("100%", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line == "\u2026");
        Assert.Single(Directory.GetFiles(Path.Combine(directory.Path, "narrow")));
        var progress = lines.Where(line => new[] { "waiting", "queued", "processing", "completed", "saving" }.Any(status => line.StartsWith(status, StringComparison.Ordinal))).ToList();
        Assert.All(progress, line => Assert.True(line.Length <= 40, $"Wider than the terminal: '{line}'"));
    }
}
