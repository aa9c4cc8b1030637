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

namespace Seedream.Testing.Sockets;

/// <summary>
/// A scriptable HTTP/1.1 server on a loopback socket, written on a raw <see cref="TcpListener"/> so it can
/// misbehave in ways a real server framework would not allow: stall after headers, trickle, lie about
/// lengths, redirect anywhere. Records every request it received. One connection per request.
/// </summary>
public sealed class HostileServer : IDisposable, IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<Exchange> _exchanges = new();
    private readonly Func<SeenRequest, Answer> _script;
    private readonly Task _accepting;

    /// <summary>Starts listening on a free loopback port; each request gets the answer <paramref name="script"/> gives it.</summary>
    /// <param name="script">The answer to a request.</param>
    public HostileServer(Func<SeenRequest, Answer> script)
    {
        _script = script;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        BaseUrl = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _accepting = Task.Run(AcceptAsync);
    }

    /// <summary>Where it listens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>Every request received, in arrival order.</summary>
    public IReadOnlyList<SeenRequest> Seen => _exchanges.Select(exchange => exchange.Request).ToArray();

    /// <summary>Every request received with the answer it got, in arrival order.</summary>
    public IReadOnlyList<Exchange> Exchanges => _exchanges.ToArray();

    /// <summary>How many creates (<c>POST /v1/tasks</c>) arrived.</summary>
    public int Creates => Seen.Count(r => r.IsCreate);

    /// <summary>How many creates arrived after one whose answer may have created a task (see <see cref="CreateResends"/>).</summary>
    public int UnsafeResends => CreateResends.Unsafe(Exchanges);

    /// <summary>An absolute URL on this server.</summary>
    /// <param name="path">The path, with or without its leading slash.</param>
    public Uri Url(string path) => new(BaseUrl, path.TrimStart('/'));

    /// <summary>Stops listening; answers still stalling end.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>Stops listening without holding a thread while the accept loop ends (for many servers at once); answers still stalling end.</summary>
    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();

        // The accept loop ends with the listener and never throws; five seconds is only a guard.
        await Task.WhenAny(_accepting, Task.Delay(TimeSpan.FromSeconds(5))).ConfigureAwait(false);
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException || exception is SocketException || exception is ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var request = await ReadRequestAsync(stream, _stop.Token);
                if (request is null)
                {
                    return;
                }

                var answer = _script(request);
                _exchanges.Enqueue(new Exchange(request, answer));
                await answer.WriteAsync(stream, _stop.Token);
                await stream.FlushAsync(_stop.Token);
                client.Client.Shutdown(SocketShutdown.Send);
            }
            catch (Exception exception) when (exception is IOException || exception is OperationCanceledException || exception is SocketException || exception is ObjectDisposedException)
            {
                // The client hung up (as it should, on a stall) or the server is stopping.
            }
        }
    }

    private static async Task<SeenRequest?> ReadRequestAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var buffer = new List<byte>();
        var one = new byte[1];
        while (!EndsWithBlankLine(buffer))
        {
            if (await stream.ReadAsync(one, cancellationToken) == 0)
            {
                return null;
            }

            buffer.Add(one[0]);
        }

        var lines = Encoding.ASCII.GetString(buffer.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var parts = lines[0].Split(' ');
        var headers = new Dictionary<string, string>();
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':');
            if (colon > 0)
            {
                var name = line.Substring(0, colon).Trim().ToLowerInvariant();
                var value = line.Substring(colon + 1).Trim();
                headers[name] = headers.TryGetValue(name, out var earlier) ? earlier + ", " + value : value;
            }
        }

        var body = Array.Empty<byte>();
        if (headers.TryGetValue("content-length", out var length) && int.TryParse(length, out var count) && count > 0)
        {
            body = new byte[count];
            await stream.ReadExactlyAsync(body, cancellationToken);
        }

        return new SeenRequest(parts[0], parts[1], headers, Encoding.UTF8.GetString(body));
    }

    private static bool EndsWithBlankLine(List<byte> buffer) =>
        buffer.Count >= 4 && buffer[^4] == '\r' && buffer[^3] == '\n' && buffer[^2] == '\r' && buffer[^1] == '\n';
}
