using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Seedream.Soak.Soak;

/// <summary>
/// Receives the emulator's webhooks on a loopback port. Each logical task's request carries
/// <c>callback_url = …/hook/{task}</c>, so when a submit fails ambiguously the harness learns from
/// here whether a task was created and which, instead of submitting again (the provider's advice).
/// </summary>
internal sealed class WebhookInbox : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<string>> _arrivals = new();

    private WebhookInbox(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<WebhookInbox> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        WebhookInbox? inbox = null;
        app.MapPost("/hook/{task:int}", async (int task, HttpRequest request) =>
        {
            var delivered = await SeedreamWebhook.ParseAsync(request.Body, request.HttpContext.RequestAborted);
            inbox!.Arrival(task).TrySetResult(delivered.Id);
            return Microsoft.AspNetCore.Http.Results.Ok();
        });
        await app.StartAsync(cancellationToken);
        inbox = new WebhookInbox(app, new Uri(app.Urls.First().Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal) + "/"));
        return inbox;
    }

    /// <summary>The callback URL for logical task <paramref name="task"/>.</summary>
    public Uri CallbackFor(int task) => new(BaseAddress, "hook/" + task);

    /// <summary>The id of the task created for <paramref name="task"/>, or <see langword="null"/> if no webhook came within <paramref name="patience"/>.</summary>
    public async Task<string?> WaitForAsync(int task, TimeSpan patience, CancellationToken cancellationToken)
    {
        try
        {
            return await Arrival(task).Task.WaitAsync(patience, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private TaskCompletionSource<string> Arrival(int task) =>
        _arrivals.GetOrAdd(task, _ => new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously));
}
