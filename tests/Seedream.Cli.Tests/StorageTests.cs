using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Seedream.Testing.Cli;
using Seedream.Testing.FileSystems;
using Xunit;

namespace Seedream.Cli.Tests;

/// <summary><c>generate</c> as a process saving into a full disk (a small tmpfs, filled up): the billed task's id is printed, as text and as JSON, and the error says the disk is full, with the path.</summary>
public class StorageTests
{
    [MountFact]
    public async Task Generate_IntoAFullDisk_PrintsTheTaskIdAsTextAndJson_AndNamesTheFullDiskWithThePath()
    {
        await using var api = await ConfiguredApi.StartAsync(queued: TimeSpan.Zero, processing: TimeSpan.Zero);
        using var disk = TemporaryMount.Tmpfs(kilobytes: 64);
        var filler = disk.FillUp();
        using var directory = new TemporaryDirectory();

        foreach (var json in new[] { false, true })
        {
            var arguments = new[] { "generate", "a full disk", "--size", "1:1", "--out", disk.Path }.Concat(json ? new[] { "--json" } : Array.Empty<string>()).ToArray();
            var run = await CliProcess.RunAsync(directory.Path, api.Environment, arguments);

            Assert.True(run.ExitCode == 5, run.ToString());
            var taskId = Assert.Single(run.Errors, line => line.StartsWith("Submitted task ", StringComparison.Ordinal)).Split(' ')[2];
            Assert.True(run.Errors.Any(line => line.Contains("No space left on device", StringComparison.Ordinal) && line.Contains(disk.Path, StringComparison.Ordinal)), run.ToString());
            Assert.Contains(taskId, run.ErrorText, StringComparison.Ordinal);
            if (json)
            {
                Assert.Equal(taskId, JsonDocument.Parse(run.OutputText).RootElement.GetProperty("id").GetString());
            }
        }

        Assert.Equal(new[] { filler }, Directory.GetFileSystemEntries(disk.Path));
    }
}
