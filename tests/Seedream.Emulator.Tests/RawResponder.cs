using System;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Seedream.Emulator.Tests;

/// <summary>
/// A webhook receiver on a raw loopback socket that answers every request with the same head and then a
/// body of <c>bodyBytes</c> zero bytes, sent slowly and possibly never finished: the misbehaving receivers a
/// framework would not let a test write. Counts the requests it received.
/// </summary>
internal sealed class RawResponder : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private int _requests;

    public RawResponder(string head, long bodyBytes = 0)
    {
        _listener.Start();
        Url = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/hook");
        _ = Task.Run(() => ServeAsync(head, bodyBytes));
    }

    public Uri Url { get; }

    public int Requests => Volatile.Read(ref _requests);

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
    }

    private async Task ServeAsync(string head, long bodyBytes)
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                Interlocked.Increment(ref _requests);
                _ = Task.Run(async () =>
                {
                    using (client)
                    {
                        var stream = client.GetStream();
                        // One read takes the request (small, in one segment on loopback); its content does not matter.
                        _ = await stream.ReadAsync(new byte[64 * 1024], _stop.Token);
                        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.Replace("\n", "\r\n") + "\r\n\r\n"), _stop.Token);
                        var chunk = new byte[64 * 1024];
                        for (long sent = 0; sent < bodyBytes; sent += chunk.Length)
                        {
                            await stream.WriteAsync(chunk, _stop.Token);
                        }

                        await Task.Delay(Timeout.Infinite, _stop.Token);
                    }
                });
            }
            catch (Exception exception) when (exception is OperationCanceledException || exception is SocketException || exception is ObjectDisposedException)
            {
                return;
            }
        }
    }
}
