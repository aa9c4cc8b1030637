using System;
using System.IO;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Seedream.Hostile.Tests.Infrastructure;

/// <summary>What the hostile server writes back on the socket: anything from a clean answer to a body that never ends.</summary>
internal abstract class Answer
{
    public abstract Task WriteAsync(NetworkStream stream, CancellationToken cancellationToken);

    /// <summary>A complete answer.</summary>
    public static Answer Full(int status, string body, string contentType = "application/json", params (string Name, string Value)[] headers) =>
        new Complete(status, Encoding.UTF8.GetBytes(body), contentType, headers);

    /// <summary>A complete answer with a binary body.</summary>
    public static Answer Bytes(int status, byte[] body, string contentType, params (string Name, string Value)[] headers) =>
        new Complete(status, body, contentType, headers);

    /// <summary>A JSON answer.</summary>
    public static Answer Json(int status, string json, params (string Name, string Value)[] headers) => Full(status, json, "application/json", headers);

    /// <summary>Headers promising <paramref name="declaredLength"/> bytes, then <paramref name="prefix"/>, then nothing, ever.</summary>
    public static Answer Stall(int status, string prefix, int declaredLength = 100_000) => new Stalled(status, Encoding.UTF8.GetBytes(prefix), declaredLength);

    /// <summary>A body sent one byte every <paramref name="interval"/>: each read succeeds, the whole never arrives in time.</summary>
    public static Answer Trickle(int status, string body, TimeSpan interval) => new Trickling(status, Encoding.UTF8.GetBytes(body), interval);

    /// <summary>A chunked body of <paramref name="megabytes"/> MB that starts as JSON and goes on and on.</summary>
    public static Answer Huge(int status, string prefix, int megabytes) => new Endless(status, Encoding.UTF8.GetBytes(prefix), megabytes);

    /// <summary>Bytes written as they are, head included (damaged headers, a body cut short), then the connection closes.</summary>
    public static Answer Raw(string text) => new Verbatim(Encoding.Latin1.GetBytes(text.Replace("\n", "\r\n")));

    /// <summary>A redirect.</summary>
    public static Answer Redirect(int status, string location) => new Complete(status, Array.Empty<byte>(), "text/plain", new[] { ("Location", location) });

    private static string Reason(int status) => status switch
    {
        200 => "OK",
        302 => "Found",
        307 => "Temporary Redirect",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        _ => "Status",
    };

    private static async Task WriteHeadAsync(NetworkStream stream, int status, string contentType, string framing, (string Name, string Value)[] headers, CancellationToken cancellationToken)
    {
        var head = new StringBuilder();
        head.Append("HTTP/1.1 ").Append(status).Append(' ').Append(Reason(status)).Append("\r\n");
        head.Append("Content-Type: ").Append(contentType).Append("\r\n");
        head.Append(framing).Append("\r\n");
        head.Append("Connection: close\r\n");
        foreach (var (name, value) in headers)
        {
            head.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        head.Append("\r\n");
        var bytes = Encoding.ASCII.GetBytes(head.ToString());
        await stream.WriteAsync(bytes, cancellationToken);
        await stream.FlushAsync(cancellationToken);
    }

    private sealed class Complete(int status, byte[] body, string contentType, (string Name, string Value)[] headers) : Answer
    {
        public override async Task WriteAsync(NetworkStream stream, CancellationToken cancellationToken)
        {
            await WriteHeadAsync(stream, status, contentType, "Content-Length: " + body.Length, headers, cancellationToken);
            await stream.WriteAsync(body, cancellationToken);
        }
    }

    private sealed class Verbatim(byte[] bytes) : Answer
    {
        public override async Task WriteAsync(NetworkStream stream, CancellationToken cancellationToken) => await stream.WriteAsync(bytes, cancellationToken);
    }

    private sealed class Stalled(int status, byte[] prefix, int declaredLength) : Answer
    {
        public override async Task WriteAsync(NetworkStream stream, CancellationToken cancellationToken)
        {
            await WriteHeadAsync(stream, status, "application/json", "Content-Length: " + declaredLength, Array.Empty<(string, string)>(), cancellationToken);
            await stream.WriteAsync(prefix, cancellationToken);
            await stream.FlushAsync(cancellationToken);
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
    }

    private sealed class Trickling(int status, byte[] body, TimeSpan interval) : Answer
    {
        public override async Task WriteAsync(NetworkStream stream, CancellationToken cancellationToken)
        {
            await WriteHeadAsync(stream, status, "application/json", "Content-Length: " + body.Length, Array.Empty<(string, string)>(), cancellationToken);
            foreach (var b in body)
            {
                await stream.WriteAsync(new[] { b }, cancellationToken);
                await stream.FlushAsync(cancellationToken);
                await Task.Delay(interval, cancellationToken);
            }
        }
    }

    private sealed class Endless(int status, byte[] prefix, int megabytes) : Answer
    {
        public override async Task WriteAsync(NetworkStream stream, CancellationToken cancellationToken)
        {
            await WriteHeadAsync(stream, status, "application/json", "Transfer-Encoding: chunked", Array.Empty<(string, string)>(), cancellationToken);
            await WriteChunkAsync(stream, prefix, cancellationToken);
            var filler = new byte[64 * 1024];
            Array.Fill(filler, (byte)' ');
            for (var sent = 0L; sent < megabytes * 1024L * 1024L; sent += filler.Length)
            {
                await WriteChunkAsync(stream, filler, cancellationToken);
            }

            await stream.WriteAsync("0\r\n\r\n"u8.ToArray(), cancellationToken);
        }

        private static async Task WriteChunkAsync(Stream stream, byte[] data, CancellationToken cancellationToken)
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes(data.Length.ToString("x") + "\r\n"), cancellationToken);
            await stream.WriteAsync(data, cancellationToken);
            await stream.WriteAsync("\r\n"u8.ToArray(), cancellationToken);
        }
    }
}
