using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Seedream.Emulator;
using Xunit;

namespace Seedream.Package.Tests;

/// <summary>A program that uses the package's builders and client builds, runs and saves images.</summary>
[Collection(PackedConsumerCollection.Name)]
public sealed class ConsumerRunTests
{
    private static readonly byte[] PngSignature = { 0x89, 0x50, 0x4E, 0x47 };
    private static readonly byte[] JpegSignature = { 0xFF, 0xD8, 0xFF };

    private readonly PackedConsumerFixture _consumer;

    public ConsumerRunTests(PackedConsumerFixture consumer) => _consumer = consumer;

    [Fact]
    public async Task ProgramUsingEveryModelsBuilder_RunsAgainstTheEmulator_AndSavesEveryImage()
    {
        var options = new EmulatorOptions { QueueDuration = TimeSpan.Zero, ProcessingDuration = TimeSpan.FromMilliseconds(300) };
        await using var emulator = await SeedreamEmulator.StartAsync(options);
        var output = Directory.CreateTempSubdirectory("seedream-package-images-").FullName;
        try
        {
            var build = await _consumer.BuildAsync();
            Assert.True(build.Succeeded, build.Describe());

            var run = await _consumer.RunAsync(
                new Dictionary<string, string>
                {
                    ["SEEDREAM_BASE_URL"] = emulator.BaseAddress.ToString(),
                    ["SEEDREAM_API_KEY"] = emulator.ApiKey,
                },
                output);
            Assert.True(run.Succeeded, run.Describe());

            AssertImages(output, "seedream-5.0", expectedCount: 1, PngSignature);
            AssertImages(output, "seedream-4.5", expectedCount: 1, PngSignature, JpegSignature);
            AssertImages(output, "seedream-4.0", expectedCount: 2, PngSignature, JpegSignature);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public void ConsumerBuild_WithEveryShippedBuilder_HasNoWarnings()
    {
        var warnings = _consumer.FirstBuild.Output.Split('\n')
            .Where(line => line.Contains(": warning ", StringComparison.Ordinal))
            .Distinct()
            .ToList();

        Assert.True(warnings.Count == 0, "The consumer's build warned:\n" + string.Join('\n', warnings));
    }

    private static void AssertImages(string output, string model, int expectedCount, params byte[][] signatures)
    {
        var folder = Path.Combine(output, model);
        Assert.True(Directory.Exists(folder), $"No images were saved for {model}: {folder} does not exist.");
        var files = Directory.GetFiles(folder);
        Assert.Equal(expectedCount, files.Length);
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            Assert.True(
                signatures.Any(signature => bytes.AsSpan().StartsWith(signature)),
                $"{file} ({bytes.Length} bytes) is not an image of the expected format.");
        }
    }
}
