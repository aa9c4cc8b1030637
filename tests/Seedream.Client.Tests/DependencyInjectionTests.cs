using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Seedream.Client.Tests.Infrastructure;
using Seedream.Http;
using Seedream.Testing;
using Seedream.Testing.Time;
using Xunit;

namespace Seedream.Client.Tests;

public class DependencyInjectionTests
{
    [Fact]
    public async Task AddSeedream_BindsOptionsFromConfiguration_AndSendsThroughTheHttpClientFactory()
    {
        var clock = new WatchedClock();
        var handler = new ScriptedHandler(clock).On("GET", "/gateway/v1/tasks/task-1", Reply.Json(200, TaskJson.Task("task-1", "processing", 20)));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Seedream:ApiKey"] = Harness.ApiKey,
            ["Seedream:BaseUrl"] = "http://127.0.0.1:5080/gateway",
            ["Seedream:Polling:Timeout"] = "00:00:20",
            ["Seedream:Retry:MaxAttempts"] = "1",
        }).Build();
        var services = new ServiceCollection();
        services.AddSeedream(configuration.GetSection("Seedream"));
        services.AddHttpClient(SeedreamHttp.ApiClientName).ConfigurePrimaryHttpMessageHandler(() => handler);
        services.AddSingleton<TimeProvider>(clock);
        using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<SeedreamClient>();
        var task = await client.GetTaskAsync("task-1");

        var request = handler.Requests.Single();
        Assert.Equal(SeedreamTaskStatus.Processing, task.Status);
        Assert.Equal(new Uri("http://127.0.0.1:5080/gateway/v1/tasks/task-1"), request.Uri);
        Assert.Equal("Bearer " + Harness.ApiKey, request.Authorization);
        Assert.Same(client, provider.GetRequiredService<SeedreamClient>());
        Assert.IsType<SeedreamImageGenerator>(provider.GetRequiredService<IImageGenerator>());

        var wait = client.GetOperation("task-1").WaitForCompletionAsync();
        await clock.DriveAsync(wait);

        var timeout = await Assert.ThrowsAsync<SeedreamWaitTimeoutException>(() => wait);
        Assert.Equal(TimeSpan.FromSeconds(20), timeout.Timeout);
    }

    [Fact]
    public async Task AddSeedream_WithADelegate_AndTheFactorysLoggingRemoved_LogsNeitherTheKeyNorImageLinks()
    {
        var clock = new WatchedClock();
        var handler = new ScriptedHandler(clock)
            .On("GET", "/v1/tasks/task-1", Reply.Json(200, TaskJson.Task("task-1", "completed", 100, TaskJson.Link("https://cdn.test/a.png?sig=LINK-SECRET"))))
            .On("GET", "/a.png", Reply.Bytes(TestImages.Png, "image/png"));
        using var logs = new LogCapture();
        var services = new ServiceCollection();
        services.AddLogging(builder => builder.AddProvider(logs.Provider).SetMinimumLevel(LogLevel.Trace));
        services.AddSeedream(o => o.ApiKey = Harness.ApiKey);
        services.AddHttpClient(SeedreamHttp.ApiClientName).ConfigurePrimaryHttpMessageHandler(() => handler);
        services.AddHttpClient(SeedreamHttp.DownloadClientName).ConfigurePrimaryHttpMessageHandler(() => handler);
        using var provider = services.BuildServiceProvider();
        using var directory = new TemporaryDirectory();

        var result = await provider.GetRequiredService<SeedreamClient>().GetOperation("task-1").WaitForCompletionAsync();
        await result.SaveImagesAsync(directory.Path);

        Assert.Contains("task-1", logs.All);
        Assert.DoesNotContain(Harness.ApiKey, logs.All);
        Assert.DoesNotContain("LINK-SECRET", logs.All);
        Assert.Null(handler.RequestsTo("GET", "/a.png").Single().Authorization);
    }
}
