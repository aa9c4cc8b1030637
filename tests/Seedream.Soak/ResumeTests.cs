using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using Seedream.Emulator;
using Seedream.Soak.Infrastructure;
using Seedream.Soak.Resume;
using Xunit;

namespace Seedream.Soak;

/// <summary>
/// A process killed while it waits for its tasks loses nothing: a second process reads the saved task
/// ids and saves every image, and no task is submitted twice. The emulator runs here, in the test
/// process, so it outlives the killed one; its clock stands still until the kill, so every task is
/// still queued when the process dies however slow the machine, and moves past their end before the resume.
/// </summary>
public sealed class ResumeTests : IDisposable
{
    private const int Tasks = 12;
    private static readonly TimeSpan ProcessLimit = TimeSpan.FromMinutes(2);
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "seedream-resume-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task ProcessKilledMidWait_IsResumedFromItsSavedIds_AndEveryImageIsSaved_WithoutSubmittingAgain()
    {
        Directory.CreateDirectory(_directory);
        var idsFile = Path.Combine(_directory, "task-ids.txt");
        var output = Path.Combine(_directory, "images");
        using var limit = new CancellationTokenSource(ProcessLimit);
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var options = new EmulatorOptions
        {
            ApiKey = "sk-resume-SECRET-81d2",
            QueueDuration = TimeSpan.FromSeconds(1),
            ProcessingDuration = TimeSpan.FromSeconds(15),
        };
        await using var emulator = await SeedreamEmulator.StartAsync(options, time);
        var key = (ResumeModes.KeyVariable, emulator.ApiKey);
        var url = emulator.BaseAddress.ToString();

        using (var submitter = HarnessProcess.Start(ResumeModes.WaitingLine, key, "submit", "--url", url, "--ids", idsFile, "--tasks", Tasks.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        {
            Assert.True(await submitter.WaitForLineAsync(limit.Token), "The submitting process ended before it had submitted every task: " + submitter.Output);
            using var http = emulator.CreateHttpClient();
            var states = await Task.WhenAll(File.ReadLines(idsFile).Select(id => http.GetStringAsync("/v1/tasks/" + id, limit.Token)));
            Assert.True(states.Any(state => !state.Contains("\"completed\"", StringComparison.Ordinal)), "Every task had finished before the kill, so it was not killed mid-wait.");

            submitter.Kill();
            await submitter.WaitForExitAsync(limit.Token);
            Assert.DoesNotContain("all finished", submitter.Output, StringComparison.Ordinal);
        }

        time.Advance(options.QueueDuration + options.ProcessingDuration);
        var ids = File.ReadAllLines(idsFile);
        Assert.Equal(Tasks, ids.Distinct().Count());
        Assert.Equal(Tasks, emulator.Counters.TasksCreated);

        using (var resumer = HarnessProcess.Start("unused", key, "resume", "--url", url, "--ids", idsFile, "--out", output))
        {
            await resumer.WaitForExitAsync(limit.Token);
            Assert.True(resumer.ExitCode == 0, "The resuming process failed: " + resumer.Output);
            Assert.Contains($"resumed {Tasks} tasks; saved {Tasks} images", resumer.Output, StringComparison.Ordinal);
        }

        foreach (var id in ids)
        {
            var image = Assert.Single(Directory.GetFiles(Path.Combine(output, id)));
            var (width, height) = ImageCheck.Decode(image);
            Assert.True(width > 0 && height > 0, $"{image} has no pixels");
        }

        Assert.Equal(Tasks, emulator.Counters.TasksCreated);
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
