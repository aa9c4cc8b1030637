using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Seedream.Testing.Time;

namespace Seedream.Client.Tests.Infrastructure;

/// <summary>A request the handler received, with the fake clock's time since the test began.</summary>
internal sealed record RecordedRequest(string Method, Uri Uri, string? Authorization, string? Body, TimeSpan At)
{
    public string Path => Uri.AbsolutePath;
}

/// <summary>
/// An in-memory HTTP server: each "METHOD /path" answers its scripted replies in order, repeating the last
/// one, and every request is recorded. Unscripted routes answer 599 so a test fails loudly.
/// </summary>
internal sealed class ScriptedHandler : HttpMessageHandler
{
    private readonly Dictionary<string, Queue<Reply>> _routes = new Dictionary<string, Queue<Reply>>(StringComparer.Ordinal);
    private readonly List<RecordedRequest> _requests = new List<RecordedRequest>();
    private readonly WatchedClock _clock;
    private readonly DateTimeOffset _start;

    public ScriptedHandler(WatchedClock clock)
    {
        _clock = clock;
        _start = clock.GetUtcNow();
    }

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return _requests.ToList();
            }
        }
    }

    public IReadOnlyList<RecordedRequest> RequestsTo(string method, string path) =>
        Requests.Where(r => r.Method == method && r.Path == path).ToList();

    public ScriptedHandler On(string method, string path, params Reply[] replies)
    {
        _routes[method + " " + path] = new Queue<Reply>(replies);
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(request.Method.Method, request.RequestUri!, request.Headers.Authorization?.ToString(), body, _clock.GetUtcNow() - _start);
        lock (_requests)
        {
            _requests.Add(recorded);
        }

        Reply reply;
        lock (_routes)
        {
            if (!_routes.TryGetValue(request.Method.Method + " " + request.RequestUri!.AbsolutePath, out var queue) || queue.Count == 0)
            {
                reply = Reply.Json(599, "{\"error\":{\"message\":\"no scripted reply for " + request.Method + " " + request.RequestUri.AbsolutePath + "\"}}");
            }
            else
            {
                reply = queue.Count > 1 ? queue.Dequeue() : queue.Peek();
            }
        }

        return await reply.AnswerAsync(request, _clock, cancellationToken);
    }
}
