using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Seedream.Emulator.Tests;

/// <summary>A loopback HTTP endpoint that records the webhook bodies it receives and answers a scripted status per request.</summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<string> _bodies = new();
    private int _requests;

    private WebhookReceiver(WebApplication app) => _app = app;

    public Uri Url { get; private set; } = null!;

    public string[] Bodies => _bodies.ToArray();

    /// <summary>Starts a loopback receiver that answers <paramref name="statuses"/> in turn (the last one repeats).</summary>
    public static Task<WebhookReceiver> StartAsync(params int[] statuses) => StartAsync("http://127.0.0.1:0", statuses);

    /// <summary>Starts a receiver listening on <paramref name="listenUrl"/> that answers <paramref name="statuses"/> in turn (the last one repeats).</summary>
    public static async Task<WebhookReceiver> StartAsync(string listenUrl, params int[] statuses)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(listenUrl);
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hook", async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            receiver._bodies.Enqueue(await reader.ReadToEndAsync());
            var index = Interlocked.Increment(ref receiver._requests) - 1;
            context.Response.StatusCode = statuses[Math.Min(index, statuses.Length - 1)];
        });
        await app.StartAsync();
        receiver.Url = new Uri(new Uri(app.Urls.First()), "/hook");
        return receiver;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
