using System;
using System.Threading.Tasks;
using Xunit;

namespace Seedream.Emulator.Tests;

public class EmulatorOptionsTests
{
    [Fact]
    public async Task StartAsync_WithOptionsOutOfRange_NamesEachOneAndWhatIsAllowed()
    {
        var options = new EmulatorOptions { ApiKey = "", TaskFailureRate = 1.5, ImageScaleDown = 0 };
        options.Faults.ServerErrorRate = 0.7;
        options.Faults.RateLimitRate = 0.7;

        var error = await Assert.ThrowsAsync<ArgumentException>(() => SeedreamEmulator.StartAsync(options));

        Assert.Contains("ApiKey must not be empty", error.Message);
        Assert.Contains("TaskFailureRate is 1.5; it must be between 0 and 1", error.Message);
        Assert.Contains("ImageScaleDown is 0; it must be 1 or more", error.Message);
        Assert.Contains("Faults.ServerErrorRate + ServiceUnavailableRate + RateLimitRate is 1.4", error.Message);
    }

    [Fact]
    public async Task StartAsync_WithUpstreamOptionsOutOfRange_NamesEachOneAndWhatIsAllowed()
    {
        var options = new EmulatorOptions();
        options.ModelArk.ImageDuration = TimeSpan.FromSeconds(-1);
        options.ModelArk.EndpointModel = "seedream-5.0";
        options.ModelArk.RejectedImageRate = 2;
        options.Faults.TruncateBodyRate = 0.5;
        options.Faults.StallRate = 0.6;

        var error = await Assert.ThrowsAsync<ArgumentException>(() => SeedreamEmulator.StartAsync(options));

        Assert.Contains("ModelArk.ImageDuration is -00:00:01; it must not be negative", error.Message);
        Assert.Contains("ModelArk.EndpointModel is 'seedream-5.0'; it must be one of seedream-5-0-260128, seedream-5-0-lite-260128", error.Message);
        Assert.Contains("ModelArk.RejectedImageRate is 2; it must be between 0 and 1", error.Message);
        Assert.Contains("Faults.DropConnectionRate + TruncateBodyRate + StallRate is 1.1", error.Message);
    }

    [Fact]
    public async Task StartAsync_OnPortZero_ListensOnAFreeLoopbackPort()
    {
        await using var first = await SeedreamEmulator.StartAsync(new EmulatorOptions());
        await using var second = await SeedreamEmulator.StartAsync(new EmulatorOptions());

        Assert.Equal("127.0.0.1", first.BaseAddress.Host);
        Assert.NotEqual(0, first.BaseAddress.Port);
        Assert.NotEqual(first.BaseAddress.Port, second.BaseAddress.Port);
        Assert.Equal("sk-emulator", first.ApiKey);
        Assert.Equal(new Uri(first.BaseAddress, "api/v3/"), first.ModelArkBaseAddress);
    }
}
