using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using Seedream.Testing.Cli;
using StbImageSharp;
using Xunit;

namespace Seedream.Cli.Tests;

public class JsonOutputTests
{
    private const string ApiKey = "sk-cli-tests";

    [Fact]
    public async Task GenerateJson_PrintsOneObjectWithTheCompletedTaskAndItsSavedFile_ProgressStaysOnStandardError()
    {
        await using var api = await ConfiguredApi.StartAsync(queued: TimeSpan.Zero, processing: TimeSpan.Zero);
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, api.Environment, "generate", "a lighthouse at dusk", "--size", "16:9", "--out", "json", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.OutputText);
        var task = json.RootElement;
        var taskId = task.GetProperty("id").GetString();
        Assert.Contains(run.Errors, line => line.StartsWith($"Submitted task {taskId} (seedream-5.0, 16:9", StringComparison.Ordinal));
        Assert.Contains($"{taskId}: saving 1 image", run.Errors);
        AssertCompletedWithSavedImage(task, Path.Combine(directory.Path, "json"), run);
    }

    [Fact]
    public async Task WaitJson_PrintsTheSameShapeAsGenerate_WithTheSavedFileItsMediaTypePixelSizeAndBytes()
    {
        await using var api = await ConfiguredApi.StartAsync(queued: TimeSpan.Zero, processing: TimeSpan.Zero);
        var taskId = await api.SubmitAsync();
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, api.Environment, "wait", taskId, "--json", "--out", "resumed");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.OutputText);
        Assert.Equal(taskId, json.RootElement.GetProperty("id").GetString());
        Assert.Contains($"{taskId}: completed 100%", run.Errors);
        AssertCompletedWithSavedImage(json.RootElement, Path.Combine(directory.Path, "resumed"), run);
    }

    [Fact]
    public async Task StatusJson_OfRunningTask_PrintsIdStatusAndProgress_WithoutFilesOrTheKey()
    {
        await using var api = await ConfiguredApi.StartAsync(queued: TimeSpan.Zero, processing: TimeSpan.FromMinutes(10));
        var taskId = await api.SubmitAsync();
        using var directory = new TemporaryDirectory();

        var run = await CliProcess.RunAsync(directory.Path, api.Environment, "status", taskId, "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.OutputText);
        var task = json.RootElement;
        Assert.Equal(taskId, task.GetProperty("id").GetString());
        Assert.Equal("processing", task.GetProperty("status").GetString());
        Assert.InRange(task.GetProperty("progress").GetInt32(), 1, 99);
        Assert.Empty(task.GetProperty("images").EnumerateArray());
        Assert.DoesNotContain(ApiKey, run.OutputText, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(run.Errors);
    }

    /// <summary>
    /// The emulator's clock moves a quarter of the task's time only after each progress line the CLI prints, so the
    /// progress the CLI sees rises steadily however slow the machine; the task completes once a line gave an estimate.
    /// </summary>
    [Fact]
    public async Task Generate_OnRedirectedOutput_WithSteadilyRisingProgress_AddsTheEstimatedTimeLeftToPlainProgressLines()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var processing = TimeSpan.FromMinutes(1);
        await using var api = await ConfiguredApi.StartAsync(queued: TimeSpan.Zero, processing, time);
        using var directory = new TemporaryDirectory();
        using var process = CliProcess.Start(directory.Path, api.Environment, "generate", "a red kite", "--out", "eta");
        var shown = new HashSet<string>();
        string line;
        do
        {
            line = await process.ErrorLineAsync(l => l.Contains(": processing ", StringComparison.Ordinal) && !shown.Contains(l));
            shown.Add(line);
            time.Advance(processing / 4);
        }
        while (!line.EndsWith(" left", StringComparison.Ordinal));

        time.Advance(processing);
        var run = await process.WaitForExitAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        var taskId = Assert.Single(run.Errors, line => line.StartsWith("Submitted task ", StringComparison.Ordinal)).Split(' ')[2];
        Assert.Contains(run.Errors, line => Regex.IsMatch(line, $@"^{Regex.Escape(taskId)}: processing \d+%, about \d+ (s|min) left$"));
        Assert.DoesNotContain(run.Errors, line => line.StartsWith(taskId + ": completed", StringComparison.Ordinal) && line.Contains("left", StringComparison.Ordinal));
    }

    private static void AssertCompletedWithSavedImage(JsonElement task, string folder, CliRun run)
    {
        Assert.Equal("seedream-5.0", task.GetProperty("model").GetString());
        Assert.Equal("completed", task.GetProperty("status").GetString());
        Assert.Equal(100, task.GetProperty("progress").GetInt32());
        var image = Assert.Single(task.GetProperty("images").EnumerateArray());
        var file = image.GetProperty("file").GetString()!;
        Assert.Equal(Path.Combine(folder, task.GetProperty("id").GetString() + "-0.jpg"), file);
        Assert.Equal("image/jpeg", image.GetProperty("mediaType").GetString());
        Assert.Equal(new FileInfo(file).Length, image.GetProperty("bytes").GetInt64());
        var saved = ImageResult.FromMemory(File.ReadAllBytes(file));
        Assert.Equal($"{saved.Width}x{saved.Height}", image.GetProperty("pixelSize").GetString());
        Assert.False(image.GetProperty("hasBase64Data").GetBoolean());
        Assert.DoesNotContain(ApiKey, run.OutputText, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(run.Errors, line => line.TrimStart().StartsWith('{'));
    }
}
