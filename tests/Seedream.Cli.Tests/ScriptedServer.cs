using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Seedream.Testing.Cli;

namespace Seedream.Cli.Tests;

/// <summary>
/// A hostile stand-in for the task API on a loopback socket: each request gets the answer the test scripts,
/// which may be a JSON answer, an answer whose headers arrive but whose body never does, or no answer at all.
/// It records what it was asked and what it has answered, and lets a test wait for either.
/// </summary>
internal sealed class ScriptedServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Func<ScriptedRequest, ScriptedAnswer> _answer;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private readonly List<(Func<ScriptedRequest, bool> Match, bool Answered, TaskCompletionSource<ScriptedRequest> Found)> _watches = new();

    private ScriptedServer(Func<ScriptedRequest, ScriptedAnswer> answer)
    {
        _answer = answer;
        _listener.Start();
        BaseAddress = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _accepting = AcceptAsync();
    }

    /// <summary>Where it listens.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Every request it received, in order.</summary>
    public ConcurrentQueue<ScriptedRequest> Requests { get; } = new();

    /// <summary>Every request whose answer it has sent (for an answer that stalls, its headers and the start of its body), in order.</summary>
    public ConcurrentQueue<ScriptedRequest> Answered { get; } = new();

    /// <summary>The API key the CLI is given (<see cref="Environment"/>).</summary>
    public const string Key = "sk-scripted";

    /// <summary>The environment that points the CLI at it, with the key it expects.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["SEEDREAM_API_KEY"] = Key,
        ["SEEDREAM_BASE_URL"] = BaseAddress.ToString(),
    };

    /// <summary>Starts a server answering each request as <paramref name="answer"/> says.</summary>
    /// <param name="answer">The answer to a request.</param>
    public static ScriptedServer Start(Func<ScriptedRequest, ScriptedAnswer> answer) => new(answer);

    /// <summary>Completes with the first request received that satisfies <paramref name="match"/> (already or still to come), failing after <see cref="CliProcess.Patience"/>.</summary>
    /// <param name="match">What the request must look like.</param>
    public Task<ScriptedRequest> ReceivedAsync(Func<ScriptedRequest, bool> match) => WatchAsync(match, answered: false);

    /// <summary>Completes with the first request satisfying <paramref name="match"/> whose answer was sent (already or still to come), failing after <see cref="CliProcess.Patience"/>.</summary>
    /// <param name="match">What the request must look like.</param>
    public Task<ScriptedRequest> AnsweredAsync(Func<ScriptedRequest, bool> match) => WatchAsync(match, answered: true);

    /// <summary>A task as the API's JSON, e.g. <c>{"task_id": …, "status": …}</c>.</summary>
    /// <param name="taskId">The task's id.</param>
    /// <param name="status">Its status, as sent (may hold control characters).</param>
    /// <param name="extra">More JSON members, starting with a comma, or empty.</param>
    public static string TaskJson(string taskId, string status, string extra = "") =>
        $"{{\"task_id\":{Quote(taskId)},\"model\":\"seedream-5.0\",\"status\":{Quote(status)},\"progress\":40,\"created_at\":1795971535305{extra}}}";

    /// <summary>Text as a JSON string, control characters escaped as JSON requires.</summary>
    /// <param name="text">The text.</param>
    public static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    /// <summary>Stops listening and drops every stalled answer.</summary>
    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (Exception exception) when (exception is SocketException or ObjectDisposedException or OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var request = await ReadRequestAsync(stream, BaseAddress);
                Record(Requests, request, answered: false);
                var answer = _answer(request);
                if (answer.Release is { } release)
                {
                    await release.WaitAsync(_stop.Token);
                }

                if (answer.Kind == AnswerKind.NoAnswer)
                {
                    await Task.Delay(Timeout.Infinite, _stop.Token);
                }

                if (answer.Kind == AnswerKind.HangUp)
                {
                    client.Client.Shutdown(SocketShutdown.Both);
                    return;
                }

                var body = Encoding.UTF8.GetBytes(answer.Body);
                var length = answer.Kind == AnswerKind.HeadersOnly ? answer.DeclaredLength ?? body.Length + 1000 : body.Length;
                var head = $"HTTP/1.1 {answer.Status} Scripted\r\nContent-Type: {answer.ContentType}\r\nContent-Length: {length}\r\nConnection: close\r\n\r\n";
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head), _stop.Token);
                await stream.WriteAsync(body, _stop.Token);
                await stream.FlushAsync(_stop.Token);
                Record(Answered, request, answered: true);
                if (answer.Kind == AnswerKind.HeadersOnly)
                {
                    await Task.Delay(Timeout.Infinite, _stop.Token);
                }
            }
            catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
            }
        }
    }

    private Task<ScriptedRequest> WatchAsync(Func<ScriptedRequest, bool> match, bool answered)
    {
        var found = new TaskCompletionSource<ScriptedRequest>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_watches)
        {
            var seen = (answered ? Answered : Requests).FirstOrDefault(match);
            if (seen is not null)
            {
                found.SetResult(seen);
            }
            else
            {
                _watches.Add((match, answered, found));
            }
        }

        return found.Task.WaitAsync(CliProcess.Patience);
    }

    private void Record(ConcurrentQueue<ScriptedRequest> list, ScriptedRequest request, bool answered)
    {
        lock (_watches)
        {
            list.Enqueue(request);
            foreach (var watch in _watches.Where(w => w.Answered == answered && w.Match(request)).ToList())
            {
                watch.Found.TrySetResult(request);
                _watches.Remove(watch);
            }
        }
    }

    private static async Task<ScriptedRequest> ReadRequestAsync(NetworkStream stream, Uri server)
    {
        var buffer = new List<byte>();
        var one = new byte[1];
        while (buffer.Count < 4 || !(buffer[^4] == '\r' && buffer[^3] == '\n' && buffer[^2] == '\r' && buffer[^1] == '\n'))
        {
            if (await stream.ReadAsync(one) == 0)
            {
                throw new IOException("The client closed the connection before the request's head ended.");
            }

            buffer.Add(one[0]);
        }

        var head = Encoding.ASCII.GetString(buffer.ToArray()).Split("\r\n");
        var requestLine = head[0].Split(' ');
        var contentLength = 0;
        foreach (var header in head)
        {
            if (header.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                contentLength = int.Parse(header["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        var body = new byte[contentLength];
        await stream.ReadExactlyAsync(body);
        return new ScriptedRequest(requestLine[0], requestLine[1], Encoding.UTF8.GetString(body), server);
    }
}

/// <summary>A request the scripted server received.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path, e.g. <c>/v1/tasks</c>.</param>
/// <param name="Body">The body as text.</param>
/// <param name="Server">The base address of the server that received it, for links in answers.</param>
internal sealed record ScriptedRequest(string Method, string Path, string Body, Uri Server);

/// <summary>How the scripted server answers a request.</summary>
internal enum AnswerKind
{
    /// <summary>The whole answer.</summary>
    Complete,

    /// <summary>The headers and part of the body, then nothing more: the body never ends.</summary>
    HeadersOnly,

    /// <summary>Nothing at all: the request is never answered.</summary>
    NoAnswer,

    /// <summary>The connection is closed once the request has arrived, without an answer.</summary>
    HangUp,
}

/// <summary>The scripted server's answer to one request.</summary>
/// <param name="Kind">Whether the answer is sent whole, stalls in its body, or never comes.</param>
/// <param name="Status">The HTTP status.</param>
/// <param name="Body">The body (or its start).</param>
/// <param name="ContentType">The Content-Type header.</param>
/// <param name="DeclaredLength">The Content-Length header of an answer that stalls, when not just past what is sent.</param>
/// <param name="Release">When set, nothing is sent until it completes: an answer the server gives late.</param>
internal sealed record ScriptedAnswer(AnswerKind Kind, int Status, string Body, string ContentType = "application/json", long? DeclaredLength = null, Task? Release = null)
{
    /// <summary>A whole JSON answer.</summary>
    /// <param name="status">The HTTP status.</param>
    /// <param name="body">The JSON.</param>
    public static ScriptedAnswer Json(int status, string body) => new(AnswerKind.Complete, status, body);

    /// <summary>Headers and the start of a body, then a stall.</summary>
    public static ScriptedAnswer StalledBody() => new(AnswerKind.HeadersOnly, 200, "{\"task_id\":");

    /// <summary>An image whose headers declare <paramref name="bytes"/> bytes, none of which follow.</summary>
    /// <param name="bytes">The declared Content-Length.</param>
    public static ScriptedAnswer HugeImage(long bytes) => new(AnswerKind.HeadersOnly, 200, string.Empty, "image/jpeg", bytes);

    /// <summary>This answer, held back until <paramref name="release"/> completes.</summary>
    /// <param name="release">What the answer waits for.</param>
    public ScriptedAnswer After(Task release) => this with { Release = release };

    /// <summary>No answer at all.</summary>
    public static ScriptedAnswer Never() => new(AnswerKind.NoAnswer, 0, string.Empty);

    /// <summary>The connection closed after the request arrived.</summary>
    public static ScriptedAnswer HangUp() => new(AnswerKind.HangUp, 0, string.Empty);
}
