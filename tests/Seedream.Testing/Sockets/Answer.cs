using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Seedream.Testing.Sockets;

/// <summary>What the hostile server writes back on the socket: anything from a clean answer to a body that never ends.</summary>
public abstract class Answer
{
    /// <summary>
    /// Whether the API documents that this answer created nothing (a 429, or a 503 carrying the error envelope,
    /// delivered whole), so a create answered with it may be sent again.
    /// </summary>
    public bool CreatedNothing { get; private set; }

    /// <summary>Writes the answer on <paramref name="stream"/>; the server closes the connection afterwards.</summary>
    /// <param name="stream">The connection's stream.</param>
    /// <param name="cancellationToken">Ends the answer when the server stops.</param>
    public abstract Task WriteAsync(NetworkStream stream, CancellationToken cancellationToken);

    /// <summary>Marks this answer as one after which a create may be re-sent (see <see cref="CreatedNothing"/>).</summary>
    public Answer CreatingNothing()
    {
        CreatedNothing = true;
        return this;
    }

    /// <summary>A complete answer.</summary>
    public static Answer Full(int status, string body, string contentType = "application/json", params (string Name, string Value)[] headers) =>
        Bytes(status, Encoding.UTF8.GetBytes(body), contentType, headers);

    /// <summary>A complete answer with a binary body.</summary>
    public static Answer Bytes(int status, byte[] body, string contentType, params (string Name, string Value)[] headers) =>
        Wire(Head(status, Framed(contentType, "Content-Length", body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), headers)), body, Delivery.Close);

    /// <summary>A JSON answer.</summary>
    public static Answer Json(int status, string json, params (string Name, string Value)[] headers) => Full(status, json, "application/json", headers);

    /// <summary>Headers promising <paramref name="declaredLength"/> bytes, then <paramref name="prefix"/>, then nothing, ever.</summary>
    public static Answer Stall(int status, string prefix, int declaredLength = 100_000) =>
        Wire(Head(status, Framed("application/json", "Content-Length", declaredLength.ToString(System.Globalization.CultureInfo.InvariantCulture))), Encoding.UTF8.GetBytes(prefix), Delivery.Stall);

    /// <summary>A body sent one byte every <paramref name="interval"/>: each read succeeds, the whole never arrives in time.</summary>
    public static Answer Trickle(int status, string body, TimeSpan interval)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        return Wire(Head(status, Framed("application/json", "Content-Length", bytes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture))), bytes, Delivery.Trickle, interval);
    }

    /// <summary>A chunked body of <paramref name="megabytes"/> MB that starts as JSON and goes on and on.</summary>
    public static Answer Huge(int status, string prefix, int megabytes) => new Endless(status, Encoding.UTF8.GetBytes(prefix), megabytes);

    /// <summary>Bytes written as they are, head included (damaged headers, a body cut short), then the connection closes.</summary>
    public static Answer Raw(string text) => Wire(Encoding.Latin1.GetBytes(text.Replace("\n", "\r\n")), Array.Empty<byte>(), Delivery.Close);

    /// <summary>
    /// A <c>text/event-stream</c> body (no length: it ends with the connection) written as <paramref name="pieces"/>, each
    /// flushed on its own so the client reads them apart, then the connection ends as <paramref name="end"/> says
    /// (<see cref="Delivery.Close"/>, <see cref="Delivery.Stall"/> or <see cref="Delivery.Reset"/>).
    /// </summary>
    public static Answer EventStream(Delivery end, params string[] pieces) => new Pieces(200, "text/event-stream", pieces, end);

    /// <summary>A redirect.</summary>
    public static Answer Redirect(int status, string location) => Full(status, string.Empty, "text/plain", ("Location", location));

    /// <summary>
    /// <paramref name="head"/> at once, then <paramref name="body"/> at once or trickled, then the connection ends as
    /// <paramref name="delivery"/> says. Nothing is added: the head is sent as given (see <see cref="Head"/>).
    /// </summary>
    /// <param name="head">The status line and headers, blank line included, or anything else.</param>
    /// <param name="body">What follows the head.</param>
    /// <param name="delivery">How the body is sent and how the connection ends.</param>
    /// <param name="trickleInterval">With <see cref="Delivery.Trickle"/>, the pause after each byte of the body.</param>
    public static Answer Wire(byte[] head, byte[] body, Delivery delivery, TimeSpan trickleInterval = default) => new Delivered(head, body, delivery, trickleInterval);

    /// <summary>A status line (with the status's usual reason) and <paramref name="headers"/> as given, in order, then the blank line.</summary>
    /// <param name="status">The status code.</param>
    /// <param name="headers">Every header line, duplicates and all.</param>
    public static byte[] Head(int status, IEnumerable<(string Name, string Value)> headers)
    {
        var head = new StringBuilder();
        head.Append("HTTP/1.1 ").Append(status).Append(' ').Append(Reason(status)).Append("\r\n");
        foreach (var (name, value) in headers)
        {
            head.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        return Encoding.Latin1.GetBytes(head.Append("\r\n").ToString());
    }

    private static IEnumerable<(string Name, string Value)> Framed(string contentType, string framing, string framingValue, params (string Name, string Value)[] headers)
    {
        yield return ("Content-Type", contentType);
        yield return (framing, framingValue);
        yield return ("Connection", "close");
        foreach (var header in headers)
        {
            yield return header;
        }
    }

    private static string Reason(int status) => status switch
    {
        200 => "OK",
        301 => "Moved Permanently",
        302 => "Found",
        307 => "Temporary Redirect",
        308 => "Permanent Redirect",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        _ => "Status",
    };

    private sealed class Delivered(byte[] head, byte[] body, Delivery delivery, TimeSpan trickleInterval) : Answer
    {
        public override async Task WriteAsync(NetworkStream stream, CancellationToken cancellationToken)
        {
            await stream.WriteAsync(head, cancellationToken);
            await stream.FlushAsync(cancellationToken);
            if (delivery == Delivery.Trickle)
            {
                foreach (var b in body)
                {
                    await stream.WriteAsync(new[] { b }, cancellationToken);
                    await stream.FlushAsync(cancellationToken);
                    await Task.Delay(trickleInterval, cancellationToken);
                }

                return;
            }

            await stream.WriteAsync(body, cancellationToken);
            await stream.FlushAsync(cancellationToken);
            await EndAsync(stream, delivery, cancellationToken);
        }
    }

    /// <summary>Ends an answer whose body has been written: holds the connection open (<see cref="Delivery.Stall"/>), resets it (<see cref="Delivery.Reset"/>), or leaves the close to the caller.</summary>
    private static async Task EndAsync(NetworkStream stream, Delivery delivery, CancellationToken cancellationToken)
    {
        switch (delivery)
        {
            case Delivery.Stall:
                await Task.Delay(Timeout.Infinite, cancellationToken);
                break;
            case Delivery.Reset:
                stream.Socket.LingerState = new LingerOption(true, 0);
                stream.Socket.Close();
                break;
        }
    }

    private sealed class Pieces(int status, string contentType, string[] pieces, Delivery end) : Answer
    {
        public override async Task WriteAsync(NetworkStream stream, CancellationToken cancellationToken)
        {
            await stream.WriteAsync(Head(status, new[] { ("Content-Type", contentType), ("Cache-Control", "no-cache"), ("Connection", "close") }), cancellationToken);
            await stream.FlushAsync(cancellationToken);
            foreach (var piece in pieces)
            {
                await stream.WriteAsync(Encoding.UTF8.GetBytes(piece), cancellationToken);
                await stream.FlushAsync(cancellationToken);
            }

            await EndAsync(stream, end, cancellationToken);
        }
    }

    private sealed class Endless(int status, byte[] prefix, int megabytes) : Answer
    {
        public override async Task WriteAsync(NetworkStream stream, CancellationToken cancellationToken)
        {
            await stream.WriteAsync(Head(status, Framed("application/json", "Transfer-Encoding", "chunked")), cancellationToken);
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
