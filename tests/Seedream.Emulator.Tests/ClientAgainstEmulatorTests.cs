using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Seedream.Transport;
using Xunit;

namespace Seedream.Emulator.Tests;

/// <summary>The high-level <see cref="SeedreamClient"/> against the emulator over loopback, on the real clock with short durations.</summary>
public sealed class ClientAgainstEmulatorTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "seedream-emulator-tests-" + Guid.NewGuid().ToString("N"));
    private SeedreamEmulator _emulator = null!;

    public async Task InitializeAsync()
    {
        var options = new EmulatorOptions { QueueDuration = TimeSpan.Zero, ProcessingDuration = TimeSpan.FromMilliseconds(100) };
        options.Faults.RetryAfterSeconds = 0;
        _emulator = await SeedreamEmulator.StartAsync(options);
    }

    public async Task DisposeAsync()
    {
        await _emulator.DisposeAsync();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public async Task Generate_ThenSave_WritesTheEmulatorsImagesToDisk()
    {
        using var client = Client();
        var request = PublicRequest().ImageCount(3).Extra("output_format", "png").Build();

        var result = await client.GenerateAsync(request);
        var saved = await result.SaveImagesAsync(_directory);

        Assert.Equal(3, saved.Count);
        Assert.All(saved, image =>
        {
            var bytes = File.ReadAllBytes(image.Path);
            Assert.True(ImageDecoding.IsPng(bytes), image.Path);
            Assert.Equal((178, 100), (ImageDecoding.Decode(bytes).Width, ImageDecoding.Decode(bytes).Height));
        });
        Assert.Equal(1, _emulator.Counters.TasksCreated);
    }

    [Fact]
    public async Task ClientValidation_AndTheEmulator_RejectABadRequestWithTheSameMessage()
    {
        var request = PublicRequest().Resolution("4K").Build();
        using var validating = Client();
        using var trusting = Client(validate: false);

        var beforeSending = await Assert.ThrowsAsync<SeedreamValidationException>(() => validating.SubmitAsync(request));
        var rejectedBefore = _emulator.Counters.Rejected;
        var fromEmulator = await Assert.ThrowsAsync<SeedreamInvalidRequestException>(() => trusting.SubmitAsync(request));

        Assert.Equal(0, rejectedBefore);
        Assert.Equal(400, fromEmulator.StatusCode);
        Assert.Equal(beforeSending.Problems.Single().Message, fromEmulator.ApiMessage);
    }

    [Fact]
    public async Task RetryableFaultsOnCreate_AreRetriedByTheClient_WithoutCreatingASecondTask()
    {
        _emulator.Options.Faults.Seed = 7;
        _emulator.Options.Faults.ServiceUnavailableRate = 0.4;
        _emulator.Options.Faults.RateLimitRate = 0.2;
        using var client = Client();

        var result = await client.GenerateAsync(PublicRequest().Build());

        Assert.Equal(SeedreamTaskStatus.Completed, result.Task.Status);
        Assert.Equal(1, _emulator.Counters.TasksCreated);
        Assert.True(_emulator.Counters.FaultsInjected > 0, "the seed should have injected at least one fault");
    }

    [Fact]
    public async Task ConnectionDroppedAfterCreate_IsNotRetriedBlindly_AndSaysATaskMayExist()
    {
        _emulator.Options.Faults.DropConnectionRate = 1;
        using var client = Client();

        var error = await Assert.ThrowsAsync<SeedreamNetworkException>(() => client.SubmitAsync(PublicRequest().Build()));

        Assert.True(error.MayHaveCreatedTask);
        Assert.Equal(1, _emulator.Counters.TasksCreated);
        Assert.Equal(1, _emulator.Counters.Faults(FaultKind.DroppedConnection));
    }

    private static SeedreamRequestBuilder PublicRequest() => SeedreamRequest.ForModel("seedream-5.0").Prompt("a shiba in a space suit").Size("16:9").Resolution("2K");

    private SeedreamClient Client(bool validate = true) => new(new SeedreamClientOptions
    {
        ApiKey = _emulator.ApiKey,
        BaseUrl = _emulator.BaseAddress,
        ValidateRequests = validate,
        Polling = { InitialDelay = TimeSpan.FromMilliseconds(20), MaxDelay = TimeSpan.FromMilliseconds(50), JitterRatio = 0 },
        Retry = { MaxAttempts = 20, BaseDelay = TimeSpan.FromMilliseconds(5), MaxDelay = TimeSpan.FromMilliseconds(20) },
    });
}
