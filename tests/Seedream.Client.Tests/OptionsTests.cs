using System;
using Xunit;

namespace Seedream.Client.Tests;

public class OptionsTests
{
    [Theory]
    [InlineData("http://api.example.com/")]
    [InlineData("http://10.0.0.5:8080/")]
    public void PlainHttp_ToAHostThatIsNotLoopback_IsRefused_BecauseTheKeyWouldTravelUnencrypted(string url)
    {
        var error = Assert.Throws<SeedreamOptionsException>(() => new SeedreamClient(new SeedreamClientOptions { ApiKey = "k", BaseUrl = new Uri(url) }));

        Assert.Equal("BaseUrl", error.Option);
        Assert.Contains("https", error.Allowed);
        Assert.Contains("loopback", error.Allowed);
        Assert.Contains("loopback", error.Message);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080/")]
    [InlineData("http://localhost:5080/")]
    [InlineData("http://[::1]:5080/")]
    [InlineData("https://qingbo.dev/")]
    public void Https_OrPlainHttpOnLoopback_IsAccepted(string url)
    {
        using var client = new SeedreamClient(new SeedreamClientOptions { ApiKey = "k", BaseUrl = new Uri(url) });

        Assert.Contains(new Uri(url).Host, client.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void AMissingApiKey_IsRefused_NamingTheSetting(string? key)
    {
        var error = Assert.Throws<SeedreamOptionsException>(() => new SeedreamClient(new SeedreamClientOptions { ApiKey = key }));

        Assert.Equal("ApiKey", error.Option);
        Assert.Contains("ApiKey", error.Message);
    }

    [Fact]
    public void NonsensicalPollingSettings_AreRefused_WithTheValues()
    {
        var options = new SeedreamClientOptions { ApiKey = "k" };
        options.Polling.MaxDelay = TimeSpan.FromSeconds(1);

        var error = Assert.Throws<SeedreamOptionsException>(() => new SeedreamClient(options));

        Assert.Equal("Polling.MaxDelay", error.Option);
        Assert.Equal("a time no shorter than Polling.InitialDelay", error.Allowed);
        Assert.Contains("MaxDelay", error.Message);
    }

    [Fact]
    public void ChangingTheOptionsAfterwards_DoesNotChangeTheClient()
    {
        var options = new SeedreamClientOptions { ApiKey = "k", BaseUrl = new Uri("https://one.test/") };
        using var client = new SeedreamClient(options);

        options.BaseUrl = new Uri("https://two.test/");

        Assert.Contains("one.test", client.ToString());
    }
}
