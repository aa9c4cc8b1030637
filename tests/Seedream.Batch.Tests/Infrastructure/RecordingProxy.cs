using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Seedream.Batch.Tests.Infrastructure;

/// <summary>
/// A loopback reverse proxy in front of the emulator that counts, per job tag in the prompt, the create requests the
/// emulator handled: an answer that began with 200 means the emulator created a task (its injected 429/500/503 come
/// before a task is created; its dropped and truncated answers come after). Everything else passes through as the
/// emulator sent it, broken answers included, so the client meets the emulator's faults unchanged. A create's answer can
/// be made late (<see cref="CreateAnswerDelay"/>) or held until the test releases it (<see cref="HoldCreateAnswers"/>):
/// the task exists at the emulator, its id is on its way.
/// </summary>
internal sealed partial class RecordingProxy : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _upstream;
    private readonly ConcurrentDictionary<string, int> _created = new(StringComparer.Ordinal);
    private TaskCompletionSource _release = Released();
    private int _answersHeld;

    private RecordingProxy(WebApplication app, HttpClient upstream)
    {
        _app = app;
        _upstream = upstream;
    }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Tasks the emulator created, per job tag (<c>job-0007</c>).</summary>
    public IReadOnlyDictionary<string, int> TasksCreatedPerTag => _created;

    /// <summary>How long a create's answer is kept from the client after the emulator gave it.</summary>
    public TimeSpan CreateAnswerDelay { get; set; }

    /// <summary>Creates the emulator has answered whose answers have not reached the client yet (delayed or held).</summary>
    public int CreateAnswersHeld => Volatile.Read(ref _answersHeld);

    /// <summary>Keeps every create's answer from the client, from now until <see cref="ReleaseCreateAnswers"/>.</summary>
    public void HoldCreateAnswers() => _release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Lets the held answers go.</summary>
    public void ReleaseCreateAnswers() => _release.TrySetResult();

    /// <summary>Waits until <paramref name="count"/> create answers are held.</summary>
    public async Task CreateAnswersHeldAsync(int count, TimeSpan patience)
    {
        var deadline = DateTime.UtcNow + patience;
        while (CreateAnswersHeld < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Only {CreateAnswersHeld} of {count} create answers were held within {patience}.");
            }

            await Task.Delay(10);
        }
    }

    public static async Task<RecordingProxy> StartAsync(Uri upstream)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var client = new HttpClient(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false }) { BaseAddress = upstream, Timeout = TimeSpan.FromSeconds(60) };
        var proxy = new RecordingProxy(app, client);
        app.Run(proxy.ForwardAsync);
        await app.StartAsync();
        proxy.BaseAddress = new Uri(app.Urls.First().TrimEnd('/') + "/");
        return proxy;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _upstream.Dispose();
    }

    private static TaskCompletionSource Released()
    {
        var released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        released.SetResult();
        return released;
    }

    [GeneratedRegex("job-[0-9]{4}")]
    private static partial Regex Tag();

    private async Task ForwardAsync(HttpContext context)
    {
        var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        var bytes = body.ToArray();
        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), context.Request.Path.Value!.TrimStart('/') + context.Request.QueryString);
        foreach (var header in context.Request.Headers.Where(h => h.Key is "Authorization" or "Accept"))
        {
            request.Headers.TryAddWithoutValidation(header.Key, header.Value.ToArray());
        }

        if (bytes.Length > 0)
        {
            request.Content = new ByteArrayContent(bytes);
            request.Content.Headers.TryAddWithoutValidation("Content-Type", context.Request.ContentType);
        }

        HttpResponseMessage response;
        try
        {
            response = await _upstream.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        }
        catch (HttpRequestException)
        {
            context.Abort();
            return;
        }

        using (response)
        {
            if (context.Request.Method == "POST" && context.Request.Path == "/v1/tasks")
            {
                if ((int)response.StatusCode == 200)
                {
                    _created.AddOrUpdate(TagOf(bytes), 1, (_, count) => count + 1);
                }

                Interlocked.Increment(ref _answersHeld);
                try
                {
                    await Task.WhenAll(Task.Delay(CreateAnswerDelay), _release.Task).WaitAsync(context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    // The client gave the create up: its answer goes nowhere.
                    return;
                }
                finally
                {
                    Interlocked.Decrement(ref _answersHeld);
                }
            }

            context.Response.StatusCode = (int)response.StatusCode;
            foreach (var header in response.Headers.Concat(response.Content.Headers).Where(h => h.Key is not ("Content-Length" or "Transfer-Encoding")))
            {
                context.Response.Headers[header.Key] = header.Value.ToArray();
            }

            try
            {
                await response.Content.CopyToAsync(context.Response.Body);
            }
            catch (Exception exception) when (exception is HttpRequestException or IOException)
            {
                // The emulator broke this answer off; break it off for the client too.
                context.Abort();
            }
        }
    }

    private static string TagOf(byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        var prompt = document.RootElement.GetProperty("prompt").GetString() ?? string.Empty;
        var match = Tag().Match(prompt);
        return match.Success ? match.Value : "(untagged)";
    }
}
