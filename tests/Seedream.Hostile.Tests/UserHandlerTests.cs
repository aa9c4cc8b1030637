using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Seedream.Hostile.Tests.Infrastructure;
using Seedream.Testing;
using Seedream.Testing.Sockets;
using Xunit;

namespace Seedream.Hostile.Tests;

/// <summary>
/// Where the application brings the HTTP handlers: a handler that keeps cookies (the
/// default of HttpClientHandler and SocketsHttpHandler) sends none to the API and shares none with downloads, and a
/// retry or hedging handler, added to every HttpClient (.NET Aspire's service defaults) or inside the application's own
/// handler chain, never sends a create twice.
/// </summary>
public class UserHandlerTests
{
    private const string SetCookie = "session=abc; Path=/";

    public static TheoryData<string> CookieKeepingHandlers => new() { nameof(HttpClientHandler), nameof(SocketsHttpHandler) };

    [Theory]
    [MemberData(nameof(CookieKeepingHandlers))]
    public async Task HandlerGivenToTheClient_WithCookiesOn_SendsNoCookieToTheApiOrToDownloads(string kind)
    {
        using var server = ServerSettingACookie();
        using var handler = CookieKeeping(kind);
        using var client = new SeedreamClient(Clients.Options(server.BaseUrl), handler);

        await AssertNoCookieIsSentAsync(client, server);
    }

    [Fact]
    public async Task HandlerThatAlreadySentRequestsWithCookiesOn_IsRefused_NamingTheParameterAndTheFix()
    {
        using var server = ServerSettingACookie();
        using var handler = new SocketsHttpHandler();
        using (var other = new HttpClient(handler, disposeHandler: false))
        {
            await other.GetAsync(server.Url("elsewhere"));
        }

        var error = Assert.Throws<ArgumentException>(() => new SeedreamClient(Clients.Options(server.BaseUrl), handler));

        Assert.Equal("handler", error.ParamName);
        Assert.Contains("UseCookies = false", error.Message);
    }

    [Theory]
    [MemberData(nameof(CookieKeepingHandlers))]
    public async Task RegisteredClient_WhoseHandlersTheApplicationReplaced_StillSendsNoCookies(string kind)
    {
        using var server = ServerSettingACookie();
        var services = new ServiceCollection()
            .ConfigureHttpClientDefaults(http => http.ConfigurePrimaryHttpMessageHandler(() => CookieKeeping(kind)))
            .AddSeedream(options => Configure(options, server));
        services.AddHttpClient("Seedream").ConfigurePrimaryHttpMessageHandler(() => CookieKeeping(kind));
        services.AddHttpClient("Seedream.Downloads").ConfigurePrimaryHttpMessageHandler(() => CookieKeeping(kind));
        using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<SeedreamClient>();

        await AssertNoCookieIsSentAsync(client, server);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    [InlineData(429)]
    public async Task StandardResilienceHandlerOnEveryHttpClient_NeverSendsTheCreateTwice(int status)
    {
        using var server = new HostileServer(request => request.IsCreate
            ? Answer.Json(status, Wire.Error("busy", "try later"), ("Retry-After", "0"))
            : Answer.Json(200, Wire.Task("task-1", "queued")));
        using var provider = new ServiceCollection()
            .ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler())
            .AddSeedream(options => Configure(options, server))
            .BuildServiceProvider();
        var client = provider.GetRequiredService<SeedreamClient>();

        var error = await Assert.ThrowsAnyAsync<SeedreamException>(() => client.SubmitAsync(Clients.Request()));

        Assert.Equal(1, server.Creates);
        Assert.True(error.MayHaveCreatedTask);
        Assert.Contains("The client retries by itself: remove that handler", error.Message);
    }

    [Fact]
    public async Task StandardHedgingHandlerOnEveryHttpClient_NeverSendsASlowCreateTwice()
    {
        // The hedging handler sends a second attempt after 2 s without an answer; the create's own limit is 5 s.
        using var server = new HostileServer(request => request.IsCreate
            ? Answer.Stall(200, "{\"task_id\":\"task-1\"")
            : Answer.Json(200, Wire.Task("task-1", "queued")));
        using var provider = new ServiceCollection()
            .ConfigureHttpClientDefaults(http => http.AddStandardHedgingHandler())
            .AddSeedream(options =>
            {
                Configure(options, server);
                options.RequestTimeout = TimeSpan.FromSeconds(5);
            })
            .BuildServiceProvider();
        var client = provider.GetRequiredService<SeedreamClient>();

        var error = await Assert.ThrowsAnyAsync<SeedreamException>(() => client.SubmitAsync(Clients.Request()));

        Assert.Equal(1, server.Creates);
        Assert.True(error.MayHaveCreatedTask);
    }

    /// <summary>Two API calls and a download, each answered with a cookie: none of the three may carry one.</summary>
    private static async Task AssertNoCookieIsSentAsync(SeedreamClient client, HostileServer server)
    {
        using var folder = new TemporaryDirectory();

        await client.GetTaskAsync("task-1");
        await client.GetTaskAsync("task-1");
        await client.CreateResult(SeedreamWebhook.Parse(Wire.Completed("task-1", server.Url("files/a.png").ToString()))).SaveImagesAsync(folder.Path);

        Assert.Equal(3, server.Seen.Count);
        Assert.All(server.Seen, request => Assert.Null(request.Header("Cookie")));
    }

    [Fact]
    public async Task RetryingHandlerInsideTheOneGivenToTheClient_NeverSendsTheCreateTwice()
    {
        using var server = ServerFailingCreates();
        using var handler = new RetryOn5xx(new SocketsHttpHandler());
        using var client = new SeedreamClient(Clients.Options(server.BaseUrl), handler);

        var error = await Assert.ThrowsAnyAsync<SeedreamException>(() => client.SubmitAsync(Clients.Request()));

        Assert.Equal(1, server.Creates);
        Assert.True(error.MayHaveCreatedTask);
        Assert.Contains("The client retries by itself: remove that handler", error.Message);
    }

    [Fact]
    public async Task RegisteredClient_WhosePrimaryHandlerIsARetryingChain_NeverSendsTheCreateTwice()
    {
        using var server = ServerFailingCreates();
        var services = new ServiceCollection().AddSeedream(options => Configure(options, server));
        services.AddHttpClient("Seedream").ConfigurePrimaryHttpMessageHandler(() => new RetryOn5xx(new SocketsHttpHandler()));
        using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<SeedreamClient>();

        var error = await Assert.ThrowsAnyAsync<SeedreamException>(() => client.SubmitAsync(Clients.Request()));

        Assert.Equal(1, server.Creates);
        Assert.True(error.MayHaveCreatedTask);
    }

    private static HostileServer ServerFailingCreates() =>
        new(request => request.IsCreate ? Answer.Json(500, Wire.Error("internal", "boom")) : Answer.Json(200, Wire.Task("task-1", "queued")));

    private static HostileServer ServerSettingACookie() =>
        new(request => request.Path.EndsWith(".png", StringComparison.Ordinal)
            ? Answer.Bytes(200, Wire.Png, "image/png", ("Set-Cookie", SetCookie))
            : Answer.Json(200, Wire.Task("task-1", "processing", 5), ("Set-Cookie", SetCookie)));

    private static HttpMessageHandler CookieKeeping(string kind) =>
        kind == nameof(HttpClientHandler) ? new HttpClientHandler() : new SocketsHttpHandler();

    /// <summary>An application's own retry below the client: sends a request again after a 5xx.</summary>
    private sealed class RetryOn5xx(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, System.Threading.CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if ((int)response.StatusCode < 500)
            {
                return response;
            }

            response.Dispose();
            return await base.SendAsync(request, cancellationToken);
        }
    }

    private static void Configure(SeedreamClientOptions options, HostileServer server)
    {
        var configured = Clients.Options(server.BaseUrl);
        options.ApiKey = configured.ApiKey;
        options.BaseUrl = configured.BaseUrl;
        options.RequestTimeout = configured.RequestTimeout;
        options.Retry.MaxAttempts = configured.Retry.MaxAttempts;
        options.Retry.BaseDelay = configured.Retry.BaseDelay;
        options.Retry.MaxDelay = configured.Retry.MaxDelay;
        options.Download.Timeout = configured.Download.Timeout;
        options.Download.MaxAttempts = configured.Download.MaxAttempts;
    }
}
