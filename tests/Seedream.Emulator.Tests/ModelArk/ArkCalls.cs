using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using Seedream.ServerSentEvents;

namespace Seedream.Emulator.Tests.ModelArk;

/// <summary>Calls the emulated upstream images API over a loopback socket: JSON answers, and streams read by the client's SSE reader.</summary>
internal static class ArkCalls
{
    /// <summary>The endpoint, relative to the emulator's base address.</summary>
    public const string Path = "api/v3/images/generations";

    /// <summary>How long a step that should happen at once may take on a busy machine before a test gives up.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>POSTs <paramref name="json"/> and reads the whole answer.</summary>
    public static async Task<ArkAnswer> PostAsync(EmulatorHarness harness, string json, string? apiKey = null)
    {
        using var request = Request(json, apiKey);
        using var response = await harness.Http.SendAsync(request).WaitAsync(Patience);
        return new ArkAnswer((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, response.Headers, await response.Content.ReadAsStringAsync());
    }

    /// <summary>POSTs <paramref name="json"/> (a streaming request) and answers once the answer's headers arrived.</summary>
    public static async Task<ArkStream> StreamAsync(EmulatorHarness harness, string json)
    {
        using var request = Request(json, apiKey: null);
        var response = await harness.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead).WaitAsync(Patience);
        return new ArkStream(response, await response.Content.ReadAsStreamAsync());
    }

    private static HttpRequestMessage Request(string json, string? apiKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (apiKey is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        return request;
    }
}

/// <summary>A whole answer of the upstream API.</summary>
internal sealed record ArkAnswer(int Status, string? MediaType, HttpResponseHeaders Headers, string Text)
{
    public JObject Json => JObject.Parse(Text);
}

/// <summary>A streamed answer, read event by event with <see cref="ServerSentEventReader"/>.</summary>
internal sealed class ArkStream : IAsyncDisposable
{
    private readonly System.IO.Stream _body;
    private readonly CancellationTokenSource _stop = new();
    private readonly IAsyncEnumerator<ServerSentEvent> _events;

    public ArkStream(HttpResponseMessage response, System.IO.Stream body)
    {
        Response = response;
        _body = body;
        _events = ServerSentEventReader.ReadAsync(body, ServerSentEventReader.DefaultMaxEventBytes, _stop.Token).GetAsyncEnumerator(_stop.Token);
    }

    public HttpResponseMessage Response { get; }

    /// <summary>Starts reading the next event: it completes with the event, or <see langword="null"/> when the stream ended (after <c>[DONE]</c>, or cut).</summary>
    public async Task<ServerSentEvent?> NextAsync() => await _events.MoveNextAsync() ? _events.Current : null;

    /// <summary>Reads every event left, up to the end of the stream.</summary>
    public async Task<List<ServerSentEvent>> RestAsync()
    {
        var events = new List<ServerSentEvent>();
        while (await NextAsync().WaitAsync(ArkCalls.Patience) is { } next)
        {
            events.Add(next);
        }

        return events;
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        try
        {
            await _events.DisposeAsync();
        }
        catch (OperationCanceledException)
        {
        }

        await _body.DisposeAsync();
        Response.Dispose();
        _stop.Dispose();
    }
}
